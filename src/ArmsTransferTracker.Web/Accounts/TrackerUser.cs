using Microsoft.AspNetCore.Identity;

namespace ArmsTransferTracker.Web.Accounts;

/// <summary>Someone who signs in: a contributor, an editor or an admin (<see cref="Roles"/>). The email is the user name.</summary>
public sealed class TrackerUser : IdentityUser
{
    public TrackerUser()
    {
    }

    public TrackerUser(string email)
        : base(email)
    {
        Email = email;
    }
}

using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace ArmsTransferTracker.Web.Accounts;

/// <summary>
/// What the <c>users</c> verbs and the admins' users page both do to accounts: each user has exactly one role, given with
/// the account and replaced whole, and someone must be left who may manage users.
/// </summary>
public sealed class UserRoles(UserManager<TrackerUser> users, TrackerDbContext db)
{
    /// <summary>The user and their role together, or neither: a refusal leaves no user behind, and no user without a role.</summary>
    public async Task<IdentityResult> CreateAsync(string email, string password, string role)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new TrackerUser(email);
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
        }
        return result;
    }

    /// <summary>The old roles go and the new one comes in one step.</summary>
    public async Task<IdentityResult> ReplaceAsync(TrackerUser user, string role)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
        }
        return result;
    }

    /// <summary>Whether <paramref name="user"/> is the only admin, whom neither a demotion nor a removal may take away.</summary>
    public async Task<bool> IsLastAdminAsync(TrackerUser user) =>
        await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1;
}

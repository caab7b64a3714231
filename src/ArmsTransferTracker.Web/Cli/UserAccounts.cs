using System.Globalization;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// The work of the <c>users</c> sub-verbs on one scope of the app's services. Each answers its exit code (see
/// <see cref="UsersCommand"/>) and says why on <paramref name="errors"/>; standard output gets only what the sub-verb reports.
/// </summary>
internal sealed class UserAccounts(IServiceProvider services, TextWriter output, TextWriter errors)
{
    private readonly UserManager<TrackerUser> _users = services.GetRequiredService<UserManager<TrackerUser>>();
    private readonly TrackerDbContext _db = services.GetRequiredService<TrackerDbContext>();
    private readonly TimeProvider _time = services.GetRequiredService<TimeProvider>();
    private readonly UserRoles _roles = services.GetRequiredService<UserRoles>();

    public async Task<int> AddAsync(string email, string role, PasswordSource passwords)
    {
        if (passwords.Read(out var problem) is not { } password)
        {
            await errors.WriteLineAsync($"users add: {problem}");
            return 2;
        }
        if (!await SucceededAsync("add", await _roles.CreateAsync(email, password, role)))
        {
            return 1;
        }
        await output.WriteLineAsync($"Added {email} as {role}.");
        return 0;
    }

    /// <summary>One line per user, by email: role, active API tokens, and until when the user is locked out, if so.</summary>
    public async Task<int> ListAsync()
    {
        var users = await _db.Users
            .Select(u => new
            {
                Email = u.Email!,
                u.LockoutEnd,
                Roles = _db.UserRoles.Where(ur => ur.UserId == u.Id).Join(_db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                ActiveTokens = _db.ApiTokens.Count(t => t.UserId == u.Id && t.RevokedAt == null),
            })
            .ToListAsync();
        if (users.Count == 0)
        {
            // On standard error: standard output holds one line per user, so a script counting them counts none.
            await errors.WriteLineAsync("users list: there are no users yet; add the first with: users add EMAIL --role admin");
            return 0;
        }

        var now = _time.GetUtcNow();
        var rows = users
            // Sorted here, so that SQLite and PostgreSQL, which collate differently, list in the same order.
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => (u.Email, Role: u.Roles.Count == 0 ? "(no role)" : string.Join(", ", u.Roles),
                Tokens: u.ActiveTokens == 1 ? "1 active token" : $"{u.ActiveTokens} active tokens",
                Lockout: u.LockoutEnd > now
                    ? $"  locked out until {u.LockoutEnd.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC"
                    : ""))
            .ToList();
        var emailWidth = rows.Max(r => r.Email.Length);
        var roleWidth = rows.Max(r => r.Role.Length);
        foreach (var row in rows)
        {
            await output.WriteLineAsync($"{row.Email.PadRight(emailWidth)}  {row.Role.PadRight(roleWidth)}  {row.Tokens}{row.Lockout}");
        }
        return 0;
    }

    /// <summary>Replaces the user's role: each user has exactly one.</summary>
    public async Task<int> SetRoleAsync(string email, string role)
    {
        if (await FindAsync("role", email) is not { } user)
        {
            return 1;
        }
        if (role != Roles.Admin && await RefuseIfLastAdminAsync("role", user))
        {
            return 1;
        }
        if (!await SucceededAsync("role", await _roles.ReplaceAsync(user, role)))
        {
            return 1;
        }
        await output.WriteLineAsync($"{email} is now {role}.");
        return 0;
    }

    /// <summary>Deletes the user; the database deletes their API tokens with them.</summary>
    public async Task<int> RemoveAsync(string email)
    {
        if (await FindAsync("remove", email) is not { } user || await RefuseIfLastAdminAsync("remove", user)
            || !await SucceededAsync("remove", await _users.DeleteAsync(user)))
        {
            return 1;
        }
        await output.WriteLineAsync($"Removed {email} and their API tokens.");
        return 0;
    }

    /// <summary>
    /// Issues a personal API token and prints its secret, alone, so that <c>TOKEN=$(... users token EMAIL)</c> captures it.
    /// </summary>
    public async Task<int> IssueTokenAsync(string email, string name)
    {
        if (await FindAsync("token", email) is not { } user)
        {
            return 1;
        }
        var (token, secret) = ApiToken.Issue(user, name, _time.GetUtcNow().UtcDateTime);
        _db.ApiTokens.Add(token);
        await _db.SaveChangesAsync();
        await output.WriteLineAsync(secret);
        await errors.WriteLineAsync($"users token: issued \"{token.Name}\" ({token.Hint}...) for {email}; "
            + "only its hash is kept, so this is the one time it is shown.");
        return 0;
    }

    private async Task<TrackerUser?> FindAsync(string verb, string email)
    {
        var user = await _users.FindByEmailAsync(email);
        if (user is null)
        {
            await errors.WriteLineAsync($"users {verb}: there is no user {email} (users list shows who there is).");
        }
        return user;
    }

    // Someone must be left who may manage users.
    private async Task<bool> RefuseIfLastAdminAsync(string verb, TrackerUser user)
    {
        if (!await _roles.IsLastAdminAsync(user))
        {
            return false;
        }
        await errors.WriteLineAsync($"users {verb}: {user.Email} is the last admin, and someone must be left to manage users; "
            + "make another user admin first (users role EMAIL admin).");
        return true;
    }

    // Identity's own words, such as "Passwords must be at least 12 characters." or "Username '...' is already taken."
    private async Task<bool> SucceededAsync(string verb, IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            await errors.WriteLineAsync($"users {verb}: {error.Description}");
        }
        return result.Succeeded;
    }
}

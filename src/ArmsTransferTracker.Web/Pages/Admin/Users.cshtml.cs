using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Admin;

/// <summary>
/// Admins manage users: add one with a role and a first password, change a user's role (each has exactly one), unlock a
/// locked-out user, remove a user with their tokens. The last admin can be neither demoted nor removed, so that someone
/// can always manage users.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class UsersModel(TrackerDbContext db, UserManager<TrackerUser> users, UserRoles roles, TimeProvider time) : PageModel
{
    public const string EmailField = "Input.Email";
    public const string RoleField = "Input.Role";
    public const string PasswordField = "Input.Password";

    private const string LastAdminAdvice = "make another user admin first, so that someone can still manage users.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData(Key = "UsersStatus")]
    public string? StatusMessage { get; set; }

    /// <summary>Whether the status message says why an action was refused.</summary>
    [TempData(Key = "UsersStatusIsError")]
    public bool StatusIsError { get; set; }

    /// <summary>Every user, by email.</summary>
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var email = Input.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            ModelState.AddModelError(EmailField, "Enter the new user's email: they sign in with it.");
        }
        if (!Roles.IsKnown(Input.Role))
        {
            ModelState.AddModelError(RoleField, $"Choose a role: {string.Join(", ", Roles.All)}.");
        }
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError(PasswordField, "Enter a first password to give the new user.");
        }
        if (ModelState.ErrorCount > 0)
        {
            return await InvalidAsync(cancellationToken);
        }

        var result = await roles.CreateAsync(email, Input.Password!, Input.Role!);
        if (!result.Succeeded)
        {
            // The email is the user name, so Identity says most things twice (as "Username ..." and "Email ..."): once will do.
            foreach (var error in result.Errors.OrderBy(e => e.Code.Contains("UserName", StringComparison.Ordinal))
                         .DistinctBy(e => e.Code.Replace("UserName", "Email", StringComparison.Ordinal)))
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? PasswordField : EmailField;
                ModelState.AddModelError(field, error.Description);
            }
            return await InvalidAsync(cancellationToken);
        }
        return Done($"{email} was added as {Input.Role}. Give them their password by a safe route; they sign in with it.");
    }

    public async Task<IActionResult> OnPostRoleAsync()
    {
        var user = await users.FindByIdAsync(Input.UserId ?? "");
        if (user is null)
        {
            return NoSuchUser();
        }
        var role = Input.Role;
        if (!Roles.IsKnown(role))
        {
            return Refused($"Choose one of the roles for {user.Email}: {string.Join(", ", Roles.All)}.");
        }
        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role)
        {
            return Done($"{user.Email} was already {role}: nothing changed.");
        }
        if (role != Roles.Admin && await roles.IsLastAdminAsync(user))
        {
            return Refused($"{user.Email} is the last admin, so stays admin: {LastAdminAdvice}");
        }

        var result = await roles.ReplaceAsync(user, role!);
        if (!result.Succeeded)
        {
            return Refused($"The role of {user.Email} was not changed: {Describe(result)}");
        }
        return Done($"{user.Email} is now {role}.");
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        var user = await users.FindByIdAsync(Input.UserId ?? "");
        if (user is null)
        {
            return NoSuchUser();
        }
        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded)
        {
            result = await users.ResetAccessFailedCountAsync(user);
        }
        return result.Succeeded
            ? Done($"{user.Email} is unlocked and may sign in again.")
            : Refused($"{user.Email} was not unlocked: {Describe(result)}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(Input.UserId ?? "");
        if (user is null)
        {
            return NoSuchUser();
        }
        if (await roles.IsLastAdminAsync(user))
        {
            return Refused($"{user.Email} is the last admin and was not removed: {LastAdminAdvice}");
        }
        var tokens = await db.ApiTokens.CountAsync(t => t.UserId == user.Id, cancellationToken);
        // Their tokens go with them (a cascade in the database).
        var result = await users.DeleteAsync(user);
        return result.Succeeded
            ? Done($"{user.Email} was removed, with {(tokens == 1 ? "1 API token" : $"{tokens} API tokens")}.")
            : Refused($"{user.Email} was not removed: {Describe(result)}");
    }

    public string? ErrorFor(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0
        ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
        : null;

    private RedirectToPageResult Done(string message) => WithStatus(message, isError: false);

    private RedirectToPageResult Refused(string message) => WithStatus(message, isError: true);

    private RedirectToPageResult NoSuchUser() => Refused("That user no longer exists: another admin may have removed them.");

    private RedirectToPageResult WithStatus(string message, bool isError)
    {
        (StatusMessage, StatusIsError) = (message, isError);
        return RedirectToPage();
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    /// <summary>The add form again, with what was wrong and what was typed (but never the password).</summary>
    private async Task<PageResult> InvalidAsync(CancellationToken cancellationToken)
    {
        Input.Password = null;
        await LoadAsync(cancellationToken);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await db.Users
            .AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                RoleNames = db.UserRoles
                    .Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                    .ToList(),
                u.LockoutEnd,
                ActiveTokens = db.ApiTokens.Count(t => t.UserId == u.Id && t.RevokedAt == null),
            })
            .ToListAsync(cancellationToken);
        Users = rows
            .Select(u => new UserRow(
                u.Id,
                u.Email ?? "",
                Roles.Highest(u.RoleNames),
                u.LockoutEnd > now ? u.LockoutEnd.Value.UtcDateTime : null,
                u.ActiveTokens))
            .ToList();
    }

    /// <summary>What the forms post; each handler reads only its own fields.</summary>
    public sealed class InputModel
    {
        public string? UserId { get; set; }

        public string? Email { get; set; }

        public string? Role { get; set; }

        public string? Password { get; set; }
    }

    /// <param name="LockedOutUntil">When a lockout that is still running ends (UTC); null when the user may sign in.</param>
    public sealed record UserRow(string Id, string Email, string? Role, DateTime? LockedOutUntil, int ActiveTokens);
}

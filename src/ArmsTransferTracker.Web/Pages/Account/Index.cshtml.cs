using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Account;

/// <summary>
/// The signed-in user's own account: their role, and for contributors and up their personal tokens for the import API,
/// made here (the secret shown once) and revoked here. Only the user's own tokens are ever listed or revoked.
/// </summary>
[Authorize]
public sealed class IndexModel(TrackerDbContext db, UserManager<TrackerUser> users, TimeProvider time) : PageModel
{
    public const string NameField = "Input.Name";
    public const int MaxNameLength = 100;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData(Key = "AccountStatus")]
    public string? StatusMessage { get; set; }

    public string Email { get; private set; } = "";

    /// <summary>The user's role, or null when an admin has not given them one.</summary>
    public string? Role { get; private set; }

    public bool CanMakeTokens => Role is not null;

    /// <summary>The user's tokens, active first, newest first.</summary>
    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    /// <summary>
    /// The token just made, with its secret: in the answer to the post only. Not kept for a redirect (not even in the
    /// TempData cookie), so that the secret is never stored anywhere; the antiforgery token of the page's forms keeps it out of
    /// caches too (Cache-Control: no-store).
    /// </summary>
    public CreatedToken? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    [RequirePolicy(Policies.Import)]
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            ModelState.AddModelError(NameField, string.IsNullOrEmpty(name)
                ? "Name the token after what will use it, such as \"newsroom scraper\"."
                : $"The name is {name.Length} characters long; keep it to {MaxNameLength}.");
            await LoadAsync(user, cancellationToken);
            var invalid = Page();
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }
        var (token, secret) = ApiToken.Issue(user, name, time.GetUtcNow().UtcDateTime);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);

        Created = new CreatedToken(token.Name, secret);
        Input = new InputModel();
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    /// <summary>Any signed-in user may revoke their own tokens, a role or not; a token of someone else's is not found.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == Input.TokenId && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return NotFound();
        }
        token.Revoke(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"The token \"{token.Name}\" is revoked: the import API refuses it from now on.";
        return RedirectToPage();
    }

    public string? ErrorFor(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0
        ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
        : null;

    /// <summary>What <paramref name="role"/> allows, as the end of a sentence.</summary>
    public static string WhatRoleAllows(string role) => role switch
    {
        Roles.Contributor => "import articles",
        Roles.Editor => "import articles, and tag, correct, merge and delete",
        Roles.Admin => "import articles; tag, correct, merge and delete; and manage users",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not one of the roles."),
    };

    private async Task LoadAsync(TrackerUser user, CancellationToken cancellationToken)
    {
        Email = user.Email ?? "";
        Role = Roles.Highest(await users.GetRolesAsync(user));
        Tokens = await db.ApiTokens
            .AsNoTracking()
            .Where(t => t.UserId == user.Id)
            .OrderBy(t => t.RevokedAt != null)
            .ThenByDescending(t => t.Id)
            .Select(t => new TokenRow(t.Id, t.Name, t.Hint, t.CreatedAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>What the forms post; each handler reads only its own field.</summary>
    public sealed class InputModel
    {
        public string? Name { get; set; }

        public int TokenId { get; set; }
    }

    public sealed record TokenRow(int Id, string Name, string Hint, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

    public sealed record CreatedToken(string Name, string Secret);
}

using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.History;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Changes;

/// <summary>One change in history: who made it, when, why, what each row was before and became; editors revert it here.</summary>
public sealed class DetailsModel(TrackerDbContext db, ChangeReverter reverter, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ChangeView Change { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    [RequirePolicy(Policies.Edit)]
    public async Task<IActionResult> OnPostRevertAsync(int id, CancellationToken cancellationToken)
    {
        var result = await reverter.RevertAsync(id, Editor.From(User), Input.Reason, cancellationToken);
        if (result.Status == EditStatus.Saved)
        {
            TempData[EditNotice.Key] = result.Message;
            return RedirectToPage(new { id = result.ChangeId });
        }
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Error = result.Message;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var change = await db.Changes
            .AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ChangeView(
                c.Id,
                c.At,
                c.UserName,
                c.Summary,
                c.Reason,
                c.RevertsId,
                db.Changes.Where(r => r.RevertsId == c.Id).Select(r => (int?)r.Id).FirstOrDefault(),
                c.Entries.OrderBy(e => e.Id).Select(e => new EntryRow(e.Subject, e.SubjectId, e.Before, e.After)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (change is null)
        {
            return false;
        }
        Change = change;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        return true;
    }

    public sealed class InputModel
    {
        public string? Reason { get; set; }
    }

    public sealed record ChangeView(
        int Id,
        DateTime At,
        string UserName,
        string Summary,
        string? Reason,
        int? RevertsId,
        int? RevertedById,
        IReadOnlyList<EntryRow> Entries);

    public sealed record EntryRow(ChangeSubject Subject, int SubjectId, string? Before, string? After)
    {
        public IReadOnlyList<FieldChange> Fields => FieldChange.Between(Before, After);

        public string Path => $"/{Subject.ToString().ToLowerInvariant()}s/{SubjectId}";
    }
}

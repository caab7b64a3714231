using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.History;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Stances;

/// <summary>
/// One stance: who says what about which claim, in which article, with its quotes in context, how it was found, and its
/// history. Editors confirm, reject, change, move or remove it here; the claim and article pages post their buttons here too.
/// A removed stance keeps its page, so that its history can be read and its removal reverted.
/// </summary>
public sealed class DetailsModel(TrackerDbContext db, StanceEdits edits, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public StanceView Stance { get; private set; } = null!;

    /// <summary>The stance's claim, as every page titles it.</summary>
    public ClaimTitle Claim { get; private set; } = null!;

    public IReadOnlyList<ClaimTitle> MoveTargets { get; private set; } = [];

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public StanceControls Controls => new(
        Stance.Id, Stance.Version, Stance.Value, Stance.Review, Stance.ReviewedBy, Stance.Confidence, Stance.Rules,
        $"/stances/{Stance.Id}");

    /// <summary>Why the last post was not saved (a conflict or a refusal), shown above the forms.</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.ConfirmAsync(id, Input.Version, Editor.From(User), Input.Reason, cancellationToken), cancellationToken);

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.RejectAsync(id, Input.Version, Editor.From(User), Input.Reason, cancellationToken), cancellationToken);

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostValueAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.ChangeValueAsync(id, Input.Version, Input.Value, Editor.From(User), Input.Reason, cancellationToken),
            cancellationToken);

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostMoveAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.MoveAsync(id, Input.Version, Input.ClaimId, Editor.From(User), Input.Reason, cancellationToken),
            cancellationToken);

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.RemoveAsync(id, Input.Version, Editor.From(User), Input.Reason, cancellationToken), cancellationToken);

    /// <summary>Saved: back where the editor came from, with the message. Not saved: this page, with why and the stance
    /// as it is now.</summary>
    private async Task<IActionResult> DoneAsync(int id, Task<EditResult> edit, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await edit, Url.IsLocalUrl(Input.ReturnUrl) ? Input.ReturnUrl : $"/stances/{id}",
            () => LoadAsync(id, cancellationToken), result => Error = result.Message);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var stance = await db.Stances
            .IgnoreQueryFilters()
            .AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new
            {
                s.Id,
                s.Version,
                s.Value,
                s.Review,
                s.ReviewedBy,
                s.ReviewedAt,
                s.Origin,
                s.RecordedBy,
                s.RecordedAt,
                s.Confidence,
                s.Rules,
                s.Removed,
                s.ActorId,
                ActorName = s.Actor.Name,
                s.ClaimId,
                s.Claim.SupplierId,
                s.Claim.RecipientId,
                s.ArticleId,
                s.Article.Headline,
                ArticleDeleted = s.Article.DeletedAt != null,
                s.Article.Text,
                Evidence = s.Evidence.OrderBy(e => e.Position).Select(e => new { e.Position, e.Start, e.End }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (stance is null)
        {
            return false;
        }
        Stance = new StanceView(
            stance.Id,
            stance.Version,
            stance.Value,
            stance.Review,
            stance.ReviewedBy,
            stance.ReviewedAt,
            stance.Origin,
            stance.RecordedBy,
            stance.RecordedAt,
            stance.Confidence,
            stance.Rules,
            stance.Removed,
            stance.ActorId,
            stance.ActorName,
            stance.ClaimId,
            stance.ArticleId,
            stance.Headline,
            stance.ArticleDeleted,
            stance.Evidence.Select(e => QuoteInContext.Of(stance.Text, e.Position, e.Start, e.End)).ToList());
        var parties = new[] { stance.SupplierId, stance.RecipientId };
        var targets = await db.Claims
            .AsNoTracking()
            .Where(c => c.Id != stance.ClaimId && c.MergedIntoId == null)
            .Where(c => c.Stances.Any(s => s.ArticleId == stance.ArticleId) || parties.Contains(c.SupplierId)
                || parties.Contains(c.RecipientId))
            .OrderBy(c => c.Sentence)
            .Take(50)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var titles = await db.ClaimTitlesAsync(targets.Append(stance.ClaimId), cancellationToken);
        Claim = titles[stance.ClaimId];
        MoveTargets = targets.Select(target => titles[target]).ToList();
        History = await db.HistoryOfAsync(ChangeSubject.Stance, id, cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        Input.Version = stance.Version;
        Input.Value = stance.Value;
        return true;
    }

    public sealed class InputModel
    {
        /// <summary>The stance's version when the editor saw it: a save from an older version is refused.</summary>
        public int Version { get; set; }

        public StanceValue Value { get; set; }

        public int ClaimId { get; set; }

        public string? Reason { get; set; }

        public string? ReturnUrl { get; set; }
    }

    public sealed record StanceView(
        int Id,
        int Version,
        StanceValue Value,
        StanceReview Review,
        string? ReviewedBy,
        DateTime? ReviewedAt,
        StanceOrigin Origin,
        string RecordedBy,
        DateTime RecordedAt,
        double? Confidence,
        string? Rules,
        bool Removed,
        int ActorId,
        string ActorName,
        int ClaimId,
        int ArticleId,
        string Headline,
        bool ArticleDeleted,
        IReadOnlyList<QuoteInContext> Evidence);
}

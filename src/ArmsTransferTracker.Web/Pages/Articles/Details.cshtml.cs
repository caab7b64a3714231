using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.History;
using ArmsTransferTracker.Web.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Articles;

/// <summary>
/// An article's metadata and text, with every evidence span highlighted and linked to its claim and actor; whether it is a
/// copy of another article or has copies; and, when extraction failed, why, with a button to run it again.
/// </summary>
public sealed class DetailsModel(TrackerDbContext db, IAuthorizationService authorization) : PageModel
{
    /// <summary>TempData keys under which the import page and the re-extraction handler leave a message for this page.</summary>
    public const string StatusKey = "ArticleStatus";
    public const string StatusKindKey = "ArticleStatusKind";

    public static class StatusKinds
    {
        public const string Success = "success";
        public const string Info = "info";
        public const string Warning = "warning";
    }

    [TempData(Key = StatusKey)]
    public string? StatusMessage { get; set; }

    [TempData(Key = StatusKindKey)]
    public string? StatusKind { get; set; }

    /// <summary>The other printings of this article's story, when this is the original.</summary>
    public IReadOnlyList<PrintingRow> Copies { get; private set; } = [];

    public ArticleView Article { get; private set; } = null!;

    public IReadOnlyList<EvidenceRow> Evidence { get; private set; } = [];

    public IHtmlContent Text { get; private set; } = HtmlString.Empty;

    /// <summary>Whether the reader is an editor, who sees the controls that change the article and its stances.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>For editors: every stance in the article, rejected ones too, each with its controls.</summary>
    public IReadOnlyList<StanceRow> Stances { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>For editors: the claims in this article, to tag a new stance with, and the actors' names to pick from.</summary>
    public IReadOnlyList<int> ClaimIds { get; private set; } = [];

    public IReadOnlyList<string> ActorNames { get; private set; } = [];

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    /// <summary>How each claim named on the page is titled.</summary>
    public IReadOnlyDictionary<int, ClaimTitle> ClaimTitles { get; private set; } = new Dictionary<int, ClaimTitle>();

    /// <summary>An editor deleted the article: only editors see it, to read its history and undo the deletion.</summary>
    public bool Deleted { get; private set; }

    /// <summary>Why the last post was not saved, shown above the form it came from.</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>An editor tags a stance: the selected (or pasted) quote, who says it, and the claim it is about.</summary>
    [RequirePolicy(Policies.Edit)]
    public async Task<IActionResult> OnPostAddStanceAsync(int id, [FromServices] NewStance newStance, CancellationToken cancellationToken)
    {
        var newClaim = Input.ClaimId is null
            ? new NewClaimRequest(Input.Supplier ?? "", Input.Recipient ?? "", Input.Item ?? "", Input.Category ?? "")
            : null;
        var result = await newStance.AddAsync(
            new NewStanceRequest(id, Input.Start, Input.End, Input.Quote, Input.ActorName ?? "", Input.ActorKind, Input.Value,
                Input.ClaimId, newClaim, Input.Reason),
            Editor.From(User),
            cancellationToken);
        return await DoneAsync(id, result, cancellationToken);
    }

    /// <summary>Deletes the article: it and its stances leave every page; the deletion is in history and can be reverted.</summary>
    [RequirePolicy(Policies.Edit)]
    public async Task<IActionResult> OnPostDeleteAsync(int id, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var before = article.State;
        article.Delete(now);
        var editor = Editor.From(User);
        var change = new ChangeSet(editor.UserId, editor.Email, $"Deleted article {id}: {article.Headline}", Input.Reason, now);
        change.Record(ChangeSubject.Article, id, before, article.State);
        db.Changes.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        TempData[EditNotice.Key] = $"{change.Summary}. It can be brought back from its history.";
        return Redirect($"/changes/{change.Id}");
    }

    private Task<IActionResult> DoneAsync(int id, EditResult result, CancellationToken cancellationToken) =>
        this.AnswerAsync(result, $"/articles/{id}", () => LoadAsync(id, cancellationToken), refused => Error = refused.Message);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        var article = await db.Articles
            .IgnoreQueryFilters()
            .AsNoTracking()
            .Where(a => a.Id == id && (a.DeletedAt == null || CanEdit))
            .Select(a => new ArticleView(
                a.Id,
                a.Headline,
                a.OutletId,
                a.Outlet == null ? null : a.Outlet.Name,
                a.PublisherId,
                a.Publisher == null ? null : a.Publisher.Name,
                a.Url,
                a.PublishedOn,
                a.Authors,
                a.Dateline,
                a.FileName,
                a.ImportedAt,
                a.Text,
                a.ExtractionError,
                a.CopyOf == null
                    ? null
                    : new PrintingRow(a.CopyOf.Id, a.CopyOf.Headline, a.CopyOf.OutletId,
                        a.CopyOf.Outlet == null ? null : a.CopyOf.Outlet.Name, a.CopyOf.PublishedOn),
                a.DeletedAt != null))
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return false;
        }
        Deleted = article.Deleted;

        Copies = await db.Articles
            .AsNoTracking()
            .Where(a => a.CopyOfId == id)
            .OrderBy(a => a.PublishedOn == null)
            .ThenBy(a => a.PublishedOn)
            .ThenBy(a => a.Id)
            .Select(a => new PrintingRow(a.Id, a.Headline, a.OutletId, a.Outlet == null ? null : a.Outlet.Name, a.PublishedOn))
            .ToListAsync(cancellationToken);

        Evidence = await db.Evidence
            .AsNoTracking()
            .Where(e => e.Stance.ArticleId == id && e.Stance.Review != StanceReview.Rejected)
            .OrderBy(e => e.Start)
            .ThenBy(e => e.StanceId)
            .ThenBy(e => e.Position)
            .Select(e => new EvidenceRow(
                e.StanceId,
                e.Position,
                e.Start,
                e.End,
                e.Text,
                e.Stance.Value,
                e.Stance.ActorId,
                e.Stance.Actor.Name,
                e.Stance.ClaimId))
            .ToListAsync(cancellationToken);

        Article = article;
        History = await db.HistoryOfAsync(ChangeSubject.Article, id, cancellationToken);
        if (CanEdit)
        {
            ClaimIds = await db.Claims
                .AsNoTracking()
                .Where(c => c.MergedIntoId == null && c.Stances.Any(s => s.ArticleId == id))
                .OrderBy(c => c.Sentence)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
            ActorNames = await db.Actors
                .AsNoTracking()
                .Where(a => a.MergedIntoId == null)
                .OrderBy(a => a.Name)
                .Select(a => a.Name)
                .Take(2000)
                .ToListAsync(cancellationToken);
            Stances = await db.Stances
                .AsNoTracking()
                .Where(s => s.ArticleId == id)
                .OrderBy(s => s.Claim.Sentence)
                .ThenBy(s => s.Actor.Name)
                .Select(s => new StanceRow(
                    s.Id, s.Value, s.ActorId, s.Actor.Name, s.ClaimId, s.Version, s.Review, s.ReviewedBy, s.Confidence, s.Rules))
                .ToListAsync(cancellationToken);
        }
        ClaimTitles = await db.ClaimTitlesAsync(Evidence.Select(e => e.ClaimId).Concat(ClaimIds).Concat(Stances.Select(s => s.ClaimId)),
            cancellationToken);
        Text = HighlightedText.Render(article.Text, Evidence.Select(e => new Highlight(
            e.Start,
            e.End,
            e.Anchor,
            $"{e.ActorName} {Display.Stance(e.Value)}: {ClaimTitles[e.ClaimId].TextWithStatus}",
            Display.Stance(e.Value))),
            article.Headline);
        return true;
    }

    /// <summary>Runs the extractor over the stored article again, then shows the article with what came of it.</summary>
    [RequirePolicy(Policies.Edit)]
    public async Task<IActionResult> OnPostReextractAsync(int id, [FromServices] ArticleReextractor reextractor,
        CancellationToken cancellationToken)
    {
        var outcome = await reextractor.ReextractAsync(id, cancellationToken);
        if (outcome.ArticleId is null)
        {
            return NotFound();
        }
        (StatusMessage, StatusKind) = outcome.Status == ImportStatus.ExtractionFailed
            ? ("Extraction failed again; the reason is below.", StatusKinds.Warning)
            : ($"Extraction ran again: {(outcome.Claims == 1 ? "1 claim" : $"{outcome.Claims} claims")} found.", StatusKinds.Success);
        return RedirectToPage(new { id });
    }

    public sealed record ArticleView(
        int Id,
        string Headline,
        int? OutletId,
        string? Outlet,
        int? PublisherId,
        string? Publisher,
        string? Url,
        DateOnly? PublishedOn,
        List<string> Authors,
        string? Dateline,
        string FileName,
        DateTime ImportedAt,
        string Text,
        string? ExtractionError,
        PrintingRow? CopyOf,
        bool Deleted);

    /// <summary>The new-stance form (and the reason a deletion may give).</summary>
    public sealed class InputModel
    {
        /// <summary>The selection's offsets in the article text, set by the page's script; without it, the pasted
        /// <see cref="Quote"/>.</summary>
        public int? Start { get; set; }

        public int? End { get; set; }

        public string? Quote { get; set; }

        public string? ActorName { get; set; }

        public ActorKind ActorKind { get; set; } = ActorKind.Person;

        public StanceValue Value { get; set; } = StanceValue.Supports;

        /// <summary>An existing claim; null for the new claim that <see cref="Supplier"/>, <see cref="Recipient"/>,
        /// <see cref="Item"/> and <see cref="Category"/> describe.</summary>
        public int? ClaimId { get; set; }

        public string? Supplier { get; set; }

        public string? Recipient { get; set; }

        public string? Item { get; set; }

        public string? Category { get; set; }

        public string? Reason { get; set; }
    }

    /// <summary>One printing of a story: the original a copy reprints, or a copy of an original.</summary>
    public sealed record PrintingRow(int Id, string Headline, int? OutletId, string? Outlet, DateOnly? PublishedOn);

    public sealed record StanceRow(
        int Id,
        StanceValue Value,
        int ActorId,
        string ActorName,
        int ClaimId,
        int Version,
        StanceReview Review,
        string? ReviewedBy,
        double? Confidence,
        string? Rules)
    {
        public StanceControls Controls(int articleId) =>
            new(Id, Version, Value, Review, ReviewedBy, Confidence, Rules, $"/articles/{articleId}#stance-{Id}");
    }

    public sealed record EvidenceRow(
        int StanceId, int Position, int Start, int End, string Text, StanceValue Value, int ActorId, string ActorName, int ClaimId)
    {
        public string Anchor => Display.EvidenceAnchor(StanceId, Position);
    }
}

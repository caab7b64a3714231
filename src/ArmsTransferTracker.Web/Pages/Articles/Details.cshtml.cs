using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
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

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles
            .AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleView(
                a.Id,
                a.Headline,
                a.Outlet == null ? null : a.Outlet.Name,
                a.Publisher == null ? null : a.Publisher.Name,
                a.Url,
                a.PublishedOn,
                a.Authors,
                a.Dateline,
                a.FileName,
                a.ImportedAt,
                a.Text,
                a.ExtractionError,
                a.CopyOf == null ? null : new PrintingRow(a.CopyOf.Id, a.CopyOf.Headline, a.CopyOf.Outlet == null ? null : a.CopyOf.Outlet.Name, a.CopyOf.PublishedOn)))
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Copies = await db.Articles
            .AsNoTracking()
            .Where(a => a.CopyOfId == id)
            .OrderBy(a => a.PublishedOn == null)
            .ThenBy(a => a.PublishedOn)
            .ThenBy(a => a.Id)
            .Select(a => new PrintingRow(a.Id, a.Headline, a.Outlet == null ? null : a.Outlet.Name, a.PublishedOn))
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
                e.Stance.ClaimId,
                e.Stance.Claim.Sentence))
            .ToListAsync(cancellationToken);

        Article = article;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        if (CanEdit)
        {
            Stances = await db.Stances
                .AsNoTracking()
                .Where(s => s.ArticleId == id)
                .OrderBy(s => s.Claim.Sentence)
                .ThenBy(s => s.Actor.Name)
                .Select(s => new StanceRow(
                    s.Id, s.Value, s.ActorId, s.Actor.Name, s.ClaimId, s.Claim.Sentence, s.Version, s.Review, s.ReviewedBy, s.Confidence, s.Rules))
                .ToListAsync(cancellationToken);
        }
        Text = HighlightedText.Render(article.Text, Evidence.Select(e => new Highlight(
            e.Start,
            e.End,
            e.Anchor,
            $"{e.ActorName} {Display.Stance(e.Value)}: {e.ClaimSentence}",
            Display.Stance(e.Value))),
            article.Headline);
        return Page();
    }

    /// <summary>Runs the extractor over the stored article again, then shows the article with what came of it.</summary>
    [RequirePolicy(Policies.Edit)]
    public async Task<IActionResult> OnPostReextractAsync(int id, [FromServices] ArticleImporter importer, CancellationToken cancellationToken)
    {
        var outcome = await importer.ReextractAsync(id, cancellationToken);
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
        string? Outlet,
        string? Publisher,
        string? Url,
        DateOnly? PublishedOn,
        List<string> Authors,
        string? Dateline,
        string FileName,
        DateTime ImportedAt,
        string Text,
        string? ExtractionError,
        PrintingRow? CopyOf);

    /// <summary>One printing of a story: the original a copy reprints, or a copy of an original.</summary>
    public sealed record PrintingRow(int Id, string Headline, string? Outlet, DateOnly? PublishedOn);

    public sealed record StanceRow(
        int Id,
        StanceValue Value,
        int ActorId,
        string ActorName,
        int ClaimId,
        string ClaimSentence,
        int Version,
        StanceReview Review,
        string? ReviewedBy,
        double? Confidence,
        string? Rules)
    {
        public StanceControls Controls(int articleId) =>
            new(Id, Version, Value, Review, ReviewedBy, Confidence, Rules, $"/articles/{articleId}#stance-{Id}");
    }

    public sealed record EvidenceRow(int StanceId, int Position, int Start, int End, string Text, StanceValue Value, int ActorId, string ActorName, int ClaimId, string ClaimSentence)
    {
        public string Anchor => Display.EvidenceAnchor(StanceId, Position);
    }
}

using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Articles;

/// <summary>An article's metadata and text, with every evidence span highlighted and linked to its claim and actor.</summary>
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public IReadOnlyList<EvidenceRow> Evidence { get; private set; } = [];

    public IHtmlContent Text { get; private set; } = HtmlString.Empty;

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
                a.Text))
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

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
        Text = HighlightedText.Render(article.Text, Evidence.Select(e => new Highlight(
            e.Start,
            e.End,
            e.Anchor,
            $"{e.ActorName} {Display.Stance(e.Value)}: {e.ClaimSentence}",
            Display.Stance(e.Value))),
            article.Headline);
        return Page();
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
        string Text);

    public sealed record EvidenceRow(int StanceId, int Position, int Start, int End, string Text, StanceValue Value, int ActorId, string ActorName, int ClaimId, string ClaimSentence)
    {
        public string Anchor => Display.EvidenceAnchor(StanceId, Position);
    }
}

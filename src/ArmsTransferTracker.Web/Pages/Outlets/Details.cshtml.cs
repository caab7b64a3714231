using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Outlets;

/// <summary>
/// An outlet and its articles, newest first: those it wrote and those it printed for another outlet (syndication), each
/// with the stances it carries, so a reader sees whom the outlet quotes on which claim.
/// </summary>
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public OutletView Outlet { get; private set; } = null!;

    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    /// <summary>How each claim named on the page is titled.</summary>
    public IReadOnlyDictionary<int, ClaimTitle> ClaimTitles { get; private set; } = new Dictionary<int, ClaimTitle>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var outlet = await db.Outlets
            .AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new OutletView(o.Id, o.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (outlet is null)
        {
            return NotFound();
        }
        var articles = await db.Articles
            .AsNoTracking()
            .Where(a => a.OutletId == id || a.PublisherId == id)
            .Select(a => new
            {
                a.Id,
                a.Headline,
                a.PublishedOn,
                a.ImportedAt,
                a.OutletId,
                Writer = a.Outlet == null ? null : a.Outlet.Name,
                a.CopyOfId,
            })
            .ToListAsync(cancellationToken);
        var stances = await db.Stances
            .AsNoTracking()
            .Where(s => s.Article.OutletId == id || s.Article.PublisherId == id)
            .Visible()
            .Select(s => new StanceRow(s.Id, s.ArticleId, s.ActorId, s.Actor.Name, s.Value, s.ClaimId))
            .ToListAsync(cancellationToken);
        // Supports, denies, neutral: in the enum's order, which the stored names do not sort in.
        var stancesByArticle = stances
            .OrderBy(s => s.Value)
            .ThenBy(s => s.ActorName, StringComparer.OrdinalIgnoreCase)
            .ToLookup(s => s.ArticleId);

        Outlet = outlet;
        ClaimTitles = await db.ClaimTitlesAsync(stances.Select(s => s.ClaimId), cancellationToken);
        // Newest by publication date; undated articles last, most recently imported first.
        Articles = articles
            .OrderByDescending(a => a.PublishedOn.HasValue)
            .ThenByDescending(a => a.PublishedOn)
            .ThenByDescending(a => a.ImportedAt)
            .Select(a => new ArticleRow(a.Id, a.Headline, a.PublishedOn,
                a.OutletId is { } writer && writer != id ? new OutletView(writer, a.Writer!) : null,
                a.CopyOfId, stancesByArticle[a.Id].ToList()))
            .ToList();
        return Page();
    }

    public sealed record OutletView(int Id, string Name);

    /// <summary>An article of the outlet; <see cref="PrintedFor"/> is the outlet that wrote it when this one only printed it.</summary>
    public sealed record ArticleRow(
        int Id, string Headline, DateOnly? PublishedOn, OutletView? PrintedFor, int? CopyOfId, IReadOnlyList<StanceRow> Stances);

    public sealed record StanceRow(int Id, int ArticleId, int ActorId, string ActorName, StanceValue Value, int ClaimId);
}

using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Articles;

/// <summary>The imported articles, newest first, with when each was imported, the original a reprint copies, and which
/// yielded no claim.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Articles
            .AsNoTracking()
            .Select(a => new ArticleRow(
                a.Id,
                a.Headline,
                a.OutletId,
                a.Outlet == null ? null : a.Outlet.Name,
                a.PublisherId,
                a.Publisher == null ? null : a.Publisher.Name,
                a.PublishedOn,
                a.ImportedAt,
                a.CopyOf == null ? null : new OriginalRow(a.CopyOf.Id, a.CopyOf.Headline),
                a.Stances.Select(s => s.ClaimId).Distinct().Count()))
            .ToListAsync(cancellationToken);

        // Newest by publication date; undated articles last, most recently imported first.
        Articles = rows
            .OrderByDescending(r => r.PublishedOn.HasValue)
            .ThenByDescending(r => r.PublishedOn)
            .ThenByDescending(r => r.ImportedAt)
            .ThenByDescending(r => r.Id)
            .ToList();
    }

    public sealed record ArticleRow(
        int Id,
        string Headline,
        int? OutletId,
        string? Outlet,
        int? PublisherId,
        string? Publisher,
        DateOnly? PublishedOn,
        DateTime ImportedAt,
        OriginalRow? CopyOf,
        int Claims);

    /// <summary>The first printing a reprint copies.</summary>
    public sealed record OriginalRow(int Id, string Headline);
}

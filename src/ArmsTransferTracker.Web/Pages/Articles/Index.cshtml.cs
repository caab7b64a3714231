using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Articles;

/// <summary>The imported articles, newest first.</summary>
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
                a.Outlet == null ? null : a.Outlet.Name,
                a.Publisher == null ? null : a.Publisher.Name,
                a.PublishedOn,
                a.ImportedAt,
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

    public sealed record ArticleRow(int Id, string Headline, string? Outlet, string? Publisher, DateOnly? PublishedOn, DateTime ImportedAt, int Claims);
}

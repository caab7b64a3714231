using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>The claims, with how many sources support, deny or stay neutral on each.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Claims
            .AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.Sentence,
                Supplier = c.Supplier.Name,
                Recipient = c.Recipient.Name,
                c.Category,
                Supports = c.Stances.Count(s => s.Review != StanceReview.Rejected && s.Value == StanceValue.Supports),
                Denies = c.Stances.Count(s => s.Review != StanceReview.Rejected && s.Value == StanceValue.Denies),
                Neutral = c.Stances.Count(s => s.Review != StanceReview.Rejected && s.Value == StanceValue.Neutral),
                Latest = c.Stances.Where(s => s.Review != StanceReview.Rejected).Max(s => s.Article.PublishedOn),
            })
            .ToListAsync(cancellationToken);

        Claims = rows
            .Select(r => new ClaimRow(r.Id, r.Sentence, r.Supplier, r.Recipient, r.Category, r.Supports, r.Denies, r.Neutral, r.Latest))
            .OrderByDescending(r => r.Latest.HasValue)
            .ThenByDescending(r => r.Latest)
            .ThenBy(r => r.Sentence, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public sealed record ClaimRow(int Id, string Sentence, string Supplier, string Recipient, string Category, int Supports, int Denies, int Neutral, DateOnly? Latest)
    {
        public bool Contested => Supports > 0 && Denies > 0;
    }
}

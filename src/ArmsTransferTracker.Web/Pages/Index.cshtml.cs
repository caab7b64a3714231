using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>
/// The claims, with how many independent sources support, deny or stay neutral on each: an actor counts once per story,
/// so the same actor quoted in an article and in its copies (a reprinted wire story) is one source.
/// </summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Claims
            .AsNoTracking()
            .Where(c => c.MergedIntoId == null)
            .Select(c => new
            {
                c.Id,
                c.Sentence,
                Supplier = c.Supplier.Name,
                Recipient = c.Recipient.Name,
                c.Category,
                Supports = c.Stances.Where(s => s.Review != StanceReview.Rejected && s.Value == StanceValue.Supports)
                    .Select(s => new { s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId }).Distinct().Count(),
                Denies = c.Stances.Where(s => s.Review != StanceReview.Rejected && s.Value == StanceValue.Denies)
                    .Select(s => new { s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId }).Distinct().Count(),
                Neutral = c.Stances.Where(s => s.Review != StanceReview.Rejected && s.Value == StanceValue.Neutral)
                    .Select(s => new { s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId }).Distinct().Count(),
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

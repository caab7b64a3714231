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
        var claims = await db.Claims
            .AsNoTracking()
            .Where(c => c.MergedIntoId == null)
            .Select(c => new { c.Id, c.Sentence, Supplier = c.Supplier.Name, c.Item, Recipient = c.Recipient.Name, c.Category })
            .ToListAsync(cancellationToken);
        var tallies = await db.Stances.TallyByClaimAsync(cancellationToken);
        var latest = await db.Stances
            .Visible()
            .Select(s => new { s.ClaimId, s.Article.PublishedOn })
            .GroupBy(s => s.ClaimId)
            .Select(g => new { ClaimId = g.Key, Latest = g.Max(s => s.PublishedOn) })
            .ToDictionaryAsync(c => c.ClaimId, c => c.Latest, cancellationToken);

        Claims = claims
            .Select(c => new ClaimRow(
                new ClaimTitle(c.Id, c.Supplier, c.Item, c.Recipient, tallies.GetValueOrDefault(c.Id, SourceTally.None)),
                c.Sentence,
                c.Category,
                latest.GetValueOrDefault(c.Id)))
            .OrderByDescending(r => r.Latest.HasValue)
            .ThenByDescending(r => r.Latest)
            .ThenBy(r => r.Sentence, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public sealed record ClaimRow(ClaimTitle Title, string Sentence, string Category, DateOnly? Latest)
    {
        public int Id => Title.Id;

        public SourceTally Sources => Title.Sources;
    }
}

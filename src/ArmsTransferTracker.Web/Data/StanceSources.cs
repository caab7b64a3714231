using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Data;

/// <summary>
/// The stances pages show and count. Removed stances and deleted articles the context filters out everywhere; a rejected
/// stance stays on record for editors but is shown and counted nowhere. Counted, a source is one actor in one story, so a
/// reprint of an article (a wire story in a second paper) adds no source.
/// </summary>
public static class StanceSources
{
    public static IQueryable<Stance> Visible(this IQueryable<Stance> stances) =>
        stances.Where(s => s.Review != StanceReview.Rejected);

    /// <summary>The independent sources of each claim among <paramref name="stances"/>, by stance, in one query.</summary>
    public static async Task<Dictionary<int, SourceTally>> TallyByClaimAsync(
        this IQueryable<Stance> stances, CancellationToken cancellationToken)
    {
        var counts = await stances
            .Visible()
            .Select(s => new { s.ClaimId, s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId, s.Value })
            .Distinct()
            .GroupBy(s => new { s.ClaimId, s.Value })
            .Select(g => new { g.Key.ClaimId, g.Key.Value, Sources = g.Count() })
            .ToListAsync(cancellationToken);
        return counts
            .GroupBy(c => c.ClaimId)
            .ToDictionary(claim => claim.Key, claim =>
            {
                int Of(StanceValue value) => claim.Where(c => c.Value == value).Sum(c => c.Sources);
                return new SourceTally(Of(StanceValue.Supports), Of(StanceValue.Denies), Of(StanceValue.Neutral));
            });
    }
}

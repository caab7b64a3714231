using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Editing;

/// <summary>
/// What a merge does below the merged row, shared by claim and actor merges: claims merged into a merging claim follow it
/// to the survivor, and stances move to the surviving claim and actor, unless the actor already has a stance there in the
/// same article: a stance is then removed instead, which its history says.
/// </summary>
internal sealed class MergeMoves(TrackerDbContext db, TouchedRows touched)
{
    public int Moved { get; private set; }

    public int Removed { get; private set; }

    /// <summary>Claims merged into <paramref name="claim"/> earlier follow it, so that no merge ever leads to a merged claim.</summary>
    public async Task MergeClaimAsync(Claim claim, Claim survivor, CancellationToken cancellationToken)
    {
        var earlier = await db.Claims.Where(c => c.MergedIntoId == claim.Id).ToListAsync(cancellationToken);
        foreach (var merged in earlier.Append(claim))
        {
            touched.Claim(merged);
            merged.MergeInto(survivor);
        }
    }

    /// <summary>Moves each stance to the claim and actor <paramref name="survivorOf"/> gives, which must be saved rows.</summary>
    public async Task MoveStancesAsync(
        IReadOnlyList<Stance> stances, Func<Stance, (Claim Claim, Actor Actor)> survivorOf, CancellationToken cancellationToken)
    {
        var moving = stances.Select(s => s.Id).ToHashSet();
        var claimIds = stances.Select(s => survivorOf(s).Claim.Id).Distinct().ToList();
        var staying = await db.Stances.IgnoreQueryFilters()
            .Where(s => claimIds.Contains(s.ClaimId))
            .Select(s => new { s.Id, s.ClaimId, s.ActorId, s.ArticleId })
            .ToListAsync(cancellationToken);
        var taken = staying.Where(s => !moving.Contains(s.Id)).Select(s => (s.ClaimId, s.ActorId, s.ArticleId)).ToHashSet();
        // Shown stances first: a stance removed earlier never takes the place of a shown one.
        foreach (var stance in stances.OrderBy(s => s.Removed).ThenBy(s => s.Id))
        {
            var (claim, actor) = survivorOf(stance);
            if (taken.Add((claim.Id, actor.Id, stance.ArticleId)))
            {
                touched.Stance(stance);
                stance.FollowMerge(claim, actor);
                Moved++;
            }
            else if (!stance.Removed)
            {
                touched.Stance(stance);
                stance.Remove();
                Removed++;
            }
        }
    }

    /// <summary>How the history summary says what moved: "3 stances moved, 1 removed as already there".</summary>
    public string Outcome() =>
        $"{Words.Count(Moved, "stance")} moved"
        + (Removed == 0 ? "" : $", {Removed} removed as the same actor's stance in the same article was already there");
}

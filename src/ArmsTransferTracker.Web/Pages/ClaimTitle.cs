using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>
/// How every page titles a claim: as what is claimed ("Claim: Iran sent drones to Russia"), never as settled fact, with
/// how it stands with its sources beside it. <see cref="Anchor"/> points the link into the claim page; unlinked, it is
/// the claim page's own heading.
/// </summary>
public sealed record ClaimTitle(int Id, string Supplier, string Item, string Recipient, SourceTally Sources)
{
    public string Text => $"Claim: {Supplier} sent {Item} to {Recipient}";

    /// <summary>What its sources say, unless an editor set the status (<see cref="Override"/>).</summary>
    public ClaimStatus Status => Override ?? Sources.Status;

    public ClaimStatus? Override { get; init; }

    /// <summary>Where only text fits (a list's options, the window title).</summary>
    public string TextWithStatus => $"{Text} ({Display.Status(Status)})";

    public bool Linked { get; init; } = true;

    public string? Anchor { get; init; }

    public string Href => Anchor is null ? $"/claims/{Id}" : $"/claims/{Id}#{Anchor}";
}

public static class ClaimTitles
{
    /// <summary>The titles of <paramref name="claimIds"/>: one query for their parties, one for their sources.</summary>
    public static async Task<IReadOnlyDictionary<int, ClaimTitle>> ClaimTitlesAsync(
        this TrackerDbContext db, IEnumerable<int> claimIds, CancellationToken cancellationToken)
    {
        var ids = claimIds.Distinct().ToList();
        var tallies = await db.Stances.Where(s => ids.Contains(s.ClaimId)).TallyByClaimAsync(cancellationToken);
        var claims = await db.Claims
            .AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, Supplier = c.Supplier.Name, c.Item, Recipient = c.Recipient.Name, c.StatusOverride })
            .ToListAsync(cancellationToken);
        return claims.ToDictionary(c => c.Id,
            c => new ClaimTitle(c.Id, c.Supplier, c.Item, c.Recipient, tallies.GetValueOrDefault(c.Id, SourceTally.None))
            {
                Override = c.StatusOverride,
            });
    }
}

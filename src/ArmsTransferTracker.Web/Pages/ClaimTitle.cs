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
    /// <summary>The titles of <paramref name="claimIds"/>, in one query, on the counts each claim keeps.</summary>
    public static async Task<IReadOnlyDictionary<int, ClaimTitle>> ClaimTitlesAsync(
        this TrackerDbContext db, IEnumerable<int> claimIds, CancellationToken cancellationToken)
    {
        var ids = claimIds.Distinct().ToList();
        return await db.Claims
            .AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new ClaimTitle(c.Id, c.Supplier.Name, c.Item, c.Recipient.Name,
                new SourceTally(c.SupportingSources, c.DenyingSources, c.NeutralSources)) { Override = c.StatusOverride })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
    }
}

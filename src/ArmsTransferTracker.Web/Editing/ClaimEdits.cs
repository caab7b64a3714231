using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Editing;

/// <summary>Who sent what to whom, as an editor types it: parties by name, a category of <see cref="Categories.All"/>.</summary>
public sealed record ClaimFields(string? Supplier, string? Recipient, string? Item, string? Category, string? Quantity);

/// <summary>
/// An editor's changes to one claim: correct it, merge it into another, split stances off into a new claim. Each is refused
/// when the claim changed since the editor saw it (its version), and each is one change in history with a row per row touched.
/// </summary>
public sealed class ClaimEdits(TrackerDbContext db, TimeProvider time)
{
    /// <summary>The kind given to a supplier or recipient an editor names for the first time, as the importer does.</summary>
    private const ActorKind PartyKind = ActorKind.Government;

    public async Task<EditResult> EditAsync(
        int claimId, int version, ClaimFields fields, Editor editor, string? reason, CancellationToken cancellationToken)
    {
        var (claim, refusal) = await OpenAsync(claimId, version, cancellationToken);
        if (claim is null)
        {
            return refusal!;
        }
        var touched = new TouchedRows();
        var parties = await PartiesAsync(fields, claimId, "merge this claim into it instead", touched, cancellationToken);
        if (parties.Refusal is not null)
        {
            return parties.Refusal;
        }
        var was = claim.Sentence;
        touched.Claim(claim);
        claim.Edit(parties.Supplier!, parties.Recipient!, fields.Item!, fields.Category!, fields.Quantity);
        return await touched.SaveAsync(db, editor, reason, time.GetUtcNow().UtcDateTime,
            () => $"Edited \"{was}\" ({claim.Category}) to \"{claim.Sentence}\" ({claim.Category})",
            () => ConflictAsync(claimId, cancellationToken), cancellationToken);
    }

    public async Task<EditResult> MergeAsync(
        int claimId, int version, int intoId, Editor editor, string? reason, CancellationToken cancellationToken)
    {
        var (claim, refusal) = await OpenAsync(claimId, version, cancellationToken);
        if (claim is null)
        {
            return refusal!;
        }
        var survivor = intoId == claimId ? null : await LoadAsync(intoId, cancellationToken);
        if (survivor is null || survivor.MergedIntoId is not null)
        {
            return EditResult.Refused($"There is no other claim {intoId} to merge this one into.");
        }
        var touched = new TouchedRows();
        var moves = new MergeMoves(db, touched);
        await moves.MergeClaimAsync(claim, survivor, cancellationToken);
        var stances = await db.Stances.IgnoreQueryFilters().Include(s => s.Actor).Where(s => s.ClaimId == claimId)
            .ToListAsync(cancellationToken);
        await moves.MoveStancesAsync(stances, s => (survivor, s.Actor), cancellationToken);
        return await touched.SaveAsync(db, editor, reason, time.GetUtcNow().UtcDateTime,
            () => $"Merged \"{claim.Sentence}\" (claim {claim.Id}) into \"{survivor.Sentence}\" (claim {survivor.Id}): {moves.Outcome()}",
            () => ConflictAsync(claimId, cancellationToken), cancellationToken);
    }

    /// <summary>The checked stances are about another transfer: they move to a new claim, whose page the result points to.</summary>
    public async Task<EditResult> SplitAsync(
        int claimId, int version, IReadOnlyCollection<int> stanceIds, ClaimFields fields, Editor editor, string? reason,
        CancellationToken cancellationToken)
    {
        var (claim, refusal) = await OpenAsync(claimId, version, cancellationToken);
        if (claim is null)
        {
            return refusal!;
        }
        var stances = await db.Stances.Where(s => s.ClaimId == claimId && stanceIds.Contains(s.Id)).ToListAsync(cancellationToken);
        if (stances.Count == 0 || stances.Count != stanceIds.Distinct().Count())
        {
            return EditResult.Refused("Check the stances of this claim to split off.");
        }
        var touched = new TouchedRows();
        var parties = await PartiesAsync(fields, exceptClaimId: null, "move the stances to it instead", touched, cancellationToken);
        if (parties.Refusal is not null)
        {
            return parties.Refusal;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var split = db.Claims.Add(new Claim(parties.Supplier!, parties.Recipient!, fields.Item!, fields.Category!, fields.Quantity)).Entity;
        touched.NewClaim(split);
        // The claim itself is unchanged, but its history should show what left it.
        touched.Claim(claim);
        foreach (var stance in stances)
        {
            touched.Stance(stance);
            stance.MoveTo(split, editor.Email, now);
        }
        var result = await touched.SaveAsync(db, editor, reason, now,
            () => $"Split {Words.Count(stances.Count, "stance")} off \"{claim.Sentence}\" into \"{split.Sentence}\" (claim {split.Id})",
            () => ConflictAsync(claimId, cancellationToken), cancellationToken);
        return result.Status == EditStatus.Saved ? result with { SeeAlso = $"/claims/{split.Id}" } : result;
    }

    /// <summary>An editor sets the claim's status over what its sources say; a reason is required, since readers see it.</summary>
    public async Task<EditResult> OverrideStatusAsync(
        int claimId, int version, ClaimStatus? status, Editor editor, string? reason, CancellationToken cancellationToken)
    {
        if (status is null || !Enum.IsDefined(status.Value))
        {
            return EditResult.Refused("Pick a status: asserted, contested, denied or unconfirmed.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return EditResult.Refused("Say why the status differs from what the sources say: readers see the reason.");
        }
        return await ChangeStatusAsync(claimId, version, editor, reason, cancellationToken,
            (claim, now) => claim.OverrideStatus(status.Value, reason, editor.Email, now),
            claim => $"Set the status of \"{claim.Sentence}\" to {status.Value.ToString().ToLowerInvariant()}");
    }

    /// <summary>The claim's status is again what its sources say.</summary>
    public Task<EditResult> ClearStatusAsync(
        int claimId, int version, Editor editor, string? reason, CancellationToken cancellationToken) =>
        ChangeStatusAsync(claimId, version, editor, reason, cancellationToken,
            (claim, _) => claim.ClearStatusOverride(),
            claim => $"Cleared the status set on \"{claim.Sentence}\": its sources decide it again");

    private async Task<EditResult> ChangeStatusAsync(
        int claimId, int version, Editor editor, string? reason, CancellationToken cancellationToken,
        Action<Claim, DateTime> change, Func<Claim, string> summary)
    {
        var (claim, refusal) = await OpenAsync(claimId, version, cancellationToken);
        if (claim is null)
        {
            return refusal!;
        }
        var touched = new TouchedRows();
        touched.Claim(claim);
        var now = time.GetUtcNow().UtcDateTime;
        change(claim, now);
        return await touched.SaveAsync(db, editor, reason, now, () => summary(claim),
            () => ConflictAsync(claimId, cancellationToken), cancellationToken);
    }

    /// <summary>The claim as an editor recognises it, for a refused save.</summary>
    public static string Current(Claim claim) =>
        $"\"{claim.Sentence}\" ({claim.Category}{(claim.Quantity is null ? "" : $", {claim.Quantity}")}).";

    private sealed record Parties(Actor? Supplier, Actor? Recipient, EditResult? Refusal);

    /// <summary>
    /// Checks the fields and finds the parties, creating the ones no actor is named (only when nothing is refused). A key
    /// another claim has is refused with a link to it and <paramref name="instead"/>.
    /// </summary>
    private async Task<Parties> PartiesAsync(
        ClaimFields fields, int? exceptClaimId, string instead, TouchedRows touched, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(fields.Supplier) || string.IsNullOrWhiteSpace(fields.Recipient)
            || string.IsNullOrWhiteSpace(fields.Item))
        {
            return Refuse("A claim needs a supplier, a recipient and an item.");
        }
        if (fields.Category is null || !Categories.All.Contains(fields.Category))
        {
            return Refuse($"Pick a category: {string.Join(", ", Categories.All)}.");
        }
        var supplier = await db.FindActorAsync(fields.Supplier, cancellationToken);
        var recipient = await db.FindActorAsync(fields.Recipient, cancellationToken);
        if ((supplier is not null && ReferenceEquals(supplier, recipient))
            || Names.Normalize(fields.Supplier) == Names.Normalize(fields.Recipient))
        {
            return Refuse("A claim's supplier and recipient are two actors.");
        }
        if (supplier is not null && recipient is not null)
        {
            var other = await db.Claims.AsNoTracking()
                .Where(c => c.Id != exceptClaimId && c.SupplierId == supplier.Id && c.RecipientId == recipient.Id
                    && c.Category == fields.Category)
                .Select(c => new { c.Id, c.Sentence, c.MergedIntoId })
                .FirstOrDefaultAsync(cancellationToken);
            if (other is not null)
            {
                var target = other.MergedIntoId ?? other.Id;
                var refusal = EditResult.Refused($"Claim {target} already says \"{other.Sentence}\" ({fields.Category}): {instead}.");
                return new Parties(null, null, refusal with { SeeAlso = $"/claims/{target}" });
            }
        }
        return new Parties(supplier ?? Create(fields.Supplier), recipient ?? Create(fields.Recipient), null);

        Actor Create(string name)
        {
            var actor = db.Actors.Add(new Actor(name, PartyKind)).Entity;
            touched.NewActor(actor);
            return actor;
        }
    }

    private static Parties Refuse(string why) => new(null, null, EditResult.Refused(why));

    /// <summary>The claim to change, or why not: there is none (a merged claim is gone), or it changed since the editor saw it.</summary>
    private async Task<(Claim? Claim, EditResult? Refusal)> OpenAsync(int claimId, int version, CancellationToken cancellationToken)
    {
        var claim = await LoadAsync(claimId, cancellationToken);
        if (claim is null || claim.MergedIntoId is not null)
        {
            return (null, EditResult.NotFound($"claim {claimId}"));
        }
        return claim.Version == version ? (claim, null) : (null, EditResult.Conflict(Current(claim)));
    }

    private async Task<EditResult> ConflictAsync(int claimId, CancellationToken cancellationToken) =>
        await LoadAsync(claimId, cancellationToken) is { } current
            ? EditResult.Conflict(Current(current))
            : EditResult.NotFound($"claim {claimId}");

    private Task<Claim?> LoadAsync(int claimId, CancellationToken cancellationToken) =>
        db.Claims.Include(c => c.Supplier).Include(c => c.Recipient).SingleOrDefaultAsync(c => c.Id == claimId, cancellationToken);
}

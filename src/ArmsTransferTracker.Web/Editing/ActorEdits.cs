using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Editing;

/// <summary>
/// An editor's changes to one actor: say what it is and whom it speaks for, or merge it into another actor (the same one
/// under another name). Each is refused when the actor changed since the editor saw it (its version), and each is one
/// change in history with a row per row touched.
/// </summary>
public sealed class ActorEdits(TrackerDbContext db, TimeProvider time)
{
    public async Task<EditResult> DescribeAsync(
        int actorId, int version, ActorKind kind, string? role, string? affiliationName, Editor editor, string? reason,
        CancellationToken cancellationToken)
    {
        var (actor, refusal) = await OpenAsync(actorId, version, cancellationToken);
        if (actor is null)
        {
            return refusal!;
        }
        Actor? affiliation = null;
        if (!string.IsNullOrWhiteSpace(affiliationName))
        {
            affiliation = await db.FindActorAsync(affiliationName, cancellationToken);
            if (affiliation is null)
            {
                return EditResult.Refused(
                    $"There is no actor named \"{affiliationName.Trim()}\": an affiliation is an actor already known.");
            }
            if (affiliation.Id == actor.Id)
            {
                return EditResult.Refused("An actor cannot be affiliated with itself.");
            }
        }
        var touched = new TouchedRows();
        touched.Actor(actor);
        actor.Describe(kind, role, affiliation);
        return await touched.SaveAsync(db, editor, reason, time.GetUtcNow().UtcDateTime,
            () => $"Described {Describe(actor)}", () => ConflictAsync(actorId, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The actor is <paramref name="intoName"/> under another name: its stances and the claims it is party to move there. A
    /// claim that then says what another claim says is merged into that one.
    /// </summary>
    public async Task<EditResult> MergeAsync(
        int actorId, int version, string? intoName, Editor editor, string? reason, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await OpenAsync(actorId, version, cancellationToken);
        if (actor is null)
        {
            return refusal!;
        }
        var survivor = string.IsNullOrWhiteSpace(intoName) ? null : await db.FindActorAsync(intoName, cancellationToken);
        if (survivor is null || survivor.Id == actor.Id)
        {
            return EditResult.Refused($"There is no other actor named \"{intoName?.Trim()}\" to merge {actor.Name} into.");
        }
        var touched = new TouchedRows();
        var moves = new MergeMoves(db, touched);
        var survivorClaims = new Dictionary<int, Claim>();
        var claims = await db.Claims.Include(c => c.Supplier).Include(c => c.Recipient)
            .Where(c => c.MergedIntoId == null && (c.SupplierId == actorId || c.RecipientId == actorId))
            .ToListAsync(cancellationToken);
        foreach (var claim in claims)
        {
            var (supplier, recipient) = (claim.SupplierId == actorId ? survivor : claim.Supplier,
                claim.RecipientId == actorId ? survivor : claim.Recipient);
            var same = supplier.Id == recipient.Id
                ? null
                : await db.Claims.Include(c => c.MergedInto)
                    .FirstOrDefaultAsync(c => c.SupplierId == supplier.Id && c.RecipientId == recipient.Id && c.Category == claim.Category,
                        cancellationToken);
            var target = same?.MergedInto ?? same;
            if (supplier.Id == recipient.Id || target?.Id == claim.Id)
            {
                return EditResult.Refused(
                    $"{actor.Name} and {survivor.Name} are both parties to claim {claim.Id}, \"{claim.Sentence}\": edit it first.");
            }
            if (target is null)
            {
                touched.Claim(claim);
                claim.Edit(supplier, recipient, claim.Item, claim.Category, claim.Quantity);
            }
            else
            {
                await moves.MergeClaimAsync(claim, target, cancellationToken);
                survivorClaims[claim.Id] = target;
            }
        }
        var mergedClaimIds = survivorClaims.Keys.ToList();
        var stances = await db.Stances.IgnoreQueryFilters().Include(s => s.Claim).Include(s => s.Actor)
            .Where(s => s.ActorId == actorId || mergedClaimIds.Contains(s.ClaimId))
            .ToListAsync(cancellationToken);
        await moves.MoveStancesAsync(
            stances, s => (survivorClaims.GetValueOrDefault(s.ClaimId) ?? s.Claim, s.ActorId == actorId ? survivor : s.Actor),
            cancellationToken);
        // Actors merged into this one, and those it speaks for, follow it: no merge leads to a merged actor.
        foreach (var merged in await db.Actors.Where(a => a.MergedIntoId == actorId).ToListAsync(cancellationToken))
        {
            touched.Actor(merged);
            merged.MergeInto(survivor);
        }
        foreach (var affiliate in await db.Actors.Where(a => a.AffiliationId == actorId).ToListAsync(cancellationToken))
        {
            touched.Actor(affiliate);
            affiliate.Describe(affiliate.Kind, affiliate.Role, affiliate.Id == survivor.Id ? null : survivor);
        }
        touched.Actor(actor);
        actor.MergeInto(survivor);
        return await touched.SaveAsync(db, editor, reason, time.GetUtcNow().UtcDateTime,
            () => $"Merged {actor.Name} (actor {actor.Id}) into {survivor.Name} (actor {survivor.Id}): {moves.Outcome()}; " +
                  $"{Words.Count(claims.Count - survivorClaims.Count, "claim")} now name {survivor.Name}, " +
                  $"{survivorClaims.Count} merged into one saying the same",
            () => ConflictAsync(actorId, cancellationToken), cancellationToken);
    }

    /// <summary>The actor as an editor recognises it: "Sylvanian embassy (government, affiliated to Sylvania)".</summary>
    public static string Describe(Actor actor) =>
        $"{actor.Name} ({Words.Kind(actor.Kind)}{(actor.Role is null ? "" : $", {actor.Role}")}" +
        $"{(actor.Affiliation is null ? "" : $", affiliated to {actor.Affiliation.Name}")})";

    private static string Current(Actor actor) => Describe(actor) + ".";

    /// <summary>The actor to change, or why not: there is none (a merged actor is gone), or it changed since the editor saw it.</summary>
    private async Task<(Actor? Actor, EditResult? Refusal)> OpenAsync(int actorId, int version, CancellationToken cancellationToken)
    {
        var actor = await LoadAsync(actorId, cancellationToken);
        if (actor is null || actor.MergedIntoId is not null)
        {
            return (null, EditResult.NotFound($"actor {actorId}"));
        }
        return actor.Version == version ? (actor, null) : (null, EditResult.Conflict(Current(actor)));
    }

    private async Task<EditResult> ConflictAsync(int actorId, CancellationToken cancellationToken) =>
        await LoadAsync(actorId, cancellationToken) is { } current
            ? EditResult.Conflict(Current(current))
            : EditResult.NotFound($"actor {actorId}");

    private Task<Actor?> LoadAsync(int actorId, CancellationToken cancellationToken) =>
        db.Actors.Include(a => a.Affiliation).SingleOrDefaultAsync(a => a.Id == actorId, cancellationToken);
}

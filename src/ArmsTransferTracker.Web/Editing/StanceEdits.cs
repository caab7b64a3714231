using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.History;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Editing;

/// <summary>
/// An editor's changes to one stance: confirm, reject, change its value, move it to another claim, remove it. Each is
/// refused when the stance changed since the editor saw it (its version), and each is kept in history.
/// </summary>
public sealed class StanceEdits(TrackerDbContext db, TimeProvider time)
{
    public Task<EditResult> ConfirmAsync(int stanceId, int version, Editor editor, string? reason, CancellationToken cancellationToken) =>
        EditAsync(stanceId, version, editor, reason, (stance, now) =>
        {
            stance.Confirm(editor.Email, now);
            return Task.FromResult<string?>(null);
        }, stance => $"Confirmed: {Describe(stance)}", cancellationToken);

    public Task<EditResult> RejectAsync(int stanceId, int version, Editor editor, string? reason, CancellationToken cancellationToken) =>
        EditAsync(stanceId, version, editor, reason, (stance, now) =>
        {
            stance.Reject(editor.Email, now);
            return Task.FromResult<string?>(null);
        }, stance => $"Rejected: {Describe(stance)}", cancellationToken);

    public Task<EditResult> ChangeValueAsync(
        int stanceId, int version, StanceValue value, Editor editor, string? reason, CancellationToken cancellationToken)
    {
        StanceValue? was = null;
        return EditAsync(stanceId, version, editor, reason, (stance, now) =>
        {
            was = stance.Value;
            stance.ChangeValue(value, editor.Email, now);
            return Task.FromResult<string?>(null);
        }, stance => $"Changed from {Words.Stance(was!.Value)} to {Words.Stance(value)}: {Describe(stance)}", cancellationToken);
    }

    public Task<EditResult> MoveAsync(
        int stanceId, int version, int claimId, Editor editor, string? reason, CancellationToken cancellationToken)
    {
        string? from = null;
        return EditAsync(stanceId, version, editor, reason, async (stance, now) =>
        {
            var target = await db.Claims.Include(c => c.Supplier).Include(c => c.Recipient)
                .SingleOrDefaultAsync(c => c.Id == claimId, cancellationToken);
            if (target is null || target.MergedIntoId is not null)
            {
                return $"There is no claim {claimId} to move the stance to.";
            }
            if (target.Id == stance.ClaimId)
            {
                return "The stance is already on that claim.";
            }
            var taken = await db.Stances.IgnoreQueryFilters()
                .AnyAsync(s => s.ClaimId == target.Id && s.ActorId == stance.ActorId && s.ArticleId == stance.ArticleId, cancellationToken);
            if (taken)
            {
                return $"{stance.Actor.Name} already has a stance on \"{target.Sentence}\" in this article; " +
                    "change or remove that one instead.";
            }
            from = stance.Claim.Sentence;
            stance.MoveTo(target, editor.Email, now);
            return null;
        }, stance => $"Moved from \"{from}\" to \"{stance.Claim.Sentence}\": {stance.Actor.Name} {Words.Stance(stance.Value)}",
            cancellationToken);
    }

    public Task<EditResult> RemoveAsync(int stanceId, int version, Editor editor, string? reason, CancellationToken cancellationToken) =>
        EditAsync(stanceId, version, editor, reason, (stance, _) =>
        {
            stance.Remove();
            return Task.FromResult<string?>(null);
        }, stance => $"Removed: {Describe(stance)}", cancellationToken);

    /// <summary>The stance as a sentence an editor recognises: "Iranian officials deny: Iran transferred drones to Russia".</summary>
    public static string Describe(Stance stance) => $"{stance.Actor.Name} {Words.Stance(stance.Value)} \"{stance.Claim.Sentence}\"";

    /// <summary>
    /// Loads the stance, checks the version the editor saw, applies <paramref name="apply"/> (which answers why not, or
    /// null), and saves the stance with a change in history, all or nothing.
    /// </summary>
    private async Task<EditResult> EditAsync(
        int stanceId,
        int version,
        Editor editor,
        string? reason,
        Func<Stance, DateTime, Task<string?>> apply,
        Func<Stance, string> summary,
        CancellationToken cancellationToken)
    {
        var stance = await LoadAsync(stanceId, cancellationToken);
        if (stance is null)
        {
            return EditResult.NotFound($"stance {stanceId}");
        }
        if (stance.Version != version)
        {
            return EditResult.Conflict(Current(stance));
        }
        var now = time.GetUtcNow().UtcDateTime;
        var before = stance.State;
        if (await apply(stance, now) is { } refusal)
        {
            return EditResult.Refused(refusal);
        }
        var change = new ChangeSet(editor.UserId, editor.Email, summary(stance), reason, now);
        change.Record(ChangeSubject.Stance, stance.Id, before, stance.State);
        db.Changes.Add(change);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another editor saved between our read and our write: say what the stance is now.
            db.ChangeTracker.Clear();
            var current = await LoadAsync(stanceId, cancellationToken);
            return current is null ? EditResult.NotFound($"stance {stanceId}") : EditResult.Conflict(Current(current));
        }
        return new EditResult(EditStatus.Saved, change.Summary + ".", change.Id);
    }

    private Task<Stance?> LoadAsync(int stanceId, CancellationToken cancellationToken) =>
        db.Stances
            .Include(s => s.Claim)
            .Include(s => s.Actor)
            .SingleOrDefaultAsync(s => s.Id == stanceId, cancellationToken);

    private static string Current(Stance stance) =>
        $"{Describe(stance)}, {Words.Review(stance.Review)}{(stance.ReviewedBy is null ? "" : $" by {stance.ReviewedBy}")}.";
}

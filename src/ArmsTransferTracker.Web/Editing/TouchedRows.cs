using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.History;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Editing;

/// <summary>
/// The rows one change to claims and actors touches, each with its state before the change. Their states after are read
/// once the rows are saved, when the rows the change created have their ids.
/// </summary>
internal sealed class TouchedRows
{
    private readonly List<Row> _rows = [];
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);

    /// <summary>Call before changing the stance, so that its state before is kept.</summary>
    public void Stance(Stance stance) => Add(stance, ChangeSubject.Stance, () => stance.Id, stance.State, () => stance.State);

    public void Claim(Claim claim) => Add(claim, ChangeSubject.Claim, () => claim.Id, claim.State, () => claim.State);

    public void Actor(Actor actor) => Add(actor, ChangeSubject.Actor, () => actor.Id, actor.State, () => actor.State);

    /// <summary>A claim the change creates: it has no state before, and reverting the change leaves it in place.</summary>
    public void NewClaim(Claim claim) => Add(claim, ChangeSubject.Claim, () => claim.Id, null, () => claim.State);

    public void NewActor(Actor actor) => Add(actor, ChangeSubject.Actor, () => actor.Id, null, () => actor.State);

    /// <summary>
    /// Saves the rows, then the change that records them, in one transaction. A row another editor saved meanwhile
    /// (its version) saves nothing and answers <paramref name="conflict"/>.
    /// </summary>
    public async Task<EditResult> SaveAsync(
        TrackerDbContext db,
        Editor editor,
        string? reason,
        DateTime now,
        Func<string> summary,
        Func<Task<EditResult>> conflict,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            var change = new ChangeSet(editor.UserId, editor.Email, summary(), reason, now);
            foreach (var row in _rows)
            {
                change.Record(row.Subject, row.Id(), row.Before, row.After());
            }
            db.Changes.Add(change);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new EditResult(EditStatus.Saved, change.Summary + ".", change.Id);
        }
        catch (DbUpdateException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            // Not a version: a claim or actor another editor created meanwhile with the same name or key.
            return e is DbUpdateConcurrencyException
                ? await conflict()
                : EditResult.Refused(
                    "Not saved: another editor saved a claim or actor that collides with this change; reload and try again.");
        }
    }

    private void Add(object entity, ChangeSubject subject, Func<int> id, object? before, Func<object> after)
    {
        if (_seen.Add(entity))
        {
            _rows.Add(new Row(subject, id, before, after));
        }
    }

    private sealed record Row(ChangeSubject Subject, Func<int> Id, object? Before, Func<object> After);
}

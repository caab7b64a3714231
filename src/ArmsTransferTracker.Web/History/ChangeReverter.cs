using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.History;

/// <summary>
/// Reverts a change: every row it touched goes back to its state before, provided each is still as the change left it
/// (otherwise a later change would be undone unseen). The revert is itself a change, and can be reverted in turn.
/// </summary>
public sealed class ChangeReverter(TrackerDbContext db, TimeProvider time)
{
    public async Task<EditResult> RevertAsync(int changeId, Editor editor, string? reason, CancellationToken cancellationToken)
    {
        var original = await db.Changes.Include(c => c.Entries).SingleOrDefaultAsync(c => c.Id == changeId, cancellationToken);
        if (original is null)
        {
            return EditResult.NotFound($"change {changeId}");
        }
        if (await db.Changes.Where(c => c.RevertsId == changeId).Select(c => (int?)c.Id)
                .FirstOrDefaultAsync(cancellationToken) is { } revertId)
        {
            return EditResult.Refused($"Change {changeId} was already reverted, by change {revertId}.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var revert = new ChangeSet(editor.UserId, editor.Email, $"Reverted change {changeId}: {original.Summary}", reason, now);
        revert.MarkRevertOf(original);
        // A row the change created (no state before) stays: what it took from other rows goes back to them.
        foreach (var entry in original.Entries.Reverse().Where(e => e.Before is not null))
        {
            var refusal = entry.Subject switch
            {
                ChangeSubject.Stance => await RestoreStanceAsync(entry, revert, cancellationToken),
                ChangeSubject.Claim => await RestoreClaimAsync(entry, revert, cancellationToken),
                ChangeSubject.Actor => await RestoreActorAsync(entry, revert, cancellationToken),
                ChangeSubject.Article => await RestoreArticleAsync(entry, revert, cancellationToken),
                _ => throw new InvalidOperationException($"Unknown subject {entry.Subject}."),
            };
            if (refusal is not null)
            {
                db.ChangeTracker.Clear();
                return EditResult.Refused($"Change {changeId} cannot be reverted: {refusal}");
            }
        }
        db.Changes.Add(revert);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is not null)
        {
            // A row changed meanwhile, or the old state collides with a newer row (a unique stance or claim).
            db.ChangeTracker.Clear();
            return EditResult.Refused(
                $"Change {changeId} cannot be reverted: what it changed has changed again, or its old state is taken by a newer row.");
        }
        return new EditResult(EditStatus.Saved, revert.Summary + ".", revert.Id);
    }

    private async Task<string?> RestoreStanceAsync(ChangeEntry entry, ChangeSet revert, CancellationToken cancellationToken)
    {
        var stance = await db.Stances.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.Id == entry.SubjectId, cancellationToken);
        var (before, after) = (entry.BeforeAs<StanceState>(), entry.AfterAs<StanceState>());
        if (stance is null || before is null || stance.State != after)
        {
            return $"stance {entry.SubjectId} has changed since.";
        }
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == before.ClaimId, cancellationToken);
        var actor = await db.Actors.SingleOrDefaultAsync(a => a.Id == before.ActorId, cancellationToken);
        if (claim is null || actor is null)
        {
            return $"the claim or actor stance {entry.SubjectId} was on no longer exists.";
        }
        stance.Restore(before, claim, actor);
        revert.Record(ChangeSubject.Stance, stance.Id, after, before);
        return null;
    }

    private async Task<string?> RestoreClaimAsync(ChangeEntry entry, ChangeSet revert, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == entry.SubjectId, cancellationToken);
        var (before, after) = (entry.BeforeAs<ClaimState>(), entry.AfterAs<ClaimState>());
        if (claim is null || before is null || claim.State != after)
        {
            return $"claim {entry.SubjectId} has changed since.";
        }
        var supplier = await db.Actors.SingleAsync(a => a.Id == before.SupplierId, cancellationToken);
        var recipient = await db.Actors.SingleAsync(a => a.Id == before.RecipientId, cancellationToken);
        var mergedInto = before.MergedIntoId is { } id ? await db.Claims.SingleAsync(c => c.Id == id, cancellationToken) : null;
        claim.Restore(before, supplier, recipient, mergedInto);
        revert.Record(ChangeSubject.Claim, claim.Id, after, before);
        return null;
    }

    private async Task<string?> RestoreActorAsync(ChangeEntry entry, ChangeSet revert, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.SingleOrDefaultAsync(a => a.Id == entry.SubjectId, cancellationToken);
        var (before, after) = (entry.BeforeAs<ActorState>(), entry.AfterAs<ActorState>());
        if (actor is null || before is null || actor.State != after)
        {
            return $"actor {entry.SubjectId} has changed since.";
        }
        var affiliation = before.AffiliationId is { } affiliationId
            ? await db.Actors.SingleAsync(a => a.Id == affiliationId, cancellationToken)
            : null;
        var mergedInto = before.MergedIntoId is { } mergedId ? await db.Actors.SingleAsync(a => a.Id == mergedId, cancellationToken) : null;
        actor.Restore(before, affiliation, mergedInto);
        revert.Record(ChangeSubject.Actor, actor.Id, after, before);
        return null;
    }

    private async Task<string?> RestoreArticleAsync(ChangeEntry entry, ChangeSet revert, CancellationToken cancellationToken)
    {
        var article = await db.Articles.IgnoreQueryFilters().SingleOrDefaultAsync(a => a.Id == entry.SubjectId, cancellationToken);
        var (before, after) = (entry.BeforeAs<ArticleState>(), entry.AfterAs<ArticleState>());
        if (article is null || before is null || article.State != after)
        {
            return $"article {entry.SubjectId} has changed since.";
        }
        article.Restore(before);
        revert.Record(ChangeSubject.Article, article.Id, after, before);
        return null;
    }
}

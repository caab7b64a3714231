using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.History;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Data;

/// <summary>
/// Keeps each claim's counted columns (<see cref="Claim.SupportingSources"/> to <see cref="Claim.ChangedAt"/>) equal to what
/// its visible stances and its history make them, as <see cref="StanceSources.TallyByClaimAsync"/> counts them: the context
/// collects the claims a save touches (through their stances, their articles, their history or their own row) and
/// recounts them in the same transaction, in two statements whatever their number, then raises the
/// <see cref="DataVersion"/>. So every way of writing (import, edits, merges, reverts, re-extraction) keeps them.
/// </summary>
public sealed class ClaimCounts
{
    private static readonly string[] ArticleFieldsCounted =
        [nameof(Article.DeletedAt), nameof(Article.CopyOfId), nameof(Article.PublishedOn)];

    private readonly HashSet<int> _claimIds = [];
    private readonly List<Func<int>> _claimIdsAfterSave = [];

    private bool _dataChanged;

    /// <summary>Whether the save changes nothing the pages show.</summary>
    public bool IsEmpty => _claimIds.Count == 0 && _claimIdsAfterSave.Count == 0 && !_dataChanged;

    /// <summary>
    /// The claims the pending changes touch; read before saving, while original values are known and a deleted article's
    /// stances are still there to say which claims it spoke of.
    /// </summary>
    public static async Task<ClaimCounts> TouchedAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var touched = new ClaimCounts();
        var articleIds = new List<int>();
        var stanceIds = new List<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Stance stance when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    if (entry.State != EntityState.Added)
                    {
                        touched._claimIds.Add((int)entry.Property(nameof(Stance.ClaimId)).OriginalValue!);
                    }
                    if (entry.State != EntityState.Deleted)
                    {
                        touched._claimIdsAfterSave.Add(() => stance.ClaimId);
                    }
                    break;
                case Claim claim when entry.State is EntityState.Added or EntityState.Modified:
                    touched._claimIdsAfterSave.Add(() => claim.Id);
                    break;
                case Article article when entry.State == EntityState.Deleted
                    || (entry.State == EntityState.Modified && ArticleFieldsCounted.Any(field => entry.Property(field).IsModified)):
                    articleIds.Add(article.Id);
                    break;
                // An editor's change dates the claim it is about, or the claim of the stance it is about.
                case ChangeEntry { Subject: ChangeSubject.Claim } change when entry.State == EntityState.Added:
                    touched._claimIds.Add(change.SubjectId);
                    break;
                case ChangeEntry { Subject: ChangeSubject.Stance } change when entry.State == EntityState.Added:
                    stanceIds.Add(change.SubjectId);
                    break;
                // What else the pages show (names, quotes, headlines, history): no count changes, but the version must.
                case Claim or Actor or ActorAlias or Evidence or Article or Outlet or ChangeSet or ChangeEntry
                    when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    touched._dataChanged = true;
                    break;
            }
        }
        if (articleIds.Count > 0)
        {
            touched._claimIds.UnionWith(await db.Stances.IgnoreQueryFilters()
                .Where(s => articleIds.Contains(s.ArticleId)).Select(s => s.ClaimId).Distinct().ToListAsync(cancellationToken));
        }
        if (stanceIds.Count > 0)
        {
            touched._claimIds.UnionWith(await db.Stances.IgnoreQueryFilters()
                .Where(s => stanceIds.Contains(s.Id)).Select(s => s.ClaimId).Distinct().ToListAsync(cancellationToken));
        }
        return touched;
    }

    /// <summary>Recounts the touched claims, after the save that touched them.</summary>
    public async Task RecountAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var ids = _claimIds.Concat(_claimIdsAfterSave.Select(id => id())).Distinct().ToList();
        if (ids.Count > 0)
        {
            await RecountAsync(db, db.Claims.Where(c => ids.Contains(c.Id)), cancellationToken);
        }
        await NextVersionAsync(db, cancellationToken);
    }

    /// <summary>Recounts every claim: after a bulk load that saved with the counting off.</summary>
    public static async Task RecountAllAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        await RecountAsync(db, db.Claims, cancellationToken);
        await NextVersionAsync(db, cancellationToken);
    }

    /// <summary>Raises the data version: for a change written past the context's saving (a bulk delete).</summary>
    public static Task NextVersionAsync(TrackerDbContext db, CancellationToken cancellationToken) =>
        db.DataVersions.ExecuteUpdateAsync(set => set.SetProperty(v => v.Number, v => v.Number + 1), cancellationToken);

    private static async Task RecountAsync(TrackerDbContext db, IQueryable<Claim> claims, CancellationToken cancellationToken)
    {
        var stances = db.Stances.Visible();
        var changes = db.ChangeEntries.Join(db.Changes, e => e.ChangeSetId, c => c.Id, (e, c) => new { e.Subject, e.SubjectId, c.At });
        await claims.ExecuteUpdateAsync(set => set
            .SetProperty(c => c.SupportingSources, c => stances
                .Where(s => s.ClaimId == c.Id && s.Value == StanceValue.Supports)
                .Select(s => new { s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId }).Distinct().Count())
            .SetProperty(c => c.DenyingSources, c => stances
                .Where(s => s.ClaimId == c.Id && s.Value == StanceValue.Denies)
                .Select(s => new { s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId }).Distinct().Count())
            .SetProperty(c => c.NeutralSources, c => stances
                .Where(s => s.ClaimId == c.Id && s.Value == StanceValue.Neutral)
                .Select(s => new { s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId }).Distinct().Count())
            .SetProperty(c => c.LatestPublishedOn, c => stances.Where(s => s.ClaimId == c.Id).Max(s => s.Article.PublishedOn))
            .SetProperty(c => c.ChangedAt, c => db.Stances.Where(s => s.ClaimId == c.Id).Select(s => (DateTime?)s.RecordedAt)
                .Concat(changes.Where(e => e.Subject == ChangeSubject.Claim && e.SubjectId == c.Id).Select(e => (DateTime?)e.At))
                .Concat(db.Stances.Where(s => s.ClaimId == c.Id)
                    .SelectMany(s => changes.Where(e => e.Subject == ChangeSubject.Stance && e.SubjectId == s.Id))
                    .Select(e => (DateTime?)e.At))
                .Max()),
            cancellationToken);
        // From the counts just written (an UPDATE's expressions read the row as it was), as SourceTally.Status reads them.
        await claims.ExecuteUpdateAsync(set => set
            .SetProperty(c => c.Sources, c => c.SupportingSources + c.DenyingSources + c.NeutralSources)
            .SetProperty(c => c.Dated, c => c.LatestPublishedOn != null)
            .SetProperty(c => c.Status, c => c.StatusOverride ?? (c.SupportingSources > 0
                ? c.DenyingSources > 0 ? ClaimStatus.Contested : ClaimStatus.Asserted
                : c.DenyingSources > 0 ? ClaimStatus.Denied : ClaimStatus.Unconfirmed)),
            cancellationToken);
    }
}

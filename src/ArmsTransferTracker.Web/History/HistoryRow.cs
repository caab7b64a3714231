using ArmsTransferTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.History;

/// <summary>One change as a page lists it under "History".</summary>
public sealed record HistoryRow(
    int ChangeId,
    DateTime At,
    string UserName,
    string Summary,
    string? Reason,
    int? RevertsId,
    int? RevertedById);

public static class HistoryQueries
{
    /// <summary>
    /// The changes that touched one row, newest first; the same list on the stance, claim, actor and article pages. The
    /// changes are found from the row's entries (an index), not by looking through every change for one.
    /// </summary>
    public static async Task<IReadOnlyList<HistoryRow>> HistoryOfAsync(
        this TrackerDbContext db, ChangeSubject subject, int id, CancellationToken cancellationToken) =>
        await db.Changes
            .AsNoTracking()
            .Where(c => db.ChangeEntries.Where(e => e.Subject == subject && e.SubjectId == id).Select(e => e.ChangeSetId).Contains(c.Id))
            .OrderByDescending(c => c.At)
            .ThenByDescending(c => c.Id)
            .Select(c => new HistoryRow(
                c.Id,
                c.At,
                c.UserName,
                c.Summary,
                c.Reason,
                c.RevertsId,
                db.Changes.Where(r => r.RevertsId == c.Id).Select(r => (int?)r.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}

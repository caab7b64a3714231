using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Finding;

/// <summary>
/// A checked list request: names are normalised (<see cref="Names.Normalize"/>) and match an actor's name or any of its
/// aliases; <see cref="Actor"/> keeps claims on which that actor takes a stance, <see cref="Outlet"/> those with a source
/// in an article the outlet wrote or printed, <see cref="From"/> and <see cref="To"/> those with a source published in the
/// range (both ends included).
/// </summary>
public sealed record ClaimQuery(
    string? Supplier,
    string? Recipient,
    string? Category,
    ClaimStatus? Status,
    string? Actor,
    string? Outlet,
    DateOnly? From,
    DateOnly? To,
    ClaimSort Sort,
    int Page,
    int PageSize);

/// <summary>A claim as a list shows it: its parties, category, independent sources and the date of its latest article.</summary>
public sealed record FoundClaim(
    int Id,
    int SupplierId,
    string Supplier,
    string Item,
    int RecipientId,
    string Recipient,
    string Category,
    string? Quantity,
    SourceTally Sources,
    DateOnly? Latest,
    ClaimStatus? Override)
{
    /// <summary>An editor's status, else what the sources make it.</summary>
    public ClaimStatus Status => Override ?? Sources.Status;
}

/// <summary>One page of a list; <see cref="Total"/> counts every claim the filters keep.</summary>
public sealed record ClaimPage(IReadOnlyList<FoundClaim> Items, int Total, int Page, int PageSize)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => (long)Page * PageSize < Total;
}

/// <summary>
/// Runs a <see cref="ClaimQuery"/> in the database: the independent sources of each claim are counted there (as
/// <see cref="StanceSources.TallyByClaimAsync"/> counts them: an actor once per story), so status filters, the sort and
/// paging happen in SQL, in two queries per page (the total and the page) whatever its size.
/// </summary>
public static class ClaimFinder
{
    public static async Task<ClaimPage> FindAsync(this TrackerDbContext db, ClaimQuery query, CancellationToken cancellationToken)
    {
        var rows = Filter(db, Rows(db), query);
        var total = await rows.CountAsync(cancellationToken);
        var page = await Ordered(rows, query.Sort)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new ClaimPage(page.Select(Found).ToList(), total, query.Page, query.PageSize);
    }

    /// <summary>The ids of every claim the query keeps, in its order, unpaged (an export reads the claims a batch at a time).</summary>
    public static Task<List<int>> FindIdsAsync(this TrackerDbContext db, ClaimQuery query, CancellationToken cancellationToken) =>
        Ordered(Filter(db, Rows(db), query), query.Sort).Select(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>The ids of the claims the query keeps, unordered and unpaged, for a query to go on from.</summary>
    public static IQueryable<int> Matching(this TrackerDbContext db, ClaimQuery query) => Filter(db, Rows(db), query).Select(r => r.Id);

    /// <summary>The claims <paramref name="ids"/> as a list shows them, in the order given, in one query; merged ones left out.</summary>
    public static async Task<IReadOnlyList<FoundClaim>> FindByIdsAsync(
        this TrackerDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var rows = await Rows(db).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return ids.Where(rows.ContainsKey).Select(id => Found(rows[id])).ToList();
    }

    private static IOrderedQueryable<Row> Ordered(IQueryable<Row> rows, ClaimSort sort) =>
        (sort == ClaimSort.Sources
            ? rows.OrderByDescending(r => r.Supports + r.Denies + r.Neutral).ThenByDescending(r => r.Latest != null)
            : rows.OrderByDescending(r => r.Latest != null))
        .ThenByDescending(r => r.Latest)
        .ThenBy(r => r.Sentence)
        .ThenBy(r => r.Id);

    private static FoundClaim Found(Row r) => new(r.Id, r.SupplierId, r.Supplier, r.Item, r.RecipientId, r.Recipient, r.Category,
        r.Quantity, new SourceTally(r.Supports, r.Denies, r.Neutral), r.Latest, r.Override);

    private static IQueryable<Row> Rows(TrackerDbContext db)
    {
        var stances = db.Stances.Visible();
        return db.Claims
            .AsNoTracking()
            .Where(c => c.MergedIntoId == null)
            .Select(c => new Row
            {
                Id = c.Id,
                SupplierId = c.SupplierId,
                Supplier = c.Supplier.Name,
                Item = c.Item,
                RecipientId = c.RecipientId,
                Recipient = c.Recipient.Name,
                Category = c.Category,
                Quantity = c.Quantity,
                Sentence = c.Sentence,
                Override = c.StatusOverride,
                Supports = stances.Where(s => s.ClaimId == c.Id && s.Value == StanceValue.Supports)
                    .Select(s => new { s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId }).Distinct().Count(),
                Denies = stances.Where(s => s.ClaimId == c.Id && s.Value == StanceValue.Denies)
                    .Select(s => new { s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId }).Distinct().Count(),
                Neutral = stances.Where(s => s.ClaimId == c.Id && s.Value == StanceValue.Neutral)
                    .Select(s => new { s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId }).Distinct().Count(),
                Latest = stances.Where(s => s.ClaimId == c.Id).Max(s => s.Article.PublishedOn),
            });
    }

    private static IQueryable<Row> Filter(TrackerDbContext db, IQueryable<Row> rows, ClaimQuery query)
    {
        var stances = db.Stances.Visible();
        if (query.Supplier is { } supplier)
        {
            rows = rows.Where(r => db.Actors.Any(a => a.Id == r.SupplierId
                && (a.NormalizedName == supplier || a.Aliases.Any(alias => alias.NormalizedName == supplier))));
        }
        if (query.Recipient is { } recipient)
        {
            rows = rows.Where(r => db.Actors.Any(a => a.Id == r.RecipientId
                && (a.NormalizedName == recipient || a.Aliases.Any(alias => alias.NormalizedName == recipient))));
        }
        if (query.Category is { } category)
        {
            rows = rows.Where(r => r.Category == category);
        }
        if (query.Actor is { } actor)
        {
            rows = rows.Where(r => stances.Any(s => s.ClaimId == r.Id
                && (s.Actor.NormalizedName == actor || s.Actor.Aliases.Any(alias => alias.NormalizedName == actor))));
        }
        if (query.Outlet is { } outlet)
        {
            rows = rows.Where(r => stances.Any(s => s.ClaimId == r.Id
                && (s.Article.Outlet!.NormalizedName == outlet || s.Article.Publisher!.NormalizedName == outlet)));
        }
        if (query.From is not null || query.To is not null)
        {
            var (from, to) = (query.From ?? DateOnly.MinValue, query.To ?? DateOnly.MaxValue);
            rows = rows.Where(r => stances.Any(s => s.ClaimId == r.Id && s.Article.PublishedOn >= from && s.Article.PublishedOn <= to));
        }
        // An editor's status, else the status as SourceTally.Status reads it off the counts: whether any source supports, and
        // whether any denies.
        if (query.Status is not { } status) return rows;
        var (supported, denied) = status switch
        {
            ClaimStatus.Asserted => (true, false),
            ClaimStatus.Contested => (true, true),
            ClaimStatus.Denied => (false, true),
            _ => (false, false),
        };
        return rows.Where(r => r.Override == status || (r.Override == null && r.Supports > 0 == supported && r.Denies > 0 == denied));
    }

    /// <summary>A class with settable members, not a record: EF composes filters and sorts over members it assigned.</summary>
    private sealed class Row
    {
        public int Id { get; init; }

        public int SupplierId { get; init; }

        public string Supplier { get; init; } = "";

        public string Item { get; init; } = "";

        public int RecipientId { get; init; }

        public string Recipient { get; init; } = "";

        public string Category { get; init; } = "";

        public string? Quantity { get; init; }

        public string Sentence { get; init; } = "";

        public int Supports { get; init; }

        public int Denies { get; init; }

        public int Neutral { get; init; }

        public ClaimStatus? Override { get; init; }

        public DateOnly? Latest { get; init; }
    }
}

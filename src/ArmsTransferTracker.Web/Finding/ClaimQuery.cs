using System.Linq.Expressions;
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
/// Runs a <see cref="ClaimQuery"/> in the database on the counts each claim keeps (<see cref="ClaimCounts"/>: its
/// independent sources, latest date and status), so that filters, sorts and paging read indexes and no stance: the
/// names first (an actor's or outlet's ids, one query a name given), then the total (<see cref="ClaimTotals"/>) and the page,
/// whatever its size.
/// </summary>
public static class ClaimFinder
{
    private static readonly Expression<Func<Claim, FoundClaim>> Found = c => new FoundClaim(c.Id, c.SupplierId, c.Supplier.Name,
        c.Item, c.RecipientId, c.Recipient.Name, c.Category, c.Quantity,
        new SourceTally(c.SupportingSources, c.DenyingSources, c.NeutralSources), c.LatestPublishedOn, c.StatusOverride);

    public static async Task<ClaimPage> FindAsync(
        this TrackerDbContext db, ClaimQuery query, ClaimTotals totals, CancellationToken cancellationToken)
    {
        var claims = await db.MatchingAsync(query, cancellationToken);
        var total = await totals.CountAsync(query, claims, cancellationToken);
        var items = await Ordered(claims, query.Sort)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(Found)
            .ToListAsync(cancellationToken);
        return new ClaimPage(items, total, query.Page, query.PageSize);
    }

    /// <summary>The ids of every claim the query keeps, in its order, unpaged (an export reads the claims a batch at a time).</summary>
    public static async Task<List<int>> FindIdsAsync(this TrackerDbContext db, ClaimQuery query, CancellationToken cancellationToken) =>
        await Ordered(await db.MatchingAsync(query, cancellationToken), query.Sort).Select(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>The claims <paramref name="ids"/> as a list shows them, in the order given, in one query; merged ones left out.</summary>
    public static async Task<IReadOnlyList<FoundClaim>> FindByIdsAsync(
        this TrackerDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var found = await db.Claims.AsNoTracking().Where(c => c.MergedIntoId == null && ids.Contains(c.Id)).Select(Found)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// <summary>
    /// The live claims the query's filters keep, unordered and unpaged, for a query to go on from. The names it gives are
    /// looked up first, so that the claims are then found by the parties' ids, on an index.
    /// </summary>
    public static async Task<IQueryable<Claim>> MatchingAsync(
        this TrackerDbContext db, ClaimQuery query, CancellationToken cancellationToken)
    {
        var claims = db.Claims.AsNoTracking().Where(c => c.MergedIntoId == null);
        var stances = db.Stances.Visible();
        if (query.Supplier is { } supplier)
        {
            var ids = await db.ActorIdsAsync(supplier, cancellationToken);
            claims = ids.Count == 1 ? claims.Where(c => c.SupplierId == ids[0]) : claims.Where(c => ids.Contains(c.SupplierId));
        }
        if (query.Recipient is { } recipient)
        {
            var ids = await db.ActorIdsAsync(recipient, cancellationToken);
            claims = ids.Count == 1 ? claims.Where(c => c.RecipientId == ids[0]) : claims.Where(c => ids.Contains(c.RecipientId));
        }
        if (query.Actor is { } actor)
        {
            var ids = await db.ActorIdsAsync(actor, cancellationToken);
            claims = claims.Where(c => stances.Where(s => ids.Contains(s.ActorId)).Select(s => s.ClaimId).Contains(c.Id));
        }
        if (query.Outlet is { } outlet)
        {
            // By the outlet's id, so that its articles are found by index rather than every stance's article by name.
            var id = await db.Outlets.Where(o => o.NormalizedName == outlet).Select(o => (int?)o.Id)
                .SingleOrDefaultAsync(cancellationToken);
            claims = claims.Where(c => stances
                .Where(s => s.Article.OutletId == id || s.Article.PublisherId == id)
                .Select(s => s.ClaimId).Contains(c.Id));
        }
        if (query.Category is { } category)
        {
            claims = claims.Where(c => c.Category == category);
        }
        if (query.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }
        if (query.From is not null || query.To is not null)
        {
            var (from, to) = (query.From ?? DateOnly.MinValue, query.To ?? DateOnly.MaxValue);
            claims = claims.Where(c => stances
                .Where(s => s.Article.PublishedOn >= from && s.Article.PublishedOn <= to)
                .Select(s => s.ClaimId).Contains(c.Id));
        }
        return claims;
    }

    /// <summary>Undated claims last on every provider, through the <see cref="Claim.Dated"/> column the indexes lead with.</summary>
    private static IOrderedQueryable<Claim> Ordered(IQueryable<Claim> claims, ClaimSort sort) =>
        (sort == ClaimSort.Sources
            ? claims.OrderByDescending(c => c.Sources).ThenByDescending(c => c.Dated)
            : claims.OrderByDescending(c => c.Dated))
        .ThenByDescending(c => c.LatestPublishedOn)
        .ThenBy(c => c.Sentence)
        .ThenBy(c => c.Id);

    /// <summary>The actors a normalised name names: by their own name or any of their other names (both by index).</summary>
    private static async Task<List<int>> ActorIdsAsync(this TrackerDbContext db, string name, CancellationToken cancellationToken) =>
        await db.Actors
            .Where(a => a.NormalizedName == name
                || db.ActorAliases.Where(alias => alias.NormalizedName == name).Select(alias => alias.ActorId).Contains(a.Id))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
}

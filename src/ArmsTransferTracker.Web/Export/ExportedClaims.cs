using System.Runtime.CompilerServices;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Finding;
using ArmsTransferTracker.Web.Pages;
using Microsoft.EntityFrameworkCore;
using static ArmsTransferTracker.Web.Api.ReadApi;

namespace ArmsTransferTracker.Web.Export;

/// <summary>A claim as the exports give it: the list's columns, and every stance with its quotes and its source article.</summary>
public sealed record ExportedClaim(
    int Id, ActorLink Supplier, ActorLink Recipient, string Item, string Category, string? Quantity, string Status,
    SourceCounts Sources, DateOnly? Latest, string Url, IReadOnlyList<ExportedStance> Stances);

public sealed record ExportedStance(int Id, ActorLink Actor, string Stance, IReadOnlyList<Quote> Evidence, ExportedSource Source);

/// <summary>The article a stance was read in.</summary>
public sealed record ExportedSource(int ArticleId, string Title, string? Outlet, DateOnly? PublishedOn, string? Url);

/// <summary>
/// Every claim a query keeps, in its order, read a batch at a time so that an export of a large database never holds
/// more than a batch of claims with their stances: the ordered ids first (one query), then per batch one query for the
/// claims, one for their stances and one for their quotes.
/// </summary>
public static class ExportedClaims
{
    public const int BatchSize = 500;

    public static async IAsyncEnumerable<ExportedClaim> ReadAsync(
        TrackerDbContext db, ClaimQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await db.FindIdsAsync(query, cancellationToken);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var claims = await db.FindByIdsAsync(batch, cancellationToken);
            var stances = (await StancesAsync(db, batch, cancellationToken)).ToLookup(s => s.ClaimId, s => s.Stance);
            foreach (var c in claims)
            {
                yield return new ExportedClaim(c.Id, new ActorLink(c.SupplierId, c.Supplier), new ActorLink(c.RecipientId, c.Recipient),
                    c.Item, c.Category, c.Quantity, Display.Status(c.Status), SourceCounts.From(c.Sources), c.Latest, $"/claims/{c.Id}",
                    [.. stances[c.Id]]);
            }
        }
    }

    /// <summary>
    /// The shown stances of the claims, oldest article first (undated last, on every provider), with their quotes. The quotes
    /// are a query of their own: joined to the stances, SQLite would read every quote of the database for each batch.
    /// </summary>
    private static async Task<List<(int ClaimId, ExportedStance Stance)>> StancesAsync(
        TrackerDbContext db, int[] claimIds, CancellationToken cancellationToken)
    {
        var rows = await db.Stances.Visible().AsNoTracking()
            .Where(s => claimIds.Contains(s.ClaimId))
            .OrderBy(s => s.Article.PublishedOn == null).ThenBy(s => s.Article.PublishedOn).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.ClaimId, s.Id, Actor = new ActorLink(s.ActorId, s.Actor.Name), s.Value,
                Source = new ExportedSource(s.ArticleId, s.Article.Headline, s.Article.Outlet == null ? null : s.Article.Outlet.Name,
                    s.Article.PublishedOn, s.Article.Url),
            })
            .ToListAsync(cancellationToken);
        var quotes = (await db.Evidence.AsNoTracking()
                .Where(e => claimIds.Contains(e.Stance.ClaimId))
                .OrderBy(e => e.StanceId).ThenBy(e => e.Position)
                .Select(e => new { e.StanceId, Quote = new Quote(e.Start, e.End, e.Text) })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.StanceId, e => e.Quote);
        return rows.Select(s => (s.ClaimId, new ExportedStance(s.Id, s.Actor, Display.Stance(s.Value), [.. quotes[s.Id]], s.Source)))
            .ToList();
    }
}

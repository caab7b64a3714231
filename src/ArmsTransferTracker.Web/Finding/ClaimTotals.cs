using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ArmsTransferTracker.Web.Finding;

/// <summary>
/// The number of claims a list's filters keep, counted once per filter and <see cref="DataVersion"/>: counting reads every
/// entry of an index range (the whole list is 100,000 of them, a few milliseconds), where a page reads its 20 and the
/// version one row. Any save that could change a total raises the version, so a total is never stale, on any instance.
/// </summary>
public sealed class ClaimTotals(RequestDataVersion version, ClaimTotals.Store store)
{
    public async Task<int> CountAsync(ClaimQuery query, IQueryable<Claim> claims, CancellationToken cancellationToken)
    {
        // The sort and the page change no total.
        var key = new Key(await version.ReadAsync(cancellationToken), query with { Sort = ClaimSort.Latest, Page = 1, PageSize = 1 });
        if (store.Totals.TryGetValue(key, out int total))
        {
            return total;
        }
        total = await claims.CountAsync(cancellationToken);
        store.Totals.Set(key, total, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return total;
    }

    private sealed record Key(long Version, ClaimQuery Filters);

    /// <summary>The totals counted so far, shared by every request.</summary>
    public sealed class Store : IDisposable
    {
        public MemoryCache Totals { get; } = new(new MemoryCacheOptions { SizeLimit = 10_000 });

        public void Dispose() => Totals.Dispose();
    }
}

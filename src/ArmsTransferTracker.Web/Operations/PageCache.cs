using System.Globalization;
using ArmsTransferTracker.Web.Data;

namespace ArmsTransferTracker.Web.Operations;

/// <summary>
/// The list, claim and search pages as rendered for readers who are not signed in, kept per address under the
/// <see cref="DataVersion"/>: every save that changes what a page shows raises it (Data/ClaimCounts.cs), so the next
/// request renders the page anew, on every instance of the app; a page found costs one query, the version's. Signed-in
/// users, other methods than GET and HEAD, answers other than 200 and answers that set a cookie are never kept (the
/// output cache's own rules), so no editor's form or message is served to anyone else.
/// </summary>
public static class PageCache
{
    public const string Policy = "DataPages";

    public static IServiceCollection AddPageCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .VaryByValue(async (context, cancellationToken) =>
            {
                var version = await context.RequestServices.GetRequiredService<RequestDataVersion>().ReadAsync(cancellationToken);
                return new KeyValuePair<string, string>("data", version.ToString(CultureInfo.InvariantCulture));
            })
            // Pages of older versions are never asked for again; they leave the cache as it fills or when they expire.
            .Expire(TimeSpan.FromMinutes(10))));
}

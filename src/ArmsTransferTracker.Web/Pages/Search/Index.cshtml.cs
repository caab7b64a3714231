using System.Globalization;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Finding;
using ArmsTransferTracker.Web.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArmsTransferTracker.Web.Pages.Search;

/// <summary>What a search can find.</summary>
public enum SearchKind { Claims, Articles, Actors }

/// <summary>
/// Full-text search (<see cref="TextSearch"/>) over claims, articles and actors. Without a kind it shows the first few
/// of each with how many there are; with one (<c>type=articles</c>) it pages through that kind alone. Whatever is
/// typed is searched as plain words; an empty box shows the form alone.
/// </summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int FirstFew = 5;

    public const int PageSize = 20;

    /// <summary>The pages go as far as the matches are counted.</summary>
    public const int MaxPage = TextSearch.MaxCount / PageSize;

    /// <summary>The words as typed, to fill the form again.</summary>
    public string Query { get; private set; } = "";

    public SearchTerms Terms { get; private set; } = SearchTerms.Parse(null);

    /// <summary>The one kind shown, page by page; none when all three are.</summary>
    public SearchKind? Only { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public Found<ClaimTitle>? Claims { get; private set; }

    public Found<ArticleMatch>? Articles { get; private set; }

    public Found<ActorMatch>? Actors { get; private set; }

    public async Task OnGetAsync(
        [FromQuery(Name = "q")] string? q,
        [FromQuery(Name = "type")] string? type,
        [FromQuery(Name = "page")] int? page,
        CancellationToken cancellationToken)
    {
        Query = q?.Trim() ?? "";
        Terms = SearchTerms.Parse(Query);
        Only = Enum.TryParse<SearchKind>(type, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;
        PageNumber = Only is null ? 1 : Math.Clamp(page ?? 1, 1, MaxPage);
        if (Terms.IsEmpty)
        {
            return;
        }
        var (skip, take) = Only is null ? (0, FirstFew) : ((PageNumber - 1) * PageSize, PageSize);
        if (Only is null or SearchKind.Claims)
        {
            var claims = await db.SearchClaimsAsync(Terms, skip, take, cancellationToken);
            var titles = await db.ClaimTitlesAsync(claims.Items, cancellationToken);
            Claims = new Found<ClaimTitle>(SearchKind.Claims, [.. claims.Items.Select(id => titles[id])], claims.Total);
        }
        if (Only is null or SearchKind.Articles)
        {
            var articles = await db.SearchArticlesAsync(Terms, skip, take, cancellationToken);
            Articles = new Found<ArticleMatch>(SearchKind.Articles, articles.Items, articles.Total);
        }
        if (Only is null or SearchKind.Actors)
        {
            var actors = await db.SearchActorsAsync(Terms, skip, take, cancellationToken);
            Actors = new Found<ActorMatch>(SearchKind.Actors, actors.Items, actors.Total);
        }
    }

    /// <summary>This search, of one kind (or of all when null), on a page of it.</summary>
    public string Href(SearchKind? kind, int page = 1) => "/search" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query,
        ["type"] = kind?.ToString().ToLowerInvariant(),
        ["page"] = kind is null || page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
    }.Where(v => v.Value is not null));

    public bool HasNext<T>(Found<T> found) => Only is not null && PageNumber < MaxPage && (long)PageNumber * PageSize < found.Total;

    /// <summary>What a search found of one kind: the items shown and how many there are in all.</summary>
    public sealed record Found<T>(SearchKind Kind, IReadOnlyList<T> Items, int Total)
    {
        public string Name => Kind.ToString().ToLowerInvariant();

        /// <summary>"3", "more than 1,000".</summary>
        public string Number => Total > TextSearch.MaxCount
            ? $"more than {TextSearch.MaxCount.ToString("N0", CultureInfo.InvariantCulture)}"
            : Total.ToString(CultureInfo.InvariantCulture);

        /// <summary>"3 claims", "1 article", "more than 1,000 actors".</summary>
        public string Count => $"{Number} {(Total == 1 ? Name[..^1] : Name)}";
    }
}

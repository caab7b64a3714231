using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Finding;
using ArmsTransferTracker.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Api;

/// <summary>
/// The read-only JSON API, open to anyone as the pages are: <c>GET /api/claims</c> takes the list page's filters, sort and
/// paging (<see cref="ClaimFilter"/>) and answers a page with links to the next and previous; <c>/api/claims/{id}</c>,
/// <c>/api/articles/{id}</c> and <c>/api/actors/{id}</c> answer one record with its stances. Bad filters answer 400 and
/// unknown ids 404, both as problem+json. Statuses and stances are the words the pages use ("contested", "supports").
/// </summary>
public static class ReadApi
{
    public const string ClaimsRoute = "/api/claims";

    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Read");
        api.MapGet("/claims", ListClaimsAsync).WithName("ListClaims")
            .WithSummary("Claims, filtered, sorted and paged as on the list page");
        api.MapGet("/claims/{id:int}", GetClaimAsync).WithName("GetClaim").WithSummary("A claim with its stances");
        api.MapGet("/articles/{id:int}", GetArticleAsync).WithName("GetArticle").WithSummary("An article with its text and stances");
        api.MapGet("/actors/{id:int}", GetActorAsync).WithName("GetActor").WithSummary("An actor with the stances it takes");
        // An id that is no number passes the routes above by; without these it would get the HTML status page.
        foreach (var (records, record) in new[] { ("claims", "claim"), ("articles", "article"), ("actors", "actor") })
        {
            api.MapGet($"/{records}/{{id}}", (string id) => NotFound(record, id)).ExcludeFromDescription();
        }
        return app;
    }

    public sealed record ActorLink(int Id, string Name);

    public sealed record SourceCounts(int Supports, int Denies, int Neutral)
    {
        public static SourceCounts From(SourceTally tally) => new(tally.Supports, tally.Denies, tally.Neutral);
    }

    public sealed record ClaimItem(
        int Id, ActorLink Supplier, ActorLink Recipient, string Item, string Category, string? Quantity, string Status,
        SourceCounts Sources, DateOnly? Latest, string Url);

    public sealed record ClaimList(IReadOnlyList<ClaimItem> Items, int Page, int PageSize, int Total, string? Next, string? Prev);

    public sealed record Quote(int Start, int End, string Text);

    public sealed record ClaimStance(
        int Id, ActorLink Actor, string Stance, int ArticleId, string Headline, string? Outlet, DateOnly? PublishedOn,
        IReadOnlyList<Quote> Quotes);

    public sealed record ClaimBody(
        int Id, ActorLink Supplier, ActorLink Recipient, string Item, string Category, string? Quantity, string Status,
        SourceCounts Sources, int? MergedIntoId, IReadOnlyList<ClaimStance> Stances);

    public sealed record ArticleStance(int Id, int ClaimId, ActorLink Actor, string Stance, IReadOnlyList<Quote> Quotes);

    public sealed record ArticleBody(
        int Id, string Headline, string? Outlet, string? Publisher, string? Url, DateOnly? PublishedOn, IReadOnlyList<string> Authors,
        string? Dateline, DateTime ImportedAt, int? CopyOfId, string Text, IReadOnlyList<ArticleStance> Stances);

    public sealed record ActorStance(int Id, int ClaimId, string Claim, string Stance, int ArticleId);

    public sealed record ActorBody(
        int Id, string Name, string Kind, string? Role, ActorLink? Affiliation, IReadOnlyList<string> Aliases, int? MergedIntoId,
        IReadOnlyList<ActorStance> Stances);

    private static async Task<Results<Ok<ClaimList>, ValidationProblem>> ListClaimsAsync(
        [AsParameters] ClaimFilter filter, [FromServices] TrackerDbContext db, [FromServices] ClaimTotals totals,
        CancellationToken cancellationToken)
    {
        if (filter.Parse(out var errors) is not { } query)
        {
            return FilterProblem(errors);
        }
        var found = await db.FindAsync(query, totals, cancellationToken);
        string Link(int page) => ClaimsRoute + QueryString.Create(filter.RouteValues(page));
        var items = found.Items
            .Select(c => new ClaimItem(c.Id, new ActorLink(c.SupplierId, c.Supplier), new ActorLink(c.RecipientId, c.Recipient),
                c.Item, c.Category, c.Quantity, Display.Status(c.Status), SourceCounts.From(c.Sources), c.Latest, $"{ClaimsRoute}/{c.Id}"))
            .ToList();
        return TypedResults.Ok(new ClaimList(items, found.Page, found.PageSize, found.Total,
            found.HasNext ? Link(found.Page + 1) : null, found.HasPrevious ? Link(found.Page - 1) : null));
    }

    private static async Task<Results<Ok<ClaimBody>, ProblemHttpResult>> GetClaimAsync(
        int id, [FromServices] TrackerDbContext db, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, Supplier = new ActorLink(c.SupplierId, c.Supplier.Name), Recipient = new ActorLink(c.RecipientId, c.Recipient.Name),
                c.Item, c.Category, c.Quantity, c.MergedIntoId, c.StatusOverride,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (claim is null)
        {
            return NotFound("claim", id);
        }
        var stances = await db.Stances.IgnoreQueryFilters([TrackerDbContext.HiddenStancesQuotes]).Visible().AsNoTracking()
            .Where(s => s.ClaimId == id)
            .OrderBy(s => s.Article.PublishedOn).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, Actor = new ActorLink(s.ActorId, s.Actor.Name), s.Value, s.ArticleId, s.Article.Headline,
                Outlet = s.Article.Outlet == null ? null : s.Article.Outlet.Name, s.Article.PublishedOn,
                Quotes = s.Evidence.OrderBy(e => e.Position).Select(e => new Quote(e.Start, e.End, e.Text)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var tallies = await db.Stances.Where(s => s.ClaimId == id).TallyByClaimAsync(cancellationToken);
        var tally = tallies.GetValueOrDefault(id, SourceTally.None);
        return TypedResults.Ok(new ClaimBody(claim.Id, claim.Supplier, claim.Recipient, claim.Item, claim.Category, claim.Quantity,
            Display.Status(claim.StatusOverride ?? tally.Status), SourceCounts.From(tally), claim.MergedIntoId,
            stances.Select(s => new ClaimStance(s.Id, s.Actor, Display.Stance(s.Value), s.ArticleId, s.Headline, s.Outlet, s.PublishedOn,
                s.Quotes)).ToList()));
    }

    private static async Task<Results<Ok<ArticleBody>, ProblemHttpResult>> GetArticleAsync(
        int id, [FromServices] TrackerDbContext db, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Headline,
                Outlet = a.Outlet == null ? null : a.Outlet.Name,
                Publisher = a.Publisher == null ? null : a.Publisher.Name,
                a.Url, a.PublishedOn, a.Authors, a.Dateline, a.ImportedAt, a.CopyOfId, a.Text,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound("article", id);
        }
        var stances = await db.Stances.Visible().AsNoTracking().Where(s => s.ArticleId == id)
            .OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.ClaimId, Actor = new ActorLink(s.ActorId, s.Actor.Name), s.Value,
                Quotes = s.Evidence.OrderBy(e => e.Position).Select(e => new Quote(e.Start, e.End, e.Text)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ArticleBody(article.Id, article.Headline, article.Outlet, article.Publisher, article.Url,
            article.PublishedOn, article.Authors, article.Dateline, DateTime.SpecifyKind(article.ImportedAt, DateTimeKind.Utc),
            article.CopyOfId, article.Text,
            stances.Select(s => new ArticleStance(s.Id, s.ClaimId, s.Actor, Display.Stance(s.Value), s.Quotes)).ToList()));
    }

    private static async Task<Results<Ok<ActorBody>, ProblemHttpResult>> GetActorAsync(
        int id, [FromServices] TrackerDbContext db, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Name, a.Kind, a.Role,
                Affiliation = a.Affiliation == null ? null : new ActorLink(a.Affiliation.Id, a.Affiliation.Name),
                Aliases = a.Aliases.OrderBy(alias => alias.Name).Select(alias => alias.Name).ToList(), a.MergedIntoId,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return NotFound("actor", id);
        }
        var stances = await db.Stances.Visible().AsNoTracking().Where(s => s.ActorId == id)
            .OrderBy(s => s.ClaimId).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.ClaimId, Supplier = s.Claim.Supplier.Name, s.Claim.Item, Recipient = s.Claim.Recipient.Name, s.Value, s.ArticleId,
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ActorBody(actor.Id, actor.Name, Display.Kind(actor.Kind), actor.Role, actor.Affiliation, actor.Aliases,
            actor.MergedIntoId, stances.Select(s => new ActorStance(s.Id, s.ClaimId, ClaimText(s.ClaimId, s.Supplier, s.Item, s.Recipient),
                Display.Stance(s.Value), s.ArticleId)).ToList()));
    }

    /// <summary>As every page titles a claim: what is claimed, never a fact.</summary>
    private static string ClaimText(int id, string supplier, string item, string recipient) =>
        new ClaimTitle(id, supplier, item, recipient, SourceTally.None).Text;

    /// <summary>What is wrong with each filter, as the list page says it, keyed by parameter.</summary>
    public static ValidationProblem FilterProblem(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors, title: "The filters cannot be used", detail: string.Join(" ", errors.Values.SelectMany(m => m)));

    private static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"There is no {what} {id}.");
}

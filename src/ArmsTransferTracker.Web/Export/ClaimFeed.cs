using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Api;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Finding;
using ArmsTransferTracker.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Export;

/// <summary>
/// Atom feeds of new and changed claims, to follow them in a feed reader: <c>/feed/claims.atom</c> takes the list page's
/// filters (its sort and paging are not used), <c>/feed/claims/{id}.atom</c> follows one claim. The newest
/// <see cref="Size"/> claims by their last change come first; a claim changes when a stance on it is recorded (an import or
/// an editor's new stance) and when an editor changes it or one of its stances (history's changes, reverts included).
/// </summary>
public static class ClaimFeed
{
    public const string Route = "/feed/claims.atom";

    public const int Size = 50;

    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static string ClaimRoute(int id) => $"/feed/claims/{id}.atom";

    /// <summary>The feed of the claims one filter keeps, such as those an actor speaks of (<c>actor</c>).</summary>
    public static string For(string filter, string value) => Route + QueryString.Create(filter, value);

    public static IEndpointRouteBuilder MapClaimFeed(this IEndpointRouteBuilder app)
    {
        var feed = app.MapGroup("/feed").WithTags("Feed");
        feed.MapGet("/claims.atom", ListFeedAsync).WithName("ClaimsFeed")
            .WithSummary("An Atom feed of the claims the filters keep, the last changed first");
        feed.MapGet("/claims/{id:int}.atom", ClaimFeedAsync).WithName("ClaimFeed").WithSummary("An Atom feed of one claim");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ListFeedAsync(
        [AsParameters] ClaimFilter filter, HttpRequest request, [FromServices] TrackerDbContext db, [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (filter.ParseUnpaged(out var errors) is not { } query)
        {
            return ReadApi.FilterProblem(errors);
        }
        var values = filter.FilterValues(sorted: false);
        var origin = Origin(request);
        var entries = await EntriesAsync(db, await db.MatchingAsync(query, cancellationToken), origin, cancellationToken);
        var title = values.Count == 0 ? "Claims" : $"Claims ({string.Join("; ", values.Select(v => $"{v.Key}: {v.Value}"))})";
        var filters = QueryString.Create(values);
        return Atom(title, $"{origin}{Route}{filters}", $"{origin}/{filters}", entries, time);
    }

    private static async Task<Results<FileContentHttpResult, RedirectHttpResult, ProblemHttpResult>> ClaimFeedAsync(
        int id, HttpRequest request, [FromServices] TrackerDbContext db, [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.MergedIntoId })
            .SingleOrDefaultAsync(cancellationToken);
        if (claim is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "No such claim", detail: $"There is no claim {id}.");
        }
        // Not permanent, as on the claim page: reverting the merge brings the claim back.
        if (claim.MergedIntoId is { } survivor)
        {
            return TypedResults.Redirect(ClaimRoute(survivor));
        }
        var origin = Origin(request);
        var entries = await EntriesAsync(db, db.Claims.Where(c => c.Id == id), origin, cancellationToken);
        var title = entries.Count == 1 ? entries[0].Title.Text : $"Claim {id}";
        return Atom(title, $"{origin}{ClaimRoute(id)}", $"{origin}/claims/{id}", entries, time);
    }

    /// <summary>As the claim page writes its JSON-LD: the address the reader asked this app by.</summary>
    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    /// <summary>
    /// The last changed of <paramref name="matching"/> (by the time each keeps, <see cref="Claim.ChangedAt"/>, on an index),
    /// with their titles and why they stand as they do, in four queries: the change times, the claims, their sources and the
    /// editors' reasons.
    /// </summary>
    private static async Task<List<SyndicationItem>> EntriesAsync(
        TrackerDbContext db, IQueryable<Claim> matching, string origin, CancellationToken cancellationToken)
    {
        var latest = await matching
            .Where(c => c.ChangedAt != null)
            .OrderByDescending(c => c.ChangedAt)
            .ThenByDescending(c => c.Id)
            .Take(Size)
            .Select(c => new { c.Id, Changed = c.ChangedAt })
            .ToListAsync(cancellationToken);
        var ids = latest.Select(c => c.Id).ToList();
        var claims = (await db.FindByIdsAsync(ids, cancellationToken)).ToDictionary(c => c.Id);
        var sources = (await db.Stances.Visible().AsNoTracking()
                .Where(s => ids.Contains(s.ClaimId))
                .Select(s => new
                {
                    s.ClaimId, s.ActorId, Story = s.Article.CopyOfId ?? s.ArticleId, s.Value, s.Actor.AffiliationId, s.Actor.Kind,
                })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ClaimId);
        var overrides = await db.Claims.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.StatusOverride != null)
            .ToDictionaryAsync(c => c.Id, c => c.StatusOverrideReason!, cancellationToken);
        return latest.Where(c => claims.ContainsKey(c.Id)).Select(c =>
        {
            var claim = claims[c.Id];
            var reason = StatusReason.Explain(sources[c.Id]
                .Select(s => new CountedSource(
                    s.Value, CountedSource.SideOf(s.ActorId, s.AffiliationId, claim.SupplierId, claim.RecipientId),
                    s.Kind == ActorKind.Government))
                .ToList());
            // The database hands times back without their kind; they are stored in UTC.
            var changed = DateTime.SpecifyKind(c.Changed!.Value, DateTimeKind.Utc);
            return Entry(claim, reason, overrides.GetValueOrDefault(claim.Id), changed, origin);
        }).ToList();
    }

    private static SyndicationItem Entry(FoundClaim claim, string reason, string? editorsReason, DateTime changed, string origin)
    {
        var title = new ClaimTitle(claim.Id, claim.Supplier, claim.Item, claim.Recipient, claim.Sources) { Override = claim.Override };
        var status = Display.Status(claim.Status);
        var why = editorsReason is null
            ? $"Status: {status} ({reason})."
            : $"Status: {status}, set by an editor: {editorsReason} (the sources: {reason}).";
        var counts = $"{claim.Sources.Supports} supporting, {claim.Sources.Denies} denying, {claim.Sources.Neutral} neutral";
        var url = $"{origin}{title.Href}";
        return new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(title.TextWithStatus),
            LastUpdatedTime = changed,
            Summary = new TextSyndicationContent($"{why} Independent sources: {counts}."),
            Links = { SyndicationLink.CreateAlternateLink(new Uri(url), "text/html") },
        };
    }

    /// <summary>The feed as Atom 1.0; it was last updated when its newest entry was (an empty feed: now).</summary>
    private static FileContentHttpResult Atom(
        string title, string self, string page, IReadOnlyList<SyndicationItem> entries, TimeProvider time)
    {
        var feed = new SyndicationFeed(entries)
        {
            Id = self,
            Title = new TextSyndicationContent($"{title} · Arms Transfer Tracker"),
            LastUpdatedTime = entries.Count == 0 ? time.GetUtcNow() : entries.Max(e => e.LastUpdatedTime),
            Authors = { new SyndicationPerson { Name = "Arms Transfer Tracker" } },
            Links =
            {
                SyndicationLink.CreateSelfLink(new Uri(self), "application/atom+xml"),
                SyndicationLink.CreateAlternateLink(new Uri(page), "text/html"),
            },
        };
        using var buffer = new MemoryStream();
        // Into memory, then sent whole: the formatter writes synchronously, which the server does not allow on a response.
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return TypedResults.Bytes(buffer.ToArray(), ContentType);
    }
}

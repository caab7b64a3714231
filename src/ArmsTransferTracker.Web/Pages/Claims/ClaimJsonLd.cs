using System.Text.Json;
using System.Text.Json.Nodes;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Pages.Claims;

/// <summary>
/// The claim page as schema.org ClaimReview-style JSON-LD: the Claim, the articles it appears in, and each attributed
/// stance as a Quotation spoken by its actor, with a "stance" of its own (no fact-checking schema has one).
/// </summary>
public static class ClaimJsonLd
{
    // The default encoder escapes <, > and &, so no text of an article can close the script element that holds this.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Write(
        string origin, DetailsModel.ClaimView claim, ClaimStatus status, string reason, IEnumerable<DetailsModel.StanceRow> stances)
    {
        var rows = stances.OrderBy(s => s.ArticleId).ThenBy(s => s.Id).ToList();
        var claimText = $"{claim.Supplier} sent {claim.Item} to {claim.Recipient}";
        var appearances = rows
            .GroupBy(s => s.ArticleId)
            .Select(article => Appearance(origin, article.First()))
            .ToArray<JsonNode?>();
        var quotations = rows.Select(s => Quotation(origin, s)).ToArray<JsonNode?>();
        var document = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = $"{origin}/claims/{claim.Id}",
            ["claimReviewed"] = claimText,
            ["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["alternateName"] = Display.Status(status),
                ["ratingExplanation"] = reason,
            },
            ["itemReviewed"] = new JsonObject
            {
                ["@type"] = "Claim",
                ["text"] = claimText,
                ["appearance"] = new JsonArray(appearances),
                ["quotation"] = new JsonArray(quotations),
            },
        };
        return document.ToJsonString(Json);
    }

    private static JsonObject Appearance(string origin, DetailsModel.StanceRow stance)
    {
        var page = $"{origin}/articles/{stance.ArticleId}";
        var appearance = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["@id"] = page,
            ["url"] = WebAddress(stance.ArticleUrl) ?? page,
            ["headline"] = stance.Headline,
        };
        if (stance.PublishedOn is { } published)
        {
            appearance["datePublished"] = Display.IsoDate(published);
        }
        if (stance.Outlet is not null)
        {
            appearance["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = stance.Outlet };
        }
        return appearance;
    }

    private static JsonObject Quotation(string origin, DetailsModel.StanceRow stance) => new()
    {
        ["@type"] = "Quotation",
        ["spokenByCharacter"] = new JsonObject
        {
            ["@type"] = stance.ActorKind == ActorKind.Person ? "Person" : "Organization",
            ["name"] = stance.ActorName,
        },
        ["stance"] = Display.Stance(stance.Value),
        ["text"] = new JsonArray(stance.Evidence.Select(e => (JsonNode?)e.Text).ToArray()),
        ["isPartOf"] = new JsonObject { ["@id"] = $"{origin}/articles/{stance.ArticleId}" },
    };

    /// <summary>The article's own address, when it is a web address a reader can follow.</summary>
    private static string? WebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address)
        && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)
            ? address.AbsoluteUri
            : null;
}

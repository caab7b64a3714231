using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

/// <summary>
/// Articles about one drone claim of a test's own countries ("Freedonia {tag}" to "Sylvania {tag}"), each voice a sentence
/// of its own, so that tests share no claim and a test says only who takes which stance.
/// </summary>
public static class ClaimStories
{
    public sealed record Voice(ExtractedActor Actor, StanceValue Value, string Sentence);

    public static string Supplier(string tag) => $"Freedonia {tag}";

    public static string Recipient(string tag) => $"Sylvania {tag}";

    /// <summary>Someone who speaks for neither party.</summary>
    public static ExtractedActor Outsider(string name) => new(name, ActorKind.Person, "Analyst", null);

    public static ExtractedActor SupplierGovernment(string tag) =>
        new($"Freedonian ministry {tag}", ActorKind.Government, null, Supplier(tag));

    public static ExtractedActor RecipientOfficial(string tag) =>
        new($"Sylvanian envoy {tag}", ActorKind.Person, "Envoy", Recipient(tag));

    public static ExtractedArticle Article(
        string tag, string headline, DateOnly? published, IReadOnlyList<Voice> voices, string masthead = "")
    {
        var text = $"{masthead}{headline}\n\n" + string.Concat(voices.Select(v => v.Sentence + "\n\n"));
        return new ExtractedArticle(
            new ArticleDocument(
                new ArticleMetadata(headline, $"Courier {tag}", null, $"https://example.org/{Uri.EscapeDataString(headline)}",
                    published, [], null),
                text),
            [
                new ExtractedClaim(Supplier(tag), Recipient(tag), "drones", Categories.Drone, null,
                    voices.Select(v => new ExtractedStance(v.Actor, v.Value, [Samples.Span(text, v.Sentence)])).ToList()),
            ]);
    }

    public static Task<int> ClaimIdAsync(this TrackerFactory factory, string tag) =>
        factory.QueryAsync(db => db.Claims
            .Where(c => c.Supplier.Name == Supplier(tag) && c.Category == Categories.Drone)
            .Select(c => c.Id)
            .SingleAsync());
}

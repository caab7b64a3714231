using System.Text;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>Hand-built extractions of two invented articles about invented countries, so they never meet the seeds' real claims.</summary>
public static class Samples
{
    public const string Freedonia = "Freedonia";
    public const string Sylvania = "Sylvania";

    public const string TextA =
        "Freedonia sent attack drones to Sylvania, minister says\n\n" +
        "Freedonia has shipped dozens of attack drones to Sylvania, Foreign Minister Rufus Firefly said on Monday.\n\n" +
        "Sylvania's embassy denied receiving any drones from Freedonia.\n\n" +
        "Ambassador Trentino, a spokesperson for the Grand Council, declined to comment on the reports.\n";

    public const string TextB =
        "Drones and shells flow to Sylvania\n\n" +
        "Foreign Minister Firefly confirmed that Freedonian drones reached Sylvania last week.\n\n" +
        "Freedonia also delivered artillery shells to Sylvania, according to Grand Council officials.\n";

    public static readonly ExtractedActor Firefly =
        new("Rufus Firefly", ActorKind.Person, "Foreign Minister", Freedonia) { Aliases = ["Firefly"] };
    public static readonly ExtractedActor Embassy = new("Sylvania's embassy", ActorKind.Government, null, Sylvania);
    public static readonly ExtractedActor Trentino =
        new("Trentino", ActorKind.Person, "Spokesperson for the Grand Council", Sylvania) { Aliases = ["Ambassador Trentino"] };
    public static readonly ExtractedActor CouncilOfficials = new("Grand Council officials", ActorKind.Officials, null, null);

    /// <summary>Daily Freedonian, 10 Sept 2024: one drone claim with a supporting, a denying and a neutral source.</summary>
    public static ExtractedArticle ArticleA() => new(
        new ArticleDocument(
            new ArticleMetadata(
                "Freedonia sent attack drones to Sylvania, minister says",
                "Daily Freedonian",
                null,
                "https://example.org/freedonia-drones",
                new DateOnly(2024, 9, 10),
                ["Groucho Writer"],
                "FREEDONIA CITY"),
            TextA),
        [
            new ExtractedClaim(Freedonia, Sylvania, "attack drones", Categories.Drone, "dozens",
            [
                new ExtractedStance(Firefly, StanceValue.Supports,
                [
                    Span(TextA, "Freedonia sent attack drones to Sylvania"),
                    Span(TextA, "Freedonia has shipped dozens of attack drones to Sylvania"),
                ]),
                new ExtractedStance(Embassy, StanceValue.Denies,
                    [Span(TextA, "Sylvania's embassy denied receiving any drones from Freedonia")]),
                new ExtractedStance(Trentino, StanceValue.Neutral, [Span(TextA, "declined to comment on the reports")]),
            ]),
        ]);

    /// <summary>Marxonia Times as printed by Wire Service Weekly, 12 Sept 2024: the same drone claim again, and a shells claim.</summary>
    public static ExtractedArticle ArticleB() => new(
        new ArticleDocument(
            new ArticleMetadata(
                "Drones and shells flow to Sylvania", "Marxonia Times", "Wire Service Weekly", null, new DateOnly(2024, 9, 12), [], null),
            TextB),
        [
            new ExtractedClaim(Freedonia, Sylvania, "drones", Categories.Drone, null,
            [
                new ExtractedStance(Firefly with { Aliases = ["Foreign Minister Firefly"] }, StanceValue.Supports,
                    [Span(TextB, "Foreign Minister Firefly confirmed that Freedonian drones reached Sylvania")]),
            ]),
            new ExtractedClaim(Freedonia, Sylvania, "artillery shells", Categories.ArtilleryAmmunition, null,
            [
                new ExtractedStance(CouncilOfficials, StanceValue.Supports,
                    [Span(TextB, "Freedonia also delivered artillery shells to Sylvania")]),
            ]),
        ]);

    /// <summary>An article with no claims whose headline and text look like markup.</summary>
    public static ExtractedArticle MarkupArticle(string text) => new(
        new ArticleDocument(new ArticleMetadata("<b>Markup</b> & more", null, null, "javascript:alert(1)", null, [], null), text),
        []);

    /// <summary>The span of the first occurrence of <paramref name="quote"/> in <paramref name="text"/>.</summary>
    public static EvidenceSpan Span(string text, string quote)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{quote}' is not in the text.", nameof(quote));
        }
        return new EvidenceSpan(quote, start, start + quote.Length);
    }

    /// <summary>The bytes an extraction could have come from: its text as UTF-8.</summary>
    public static ArticleSource SourceOf(ExtractedArticle article, string fileName) =>
        new(Encoding.UTF8.GetBytes(article.Document.Text), fileName, "text/plain");
}

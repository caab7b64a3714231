using ArmsTransferTracker.Extraction.Claims;

namespace ArmsTransferTracker.Extraction.Tests;

/// <summary>A claim's item reads as the article wrote it: its case kept, a hyphenated designation whole.</summary>
public class ClaimItemTests
{
    private const string Text =
        "Air defence for Ukraine\n\n" +
        "Germany has delivered IRIS-T air defence systems to Ukraine, the defence ministry said on Friday.\n\n" +
        "The United States sent ATACMS missiles to Ukraine, Pentagon officials said.\n\n" +
        "Russia delivered S-400 systems to India, the Indian government said.\n\n" +
        "The United States sold F-35A jets to Poland, the Polish defence ministry said.\n";

    [Fact]
    public void The_parse_engine_keeps_a_weapons_case_and_its_hyphen()
    {
        var items = ClaimPipeline.Extract(TestData.Article(Text)).Select(c => c.Item).ToList();

        items.Should().Contain(["IRIS-T", "ATACMS missiles", "S-400 systems"]);
    }

    [Fact]
    public void The_words_engine_keeps_a_weapons_case()
    {
        var items = new ClaimExtractor().Extract(TestData.Article(Text)).Select(c => c.Item).ToList();

        items.Should().Contain(["ATACMS", "S-400", "F-35A"]);
    }
}

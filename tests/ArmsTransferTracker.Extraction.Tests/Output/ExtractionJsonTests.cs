using System.Text.Json;
using ArmsTransferTracker.Extraction.Output;

namespace ArmsTransferTracker.Extraction.Tests.Output;

public class ExtractionJsonTests
{
    private const string Text = "Norland handed coastal radars to Sarvia, Defence Minister Ilse Marwick told reporters.";

    private static JsonElement OnlyStance(ExtractedStance stance)
    {
        var claim = new ExtractedClaim("Norland", "Sarvia", "coastal radars", Categories.AirDefence, null, [stance]);
        var article = new ExtractedArticle(new ArticleDocument(new ArticleMetadata(null, null, null, null, null, [], null), Text), [claim]);
        using var json = JsonDocument.Parse(ExtractionJson.ToJson([("n.txt", article)]));
        return json.RootElement.GetProperty("articles")[0].GetProperty("claims")[0].GetProperty("stances")[0].Clone();
    }

    private static ExtractedStance Marwick(double confidence, params string[] rules) =>
        new(new ExtractedActor("Ilse Marwick", ActorKind.Person, "Defence Minister", "Norland"), StanceValue.Supports,
            [new EvidenceSpan(Text[..39], 0, 39)])
        {
            Confidence = confidence,
            Rules = rules,
        };

    [Fact]
    public void A_stance_carries_its_confidence_to_two_decimals_and_its_rules_in_order_beside_the_format_fields()
    {
        var stance = OnlyStance(Marwick(0.8349, "reporting-verb-subject", "giver-subject"));

        stance.GetProperty("actor").GetString().Should().Be("Ilse Marwick");
        stance.GetProperty("stance").GetString().Should().Be("supports");
        stance.GetProperty("confidence").GetDouble().Should().Be(0.83);
        stance.GetProperty("rules").EnumerateArray().Select(r => r.GetString()).Should().Equal("reporting-verb-subject", "giver-subject");
        stance.GetProperty("evidence")[0].GetProperty("text").GetString().Should().Be("Norland handed coastal radars to Sarvia");
    }

    [Theory]
    [InlineData(0.125, 0.13)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.0, 0.0)]
    public void The_confidence_is_rounded_to_two_decimals_halves_upward(double confidence, double printed) =>
        OnlyStance(Marwick(confidence)).GetProperty("confidence").GetDouble().Should().Be(printed);

    [Fact]
    public void A_stance_no_named_rule_produced_has_an_empty_rules_array() =>
        OnlyStance(Marwick(0.5)).GetProperty("rules").GetArrayLength().Should().Be(0);
}

using ArmsTransferTracker.Extraction.Rules;
using ArmsTransferTracker.Extraction.Transfers;

namespace ArmsTransferTracker.Extraction.Tests.Transfers;

/// <summary>
/// Every rule of the transfer stage fires on its example: run through the stages, the example makes a frame that names
/// the rule. The argument, mood and negation rules bring their own example; the rules FrameReader names by string
/// have none, and are given one here, in our own words.
/// </summary>
public class FrameRuleExampleTests
{
    // Rules that find their trigger tells no transfer: their example makes no frame, where the rules after them make one.
    private static readonly HashSet<string> StoppingRules =
    [
        "bearing-arms", "goods-reaching-a-figure", "reaching-a-person", "reaching-a-judgement", "correction-giving-details",
        "purchase-of-goods-is-a-deal", "goods-of-no-arms",
    ];

    private static readonly Dictionary<string, string> Examples = new(
        FrameRules.Arguments.Cast<IRule>().Where(r => !StoppingRules.Contains(r.Name)).Concat(MoodRules.Moods).Concat(MoodRules.Negations)
            .Select(r => KeyValuePair.Create(r.Name, r.Example))
            .Append(KeyValuePair.Create("made-in-goods", "Houthi fighters launched Iranian-made drones at ships, the navy said."))
            .Append(KeyValuePair.Create("origin-of-goods", "Serbian shells reached Ukraine through intermediaries."))
            .Append(KeyValuePair.Create("giver-in-relative-clause",
                "The Leopard tanks that Spain promised to Ukraine have been handed over."))
            .Append(KeyValuePair.Create("holder-of-the-goods",
                "Sudanese officials said the RSF had used Chinese-made drones supplied by the UAE."))
            .Append(KeyValuePair.Create("buyer-of-the-goods", "Oman has handed over the first two of six patrol boats bought by Tanzania."))
            .Append(KeyValuePair.Create("goods-a-carrier-carries",
                "Two trucks carrying 900 rifles have crossed from Uganda into South Sudan."))
            .Append(KeyValuePair.Create("goods-with-their-own-source",
                "Niger took delivery of four drones from Ankara and six trucks from Paris, the ministry said."))
            .Append(KeyValuePair.Create("gapped-destinations",
                "Norway has delivered four patrol boats to Ghana and two to Togo, the ministry said."))
            .Append(KeyValuePair.Create("carrier-of-a-state", "The rifles arrived in Bamako on Russian military cargo planes in May."))
            .Append(KeyValuePair.Create("list-hung-on-the-verb",
                "Oman has shipped mortar rounds, light machine guns and anti-tank missiles to the Houthis since June.")));

    public static TheoryData<string> RuleNames => [.. Examples.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_fires_on_its_example(string rule) =>
        RuleExamples.AssertFires(rule, Examples[rule], [.. StageRun.Of(Examples[rule]).Frames.Select(f => (StageLines.Frame(f), f.Rules))],
            "no frame");

    public static TheoryData<string> StoppingRuleNames => [.. StoppingRules];

    [Theory]
    [MemberData(nameof(StoppingRuleNames))]
    public void Stopping_rule_leaves_its_example_without_a_frame(string rule)
    {
        var example = FrameRules.Arguments.Single(r => r.Name == rule).Example;

        var frames = StageRun.Of(example).Frames.Select(StageLines.Frame).ToList();

        frames.Should().BeEmpty($"rule {rule} finds that \"{example}\" tells no transfer");
    }
}

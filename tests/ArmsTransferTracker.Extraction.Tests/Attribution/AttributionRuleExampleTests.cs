using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Rules;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>
/// Every rule of the attribution stage fires on its example. The speaker and cue rules bring their own example;
/// "coordinated-speakers" and "speakers-own-body", which AttributionReader names by string, are given one here, in our own
/// words.
/// </summary>
public class AttributionRuleExampleTests
{
    private static readonly Dictionary<string, string> Examples = new(
        AttributionRules.Speakers.Cast<IRule>().Concat(AttributionRules.Cues)
            .Select(r => KeyValuePair.Create(r.Name, r.Example))
            .Append(KeyValuePair.Create("coordinated-speakers", "Moscow and Minsk have both denied the shipments."))
            .Append(KeyValuePair.Create("speakers-own-body", "A navy spokesman said his service does not comment on the frigates.")));

    public static TheoryData<string> RuleNames => [.. Examples.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_fires_on_its_example(string rule) =>
        RuleExamples.AssertFires(rule, Examples[rule],
            [.. StageRun.Of(Examples[rule]).Readings.SelectMany(r =>
                r.Attributions.Select(a => (StageLines.Attribution(a, r.Frames), a.Rules)))],
            "no attribution");
}

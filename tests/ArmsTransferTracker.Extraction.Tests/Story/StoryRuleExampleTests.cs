using ArmsTransferTracker.Extraction.Rules;
using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

/// <summary>
/// Every rule of the story stage is right on its own example: a line rule calls its example line chrome (the rule
/// itself decides, not one before it), and a dateline rule cuts its example's dateline from the paragraph.
/// </summary>
public class StoryRuleExampleTests
{
    public static TheoryData<string> LineRuleNames => [.. LineRules.All.Select(r => r.Name)];

    public static TheoryData<string> DatelineRuleNames => [.. DatelineRules.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(LineRuleNames))]
    public void Line_rule_calls_its_example_chrome(string rule)
    {
        var example = LineRules.All.Single(r => r.Name == rule).Example;
        var fired = LineRules.All.Fire(new ArticleLine(example, AfterStory: true));
        var text = $"Serbia has sold mortar shells to Egypt, officials said.\n{example}\nThe shells left Belgrade in May.";
        var run = StageRun.Of(text);
        var lineStart = text.IndexOf(example, StringComparison.Ordinal);
        var kept = run.Story.Sentences.Where(s => s.End > lineStart && s.Start < lineStart + example.Length).ToList();

        var produced =
            $"the first line rule to fire was {fired?.Rule.Name ?? "none"} ({fired?.Output.Kind ?? "story line"}); the story stage kept:\n"
            + string.Join('\n', StageLines.Story(run).Select(l => $"  {l}"));
        (fired?.Rule.Name).Should().Be(rule, $"rule {rule} should call its example \"{example}\" chrome; {produced}");
        kept.Should().BeEmpty($"a chrome line is no story sentence; {produced}");
    }

    [Theory]
    [MemberData(nameof(DatelineRuleNames))]
    public void Dateline_rule_cuts_its_example_dateline(string rule)
    {
        var example = DatelineRules.All.Single(r => r.Name == rule).Example;
        var fired = DatelineRules.All.Fire(example);
        var text = $"Arms sales in the region\n{example}";
        var run = StageRun.Of(text);
        var body = run.Story.Sentences.FirstOrDefault(s => !s.IsHeadline);

        var produced = $"the first dateline rule to fire was {fired?.Rule.Name ?? "none"}"
            + (fired is { Output.Length: var length } ? $", cutting \"{example[..length]}\"" : "")
            + "; the story stage gave:\n" + string.Join('\n', StageLines.Story(run).Select(l => $"  {l}"));
        (fired?.Rule.Name).Should().Be(rule, $"rule {rule} should cut the dateline of \"{example}\"; {produced}");
        body.Should().NotBeNull($"the paragraph after the dateline is story; {produced}");
        var rest = example[fired!.Value.Output.Length..].TrimStart();
        rest.Should().NotBeEmpty($"a dateline is followed by its story; {produced}");
        text[body!.Start..].Should().StartWith(rest[..Math.Min(rest.Length, 12)], $"the story starts after the dateline; {produced}");
    }
}

using ArmsTransferTracker.Web.Cli;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class EvalRulesCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-eval-rules-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Prints_each_sets_score_line_then_one_table_with_columns_per_set_and_for_all_together()
    {
        var north = Directory.CreateDirectory(Path.Combine(_root, "north")).FullName;
        var south = Directory.CreateDirectory(Path.Combine(_root, "south")).FullName;
        var northKey = RuleSet.Write(north);
        var southKey = RuleSet.Write(south);
        var output = new StringWriter();

        // The trailing slash must not cost the set its name.
        var exitCode = await EvalRulesCommand.RunAsync(
            [north, northKey, south + "/", southKey], output, new StringWriter(), RuleSet.Extractor);

        exitCode.Should().Be(0);
        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        lines[0].Should().StartWith("north  stance F1 ").And.Contain("tp 3, fp 1, fn 0");
        lines[1].Should().StartWith("south  stance F1 ");
        RuleSet.Squeeze(lines[4]).Should().Be("north south all");
        // Together, K1.txt of north and K1.txt of south are two passages.
        RuleSet.Rows(lines).First().Should().Be("speaker-verb 3 2 1 0.67 2 3 2 1 0.67 2 6 4 2 0.67 4");
        lines.Should().NotContain("right on one passage only:", "every rule is right on a passage of each set");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_folder_without_its_key_or_no_set_at_all_is_usage_error_2(bool withFolder)
    {
        var errors = new StringWriter();

        var exitCode = await EvalRulesCommand.RunAsync(withFolder ? [_root] : [], new StringWriter(), errors, RuleSet.Extractor);

        exitCode.Should().Be(2);
        errors.ToString().Should().StartWith("usage: eval-rules DIR KEY [DIR KEY ...]");
    }
}

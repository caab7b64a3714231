using Xunit.Abstractions;

namespace ArmsTransferTracker.Extraction.Tests;

/// <summary>
/// The spec of one stage: the rows of its spec file (block format in <see cref="SpecFile"/>, line format at the top of
/// the file and in <see cref="StageLines"/>), run through every stage up to it and read as that stage's lines.
/// </summary>
public abstract class StageSpecTests(ITestOutputHelper output, string folder, string file, Func<StageRun, IEnumerable<string>> lines)
{
    [Fact]
    public void Every_supported_row_passes_and_every_known_miss_still_fails() =>
        SpecFile.Check(SpecFile.PathOf(folder, file), row => lines(StageRun.Of(row.Input, row.Outlet)), output);
}

/// <summary>What every rule-example test asserts: the rule is named among the rules of what the stage made of the example.</summary>
internal static class RuleExamples
{
    public static void AssertFires(string rule, string example, IReadOnlyList<(string Line, IReadOnlyList<string> Rules)> produced,
        string nothing)
    {
        var gave = produced.Count == 0 ? nothing : string.Join('\n', produced.Select(p => $"  {p.Line}  [{string.Join(", ", p.Rules)}]"));
        Assert.True(produced.Any(p => p.Rules.Contains(rule)),
            $"Rule {rule} does not fire on its example \"{example}\"; the stage gave:\n{gave}");
    }
}

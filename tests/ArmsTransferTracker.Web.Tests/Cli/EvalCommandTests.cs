using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-eval-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Scores_a_folder_against_its_key_listing_misses_then_the_score_line()
    {
        File.WriteAllText(Path.Combine(_root, "A1.txt"),
            "Harbour Wire\n\nOSLO — Norway has sent air defence radars to Estonia, Defence Minister Ingrid Dahl said on Monday.\n");
        File.WriteAllText(Path.Combine(_root, "key.json"), """
            {"articles": [{"file": "A1.txt"}],
             "claims": [{"supplier": "Norway", "recipient": "Estonia", "category": "air defence", "stances": [
                {"file": "A1.txt", "actor": "Ingrid Dahl", "stance": "supports"},
                {"file": "A1.txt", "actor": "Estonian officials", "stance": "denies"}]}]}
            """);
        var output = new StringWriter();

        var exitCode = await EvalCommand.RunAsync([_root, Path.Combine(_root, "key.json")], output, new StringWriter());

        exitCode.Should().Be(0);
        var lines = output.ToString().TrimEnd().Split('\n');
        lines.Should().Contain(l => l.StartsWith("MISSED  A1.txt: Estonian officials denies"));
        lines[^2].Should().StartWith("page details: date of publication right on 0 of 0");
        lines[^1].Should().StartWith("stance F1 ").And.Contain("1 files");
    }

    [Fact]
    public async Task A_missing_folder_or_key_gives_usage_and_exit_code_2() =>
        (await EvalCommand.RunAsync([Path.Combine(_root, "nowhere"), "key.json"], new StringWriter(), new StringWriter())).Should().Be(2);

    [Fact]
    public async Task A_missing_folder_is_named_as_the_articles_folder()
    {
        var errors = new StringWriter();
        File.WriteAllText(Path.Combine(_root, "key.json"), """{"articles": [], "claims": []}""");
        var folder = Path.Combine(_root, "nowhere");

        var exitCode = await EvalCommand.RunAsync([folder, Path.Combine(_root, "key.json")], new StringWriter(), errors);

        exitCode.Should().Be(2);
        errors.ToString().Trim().Should().Be(
            $"eval: the articles folder {folder} does not exist (the repository's seed articles are in seeds/).");
    }

    [Fact]
    public async Task A_missing_key_is_named_as_the_answer_key()
    {
        var errors = new StringWriter();
        var key = Path.Combine(_root, "seeds.gold.json");

        var exitCode = await EvalCommand.RunAsync([_root, key], new StringWriter(), errors);

        exitCode.Should().Be(2);
        errors.ToString().Trim().Should().Be(
            $"eval: the answer key {key} does not exist (the seeds' key is seeds/seeds.gold.json; seeds/FORMAT.md describes keys).");
    }

    [Fact]
    public async Task With_rules_a_table_after_the_score_line_counts_what_each_rule_fired_on_and_got_right()
    {
        var key = RuleSet.Write(_root);

        var (exitCode, lines) = await RunAsync(_root, key, "--rules");

        exitCode.Should().Be(0);
        var score = Array.FindIndex(lines, l => l.StartsWith("stance F1 "));
        score.Should().BeGreaterThan(0, "the misses and extras come first, as without --rules");
        lines[score].Should().Contain("tp 3, fp 1, fn 0");
        lines[score + 1].Should().BeEmpty();
        RuleSet.Squeeze(lines[score + 3]).Should().Be("rule fired right extra prec passages");
        RuleSet.Rows(lines).Should().Equal("speaker-verb 3 2 1 0.67 2", "(none) 1 1 0 1.00 1", "goods-named 1 1 0 1.00 1");
        lines.SkipWhile(l => l != "right on one passage only:").Skip(1).Select(RuleSet.Squeeze)
            .Should().Equal("(none) K2.txt", "goods-named K1.txt");
    }

    [Fact]
    public async Task Min_confidence_scores_only_the_stances_at_or_above_it()
    {
        var key = RuleSet.Write(_root);

        var (exitCode, lines) = await RunAsync(_root, key, "--min-confidence", "0.5");

        exitCode.Should().Be(0);
        lines.Should().NotContain(l => l.StartsWith("EXTRA"), "the one extra, Piet Hollar's, is below 0.5");
        lines[^1].Should().Contain("tp 3, fp 0, fn 0");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("half")]
    public async Task A_threshold_that_is_not_a_number_from_0_to_1_is_usage_error_2(string threshold)
    {
        var key = RuleSet.Write(_root);
        var errors = new StringWriter();

        var exitCode = await EvalCommand.RunAsync(
            [_root, key, "--min-confidence", threshold], new StringWriter(), errors, RuleSet.Extractor);

        exitCode.Should().Be(2);
        errors.ToString().Should().StartWith("eval: --min-confidence takes a number from 0 to 1");
    }

    private static async Task<(int ExitCode, string[] Lines)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exitCode = await EvalCommand.RunAsync(args, output, new StringWriter(), RuleSet.Extractor);
        return (exitCode, output.ToString().TrimEnd().Split(Environment.NewLine));
    }
}

/// <summary>
/// Two passages about Kestria's shells for Ostrava, their key, and a stand-in extractor whose stances name their rules, so
/// that the rule tables are checked against counts worked out by hand rather than against the engine's rules of the day.
/// </summary>
internal static class RuleSet
{
    public static readonly FixedExtractor Extractor = new(text => text.Contains("Vell")
        ?
        [
            new ExtractedClaim("Kestria", "Ostrava", "shells", Categories.ArtilleryAmmunition, null,
            [
                Stance("Anja Vell", 0.9, "speaker-verb", "goods-named"),
                Stance("Piet Hollar", 0.3, "speaker-verb"),
            ]),
        ]
        : [new ExtractedClaim("Kestria", "Ostrava", "shells", Categories.ArtilleryAmmunition, null,
            [Stance("Ostravan officials", 0.6, "speaker-verb"), Stance("Harbour Gazette", 0.8)])]);

    /// <summary>Writes K1.txt and K2.txt and their key into the folder; answers the key's path.</summary>
    public static string Write(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "K1.txt"),
            "Harbour Gazette\n\nKestria has sent shells to Ostrava, Defence Minister Anja Vell said.\n");
        File.WriteAllText(Path.Combine(folder, "K2.txt"),
            "Harbour Gazette\n\nOstravan officials confirmed the Kestrian shells had arrived.\n");
        var key = Path.Combine(folder, "key.json");
        File.WriteAllText(key, """
            {"articles": [{"file": "K1.txt"}, {"file": "K2.txt"}],
             "claims": [{"supplier": "Kestria", "recipient": "Ostrava", "category": "artillery ammunition", "stances": [
                {"file": "K1.txt", "actor": "Anja Vell", "stance": "supports"},
                {"file": "K2.txt", "actor": "Ostravan officials", "stance": "supports"},
                {"file": "K2.txt", "actor": "Harbour Gazette", "stance": "supports"}]}]}
            """);
        return key;
    }

    /// <summary>The table's rows, squeezed: the lines between the column headings and the first blank line.</summary>
    public static IEnumerable<string> Rows(string[] lines) =>
        lines.SkipWhile(l => !l.StartsWith("rule ")).Skip(1).TakeWhile(l => l.Length > 0).Select(Squeeze);

    /// <summary>A line of the table with its cells one space apart, so that tests need not count the padding.</summary>
    public static string Squeeze(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static ExtractedStance Stance(string actor, double confidence, params string[] rules) =>
        new(new ExtractedActor(actor, ActorKind.Person, null, null), StanceValue.Supports, []) { Confidence = confidence, Rules = rules };
}

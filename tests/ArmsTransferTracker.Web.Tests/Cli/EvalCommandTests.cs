using ArmsTransferTracker.Web.Cli;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-eval-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Scores_a_folder_against_its_key_listing_misses_then_the_score_line()
    {
        File.WriteAllText(Path.Combine(_root, "A1.txt"), "Harbour Wire\n\nOSLO — Norway has sent air defence radars to Estonia, Defence Minister Ingrid Dahl said on Monday.\n");
        File.WriteAllText(Path.Combine(_root, "key.json"), """
            {"articles": [{"file": "A1.txt"}],
             "claims": [{"supplier": "Norway", "recipient": "Estonia", "category": "air defence", "stances": [
                {"file": "A1.txt", "actor": "Ingrid Dahl", "stance": "supports"},
                {"file": "A1.txt", "actor": "Estonian officials", "stance": "denies"}]}]}
            """);
        var output = new StringWriter();

        var exitCode = await EvalCommand.RunAsync([_root, Path.Combine(_root, "key.json")], output);

        exitCode.Should().Be(0);
        var lines = output.ToString().TrimEnd().Split('\n');
        lines.Should().Contain(l => l.StartsWith("MISSED  A1.txt: Estonian officials denies"));
        lines[^1].Should().StartWith("stance F1 ").And.Contain("1 files");
    }

    [Fact]
    public async Task A_missing_folder_or_key_gives_usage_and_exit_code_2() =>
        (await EvalCommand.RunAsync([Path.Combine(_root, "nowhere"), "key.json"], new StringWriter())).Should().Be(2);
}

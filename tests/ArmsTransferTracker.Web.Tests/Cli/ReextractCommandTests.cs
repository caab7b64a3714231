using ArmsTransferTracker.Web.Cli;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class ReextractCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-reextract-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Every_stored_article_is_extracted_again_with_progress_and_a_summary()
    {
        var hostArgs = new[] { $"--Storage:DataDirectory={Path.Combine(_root, "data")}" };
        var articles = Path.Combine(_root, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "a.txt"), "Freedonia has delivered six patrol boats to Sylvania, the navy said.\n");
        File.WriteAllText(Path.Combine(articles, "b.txt"), "Sylvania received drones from Freedonia, officials said.\n");
        (await ImportCommand.RunAsync([articles], hostArgs, new StringWriter())).Should().Be(0);

        var output = new StringWriter();
        var exitCode = await ReextractCommand.RunAsync([], hostArgs, output);

        exitCode.Should().Be(0);
        output.ToString().Should().Contain("[2/2]").And.Contain("2 in all: 2 re-extracted");
    }

    [Fact]
    public async Task Arguments_are_refused_with_usage() =>
        (await ReextractCommand.RunAsync(["now"], [], new StringWriter())).Should().Be(2);
}

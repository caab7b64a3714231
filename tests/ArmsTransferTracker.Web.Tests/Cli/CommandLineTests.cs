using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class CommandLineTests
{
    private static readonly string[] VerbLines =
        ["users add|list|role|remove|token ...", "import PATH...", "reextract", "extract FILE...", "eval DIR KEY", "eval-rules DIR KEY",
         "bench [COUNT] [DIR]", "generate [--claims N] [--stances N] [--seed N] [--database PATH]", "train-syntax TRAIN.conllu",
         "eval-syntax FILE.conllu", "help"];

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_every_verb_with_a_line_each_on_standard_output_and_exits_zero(string word)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());

        var exitCode = await CommandLine.RunAsync([word], output, errors);

        exitCode.Should().Be(0);
        errors.ToString().Should().BeEmpty();
        var lines = output.ToString().Split(Environment.NewLine);
        foreach (var verb in VerbLines)
        {
            lines.Should().ContainSingle(l => l.StartsWith($"  {verb} ", StringComparison.Ordinal), $"{verb} has its line");
        }
    }

    [Theory]
    [InlineData("imprt")]
    [InlineData("--halp")]
    public async Task An_unknown_verb_is_named_on_standard_error_with_the_help_and_exits_non_zero(string word)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());

        var exitCode = await CommandLine.RunAsync([word, "seeds"], output, errors);

        exitCode.Should().Be(2);
        output.ToString().Should().BeEmpty();
        errors.ToString().Should().StartWith($"\"{word}\" is not a verb of this app.").And.Contain("  import PATH...");
    }

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "serve" }, true)]
    [InlineData(new[] { "serve", "--Urls=http://127.0.0.1:0" }, true)]
    [InlineData(new[] { "--Urls=http://127.0.0.1:0" }, true)]
    [InlineData(new[] { "imprt" }, false)]
    [InlineData(new[] { "--help" }, false)]
    [InlineData(new[] { "-h" }, false)]
    [InlineData(new[] { "--urls" }, false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:0" }, true)]
    [InlineData(new[] { "--help", "import" }, false)]
    public void Only_no_verb_serve_or_settings_start_the_server(string[] args, bool serves) =>
        CommandLine.Serves(args).Should().Be(serves);

    [Fact]
    public void Serve_is_not_passed_on_to_the_server() =>
        CommandLine.ServerArgs(["serve", "--Urls=http://127.0.0.1:0"]).Should().Equal("--Urls=http://127.0.0.1:0");

    [Fact]
    public async Task The_app_given_an_unknown_verb_exits_non_zero_without_creating_a_database()
    {
        var dataDirectory = Path.Combine(TrackerFactory.NewDataDirectory(), "data");
        try
        {
            var run = await AppProcess.RunAsync(
                ["imprt", "seeds"], new Dictionary<string, string> { ["Storage__DataDirectory"] = dataDirectory });

            run.ExitCode.Should().Be(2);
            run.Errors.Should().Contain("\"imprt\" is not a verb of this app.");
            Directory.Exists(dataDirectory).Should().BeFalse("nothing was started, so no database or log was made");
        }
        finally
        {
            TrackerFactory.DeleteDirectory(Path.GetDirectoryName(dataDirectory)!);
        }
    }
}

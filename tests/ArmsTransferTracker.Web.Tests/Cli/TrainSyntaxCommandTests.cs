using ArmsTransferTracker.Syntax;
using ArmsTransferTracker.Syntax.Parsing;
using ArmsTransferTracker.Syntax.Tagging;
using ArmsTransferTracker.Web.Cli;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class TrainSyntaxCommandTests : IDisposable
{
    private static readonly string Slice = Path.Combine(AppContext.BaseDirectory, "Data", "en_ewt-ud-train-first600.conllu");
    private readonly string _root = Directory.CreateTempSubdirectory("att-train-syntax-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Trains_from_a_treebank_with_progress_writes_the_model_and_scores_it_on_the_development_file()
    {
        var model = Path.Combine(_root, "small.syntax");
        var output = new StringWriter();
        // Few epochs and folds: the command is under test here, not the model's accuracy.
        var quick = new SyntaxTrainingOptions(
            new TaggerTrainingOptions(Epochs: 2, Folds: 2),
            new TaggerTrainingOptions(Epochs: 2, Folds: 2),
            new ParserTrainingOptions(Epochs: 2),
            Folds: 2);

        var exitCode = TrainSyntaxCommand.Run([Slice, "--dev", Slice, "--out", model], output, new StringWriter(), quick);

        exitCode.Should().Be(0);
        var lines = output.ToString().TrimEnd().Split('\n');
        lines[0].Should().StartWith("train-syntax: 600 sentences, ");
        lines.Should().Contain(l => l.Contains("] tagger, first pass, epoch 2 of 2"));
        lines.Should().Contain(l => l.Contains("] parser: epoch 2 of 2"));
        lines.Should().Contain(l => l.StartsWith($"train-syntax: wrote {model} ("));
        lines[^1].Should().MatchRegex(@"^en_ewt-ud-train-first600\.conllu: UPOS \d+\.\d\d UAS \d+\.\d\d LAS \d+\.\d\d tokens/s \d+$");
        SyntaxModel.Load(model).Parse(["Iran", "sent", "drones", "."]).Words.Should().HaveCount(4);
    }

    [Fact]
    public void Bad_arguments_give_the_usage_and_a_missing_treebank_is_named()
    {
        var errors = new StringWriter();

        TrainSyntaxCommand.Run([], new StringWriter(), errors).Should().Be(2);
        TrainSyntaxCommand.Run([Slice, "--epochs"], new StringWriter(), errors).Should().Be(2);
        TrainSyntaxCommand.Run([Path.Combine(_root, "none.conllu")], new StringWriter(), errors).Should().Be(2);

        errors.ToString().Should().StartWith("usage: train-syntax TRAIN.conllu").And.Contain("no such file: ").And.Contain("none.conllu");
    }
}

using System.Diagnostics;
using ArmsTransferTracker.Syntax;
using ArmsTransferTracker.Syntax.Evaluation;
using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>train-syntax TRAIN.conllu [--dev DEV.conllu] [--out FILE]</c>: trains the tagger, supertagger and parser from a
/// treebank, reporting each step, writes the model file, and scores it on the development file when one is given.
/// Without --out the model replaces the one the library ships, when run from the repository's top folder.
/// </summary>
public static class TrainSyntaxCommand
{
    private const string ShippedModel = "src/ArmsTransferTracker.Syntax/Data/Model/english.syntax";
    private const string Usage = "usage: train-syntax TRAIN.conllu [--dev DEV.conllu] [--out FILE]   "
        + "(e.g. ../shared/treebank/en_ewt-ud-train.conllu --dev ../shared/treebank/en_ewt-ud-dev.conllu)";

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    internal static int Run(string[] args, TextWriter output, TextWriter errors) =>
        Run(args, output, errors, SyntaxTrainingOptions.Default);

    internal static int Run(string[] args, TextWriter output, TextWriter errors, SyntaxTrainingOptions options)
    {
        if (!TryParse(args, out var train, out var dev, out var model))
        {
            errors.WriteLine(Usage);
            return 2;
        }
        var missing = new[] { train, dev }.FirstOrDefault(f => f is not null && !File.Exists(f));
        if (missing is not null)
        {
            errors.WriteLine($"train-syntax: no such file: {missing}");
            return 2;
        }
        var outFile = model ?? (Directory.Exists(Path.GetDirectoryName(ShippedModel)) ? ShippedModel : "english.syntax");

        var clock = Stopwatch.StartNew();
        var sentences = ConlluReader.ReadFile(train!);
        output.WriteLine($"train-syntax: {sentences.Count:N0} sentences, {sentences.Sum(s => s.Words.Count):N0} words from {train}");
        // Progress arrives from the training threads; one lock keeps the lines whole.
        var gate = new object();
        var progress = new SynchronousProgress(line => { lock (gate) output.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {line}"); });
        var trained = SyntaxTrainer.Train(sentences, options, progress);
        using (var file = File.Create(outFile)) trained.Save(file);
        output.WriteLine($"train-syntax: wrote {outFile} ({new FileInfo(outFile).Length / 1e6:F1} MB) in {clock.Elapsed:hh\\:mm\\:ss}");
        if (dev is not null)
        {
            output.WriteLine($"{Path.GetFileName(dev)}: {SyntaxEvaluator.Evaluate(trained, ConlluReader.ReadFile(dev))}");
        }
        return 0;
    }

    private static bool TryParse(string[] args, out string? train, out string? dev, out string? model)
    {
        train = dev = model = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dev" when i + 1 < args.Length: dev = args[++i]; break;
                case "--out" when i + 1 < args.Length: model = args[++i]; break;
                case var path when !path.StartsWith("--", StringComparison.Ordinal) && train is null: train = path; break;
                default: return false;
            }
        }
        return train is not null;
    }

    // Progress<T> posts to the thread pool, so lines could arrive late or out of order; this reports at once.
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}

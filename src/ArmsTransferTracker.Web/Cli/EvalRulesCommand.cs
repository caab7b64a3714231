using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Evaluation;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>eval-rules DIR KEY [DIR KEY ...] [--engine words|parse] [--min-confidence X]</c>: scores several sets as <c>eval</c>
/// does, prints each set's score line, then one table of how each rule did with a group of columns per set and one for
/// all together,
/// so that a rule is judged on every set at once rather than tuned to one.
/// </summary>
public static class EvalRulesCommand
{
    private const string Usage = "usage: eval-rules DIR KEY [DIR KEY ...] [--engine words|parse] [--min-confidence X]   "
        + "(e.g. ../shared/dev ../shared/dev/dev.gold.json ../shared/dev2 ../shared/dev2/dev2.gold.json)";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <param name="extractor">The engine, or a stand-in whose answer a test chooses.</param>
    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, ArticleExtractor? extractor = null)
    {
        if (!EngineOption.TryTake(args, out var options, out var engine, out var error)
            || !MinConfidenceOption.TryTake(options, out var paths, out var minConfidence, out error))
        {
            await errors.WriteLineAsync($"eval-rules: {error}");
            return 2;
        }
        var pairs = paths.Chunk(2).ToList();
        if (pairs.Count == 0 || pairs.Any(p => p.Length != 2))
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        if (pairs.SelectMany(p => EvalCommand.MissingPaths("eval-rules", p[0], p[1])).ToList() is { Count: > 0 } missing)
        {
            await errors.WriteLineAsync(string.Join(Environment.NewLine, missing));
            return 2;
        }

        extractor ??= new ArticleExtractor(engine);
        var sets = new List<(string Set, ScoreReport Report)>();
        var nameWidth = pairs.Max(p => EvalCommand.SetName(p[0]).Length);
        foreach (var pair in pairs)
        {
            var (gold, report, _) = await EvalCommand.ScoreAsync(pair[0], pair[1], minConfidence, extractor, errors);
            var name = EvalCommand.SetName(pair[0]);
            await output.WriteLineAsync($"{name.PadRight(nameWidth)}  {report.Summary(gold.Files.Count)}");
            sets.Add((name, report));
        }
        await output.WriteLineAsync();
        RuleTable.Write(output, sets);
        return 0;
    }
}

using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Evaluation;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>eval DIR KEY [--rules] [--engine words|parse] [--min-confidence X]</c>: extracts every article in a folder and scores
/// the result against an answer key the way shared/eval/score.py does: the misses and extras, how many pages' dates,
/// headlines and writers were read right, then precision, recall, F1 and category accuracy;
/// with --rules, then how each of the engine's rules did (see <see cref="RuleTable"/>).
/// </summary>
public static class EvalCommand
{
    private const string Usage = "usage: eval DIR KEY [--rules] [--engine words|parse] [--min-confidence X]   "
        + "(a folder of .txt/.html articles and its answer key, e.g. seeds seeds/seeds.gold.json)";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <param name="extractor">The engine, or a stand-in whose answer a test chooses.</param>
    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, ArticleExtractor? extractor = null)
    {
        if (!EngineOption.TryTake(args, out var options, out var engine, out var error)
            || !MinConfidenceOption.TryTake(options, out var rest, out var minConfidence, out error))
        {
            await errors.WriteLineAsync($"eval: {error}");
            return 2;
        }
        var withRules = rest.Contains("--rules");
        var paths = rest.Where(a => a != "--rules").ToArray();
        if (paths.Length != 2)
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        if (MissingPaths("eval", paths[0], paths[1]) is { Count: > 0 } missing)
        {
            await errors.WriteLineAsync(string.Join(Environment.NewLine, missing));
            return 2;
        }

        var (gold, report, articles) =
            await ScoreAsync(paths[0], paths[1], minConfidence, extractor ?? new ArticleExtractor(engine), errors);
        foreach (var miss in report.Misses)
        {
            await output.WriteLineAsync($"MISSED  {miss}");
        }
        foreach (var extra in report.Extras)
        {
            await output.WriteLineAsync($"EXTRA   {extra}");
        }
        if (gold.Articles.Count > 0)
        {
            await output.WriteLineAsync(MetadataScore.Of(gold, articles).Summary());
        }
        await output.WriteLineAsync(report.Summary(gold.Files.Count));
        if (withRules)
        {
            await output.WriteLineAsync();
            RuleTable.Write(output, [(SetName(paths[0]), report)]);
        }
        return 0;
    }

    /// <summary>
    /// Extracts the articles of a folder, leaves out stances below the threshold, and scores them against the key; the
    /// articles come back too, by file name.
    /// </summary>
    internal static async Task<(GoldKey Gold, ScoreReport Report, IReadOnlyList<(string File, ExtractedArticle Article)> Articles)>
        ScoreAsync(string folder, string keyFile, double minConfidence, ArticleExtractor extractor, TextWriter errors)
    {
        var gold = GoldKey.Load(keyFile);
        var predictions = new List<(string, ExtractedArticle)>();
        var files = Directory.EnumerateFiles(folder).Where(f => ArticleDecoder.KindOf(f, null) is not null).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (ArticleDecoder.TryReadFile(file, out var decoded, out var refusal))
            {
                var article = ConfidenceFilter.Apply(extractor.Extract(decoded.Text, decoded.Kind), minConfidence);
                predictions.Add((Path.GetFileName(file), article));
            }
            else
            {
                await errors.WriteLineAsync($"eval: {file}: {refusal}");
            }
        }
        return (gold, Scorer.Score(gold, predictions), predictions);
    }

    /// <summary>What is missing of a set's folder and answer key, each in words; empty when both are there.</summary>
    internal static List<string> MissingPaths(string verb, string folder, string keyFile)
    {
        var missing = new List<string>();
        if (!Directory.Exists(folder))
        {
            missing.Add($"{verb}: the articles folder {folder} does not exist (the repository's seed articles are in seeds/).");
        }
        if (!File.Exists(keyFile))
        {
            missing.Add($"{verb}: the answer key {keyFile} does not exist "
                + "(the seeds' key is seeds/seeds.gold.json; seeds/FORMAT.md describes keys).");
        }
        return missing;
    }

    /// <summary>A set is named by its folder: "dev" for ../shared/dev/.</summary>
    internal static string SetName(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
}

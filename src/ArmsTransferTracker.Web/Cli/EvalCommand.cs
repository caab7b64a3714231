using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Evaluation;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>eval DIR KEY</c>: extracts every article in a folder and scores the result against an answer key the way
/// shared/eval/score.py does: the misses and extras, then precision, recall, F1 and category accuracy.
/// </summary>
public static class EvalCommand
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out);

    internal static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args.Length != 2 || !Directory.Exists(args[0]) || !File.Exists(args[1]))
        {
            await Console.Error.WriteLineAsync("usage: eval DIR KEY   (a folder of .txt/.html articles and its answer key, e.g. ../shared/dev ../shared/dev/dev.gold.json)");
            return 2;
        }

        var gold = GoldKey.Load(args[1]);
        var extractor = new ArticleExtractor();
        var predictions = new List<(string, ExtractedArticle)>();
        foreach (var file in Directory.EnumerateFiles(args[0]).Where(f => ArticleDecoder.KindOf(f, null) is not null).Order(StringComparer.Ordinal))
        {
            if (ArticleDecoder.TryReadFile(file, out var decoded, out var refusal))
            {
                predictions.Add((Path.GetFileName(file), extractor.Extract(decoded.Text, decoded.Kind)));
            }
            else
            {
                await Console.Error.WriteLineAsync($"eval: {file}: {refusal}");
            }
        }

        var report = Scorer.Score(gold, predictions);
        foreach (var miss in report.Misses)
        {
            await output.WriteLineAsync($"MISSED  {miss}");
        }
        foreach (var extra in report.Extras)
        {
            await output.WriteLineAsync($"EXTRA   {extra}");
        }
        await output.WriteLineAsync(report.Summary(gold.Files.Count));
        return 0;
    }
}

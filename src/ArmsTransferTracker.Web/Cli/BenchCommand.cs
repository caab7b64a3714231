using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>bench [COUNT] [DIR]</c>: extraction throughput on one core over COUNT articles (default 1,000): generated ones, or
/// the .txt files of DIR taken in turn until there are COUNT (e.g. the development passages).
/// </summary>
public static class BenchCommand
{
    public static Task<int> RunAsync(string[] options)
    {
        if (!EngineOption.TryTake(options, out var args, out var engine, out var error))
        {
            Console.Error.WriteLine($"bench: {error}");
            return Task.FromResult(2);
        }
        var count = 1000;
        if (args.Length > 2
            || (args.Length > 0
                && (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1))
            || (args.Length == 2 && !Directory.Exists(args[1])))
        {
            Console.Error.WriteLine("usage: bench [COUNT] [DIR] [--engine words|parse]   "
                + "(number of articles, default 1000; DIR: a folder of .txt articles to use instead of generated ones)");
            return Task.FromResult(2);
        }

        var articles = args.Length == 2 ? FromFolder(args[1], count) : SyntheticArticles.Generate(count);
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"bench: no .txt articles in {args[1]}");
            return Task.FromResult(2);
        }
        var bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));
        var extractor = new ArticleExtractor(engine);

        // One warm-up pass so that JIT and regex construction are not counted.
        foreach (var article in articles.Take(50))
        {
            extractor.Extract(article, ContentKind.PlainText);
        }

        var best = double.MaxValue;
        var claims = 0;
        for (var run = 0; run < 3; run++)
        {
            claims = 0;
            var clock = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                claims += extractor.Extract(article, ContentKind.PlainText).Claims.Count;
            }
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        var megabytes = bytes / 1_000_000.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} articles, {megabytes:F2} MB, {claims} claims; best of 3 runs on one thread: "
            + $"{best:F3} s, {megabytes / best:F1} MB/s, {count / best:F0} articles/s"));
        return Task.FromResult(0);
    }

    private static List<string> FromFolder(string folder, int count)
    {
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(file => ArticleDecoder.TryReadFile(file, out var decoded, out _) ? decoded.Text : null)
            .OfType<string>()
            .ToList();
        return texts.Count == 0 ? [] : Enumerable.Range(0, count).Select(i => texts[i % texts.Count]).ToList();
    }
}

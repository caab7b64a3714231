using System.Runtime;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Output;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>extract [--engine words|parse] [--min-confidence X] FILE...</c>: prints the FORMAT.md JSON of each file on standard
/// output, and nothing else there; touches no database. A file that is not an article is named on standard error and
/// left out, and the exit code is then 1. Stances below the threshold are left out, and claims left without stances.
/// </summary>
public static class ExtractCommand
{
    private const string Usage =
        "usage: extract [--engine words|parse] [--min-confidence X] FILE...   "
        + "(plain text or HTML articles; prints JSON to standard output)";

    public static async Task<int> RunAsync(string[] args)
    {
        // Most of a run's first second is compiling the engine: the methods compiled in the build's last run are compiled
        // again on another thread, ahead of their first call, while the model loads and the files are read (multi-core JIT).
        // The list is kept with the build, where it holds; where the build's folder cannot be written, nothing is kept.
        ProfileOptimization.SetProfileRoot(AppContext.BaseDirectory);
        ProfileOptimization.StartProfile("extract.jitprofile");
        await using var stdout = Console.OpenStandardOutput();
        return await RunAsync(args, stdout, Console.Error);
    }

    /// <param name="extractor">The engine, or a stand-in whose answer a test chooses.</param>
    internal static async Task<int> RunAsync(string[] args, Stream output, TextWriter errors, ArticleExtractor? extractor = null)
    {
        if (!EngineOption.TryTake(args, out var options, out var engine, out var error)
            || !MinConfidenceOption.TryTake(options, out var files, out var minConfidence, out error))
        {
            await errors.WriteLineAsync($"extract: {error}");
            return 2;
        }
        if (files.Length == 0)
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            foreach (var file in missing)
            {
                await errors.WriteLineAsync($"extract: no such file: {file}");
            }
            return 2;
        }

        var engineInUse = extractor ?? new ArticleExtractor(engine);
        // The parse engine's syntax model takes a third of a second to load, on one core: it loads while the files are read.
        if (engineInUse.Engine == ExtractionEngine.Parse) _ = Task.Run(() => SyntaxModel.English);
        // Files are read, then extracted, on every core (reader and extractor are thread-safe) and written in the order given.
        var reader = new ArticleReader();
        var documents = new (ArticleDocument? Document, string? Refusal)[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            // Decoded as an import would be (BOMs, UTF-16, Windows-1252), so the JSON shows what the store would hold.
            documents[i] = ArticleDecoder.TryReadFile(files[i], out var decoded, out var refusal)
                ? (reader.Read(decoded.Text, decoded.Kind), null)
                : (null, refusal);
        });
        var extracted = new (ExtractedArticle? Article, string? Refusal)[files.Length];
        Parallel.For(0, files.Length, i => extracted[i] = documents[i].Document is { } document
            ? Extract(engineInUse, document, minConfidence)
            : (null, documents[i].Refusal));
        var results = new List<(string, ExtractedArticle)>(files.Length);
        var refused = 0;
        for (var i = 0; i < files.Length; i++)
        {
            if (extracted[i].Article is { } article)
            {
                results.Add((files[i], article));
                continue;
            }
            await errors.WriteLineAsync($"extract: {files[i]}: {extracted[i].Refusal}");
            refused++;
        }

        ExtractionJson.Write(output, results);
        await output.WriteAsync("\n"u8.ToArray());
        return refused == 0 ? 0 : 1;
    }

    // A fault of the engine on one article is that article's error; the other files are still extracted.
    private static (ExtractedArticle? Article, string? Refusal) Extract(
        ArticleExtractor extractor, ArticleDocument document, double minConfidence)
    {
        try
        {
            return (ConfidenceFilter.Apply(extractor.Extract(document), minConfidence), null);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return (null, $"extraction failed: {error.Message}");
        }
    }
}

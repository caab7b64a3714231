using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Output;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Web.Cli;

/// <summary><c>extract FILE...</c>: prints the FORMAT.md JSON of each file on standard output, and nothing else there; touches no database.</summary>
public static class ExtractCommand
{
    public static async Task<int> RunAsync(string[] files)
    {
        if (files.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: extract FILE...   (plain text or HTML articles; prints JSON to standard output)");
            return 2;
        }

        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            foreach (var file in missing)
            {
                await Console.Error.WriteLineAsync($"extract: no such file: {file}");
            }
            return 2;
        }

        var extractor = new ArticleExtractor();
        var results = new List<(string, ExtractedArticle)>(files.Length);
        foreach (var file in files)
        {
            var content = await File.ReadAllTextAsync(file);
            results.Add((file, extractor.Extract(content, ContentKinds.FromFileName(file))));
        }

        await using var stdout = Console.OpenStandardOutput();
        ExtractionJson.Write(stdout, results);
        await stdout.WriteAsync("\n"u8.ToArray());
        return 0;
    }
}

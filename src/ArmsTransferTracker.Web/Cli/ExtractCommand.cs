using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Output;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>extract FILE...</c>: prints the FORMAT.md JSON of each file on standard output, and nothing else there; touches no
/// database. A file that is not an article is named on standard error and left out, and the exit code is then 1.
/// </summary>
public static class ExtractCommand
{
    public static async Task<int> RunAsync(string[] files)
    {
        await using var stdout = Console.OpenStandardOutput();
        return await RunAsync(files, stdout, Console.Error);
    }

    internal static async Task<int> RunAsync(string[] files, Stream output, TextWriter errors)
    {
        if (files.Length == 0)
        {
            await errors.WriteLineAsync("usage: extract FILE...   (plain text or HTML articles; prints JSON to standard output)");
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

        var extractor = new ArticleExtractor();
        var results = new List<(string, ExtractedArticle)>(files.Length);
        var refused = 0;
        foreach (var file in files)
        {
            // Decoded as an import would be (BOMs, UTF-16, Windows-1252), so the JSON shows what the store would hold.
            if (!ArticleDecoder.TryReadFile(file, out var decoded, out var refusal))
            {
                await errors.WriteLineAsync($"extract: {file}: {refusal}");
                refused++;
                continue;
            }
            results.Add((file, extractor.Extract(decoded.Text, decoded.Kind)));
        }

        ExtractionJson.Write(output, results);
        await output.WriteAsync("\n"u8.ToArray());
        return refused == 0 ? 0 : 1;
    }
}

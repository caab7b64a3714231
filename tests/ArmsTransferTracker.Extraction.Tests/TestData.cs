using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction.Tests;

/// <summary>Paths of the copied answer keys and articles, and the extraction of a whole folder.</summary>
internal static class TestData
{
    public static string Folder(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    public static string SeedsKey => Folder("seeds.gold.json");

    public static string DevKey => Folder("dev", "dev.gold.json");

    // The tests under Claims/ measure the words engine; ClaimPipelineTests measure the parse engine.
    private static readonly ArticleExtractor Extractor = new(ExtractionEngine.Words);

    /// <summary>Reads and extracts every .txt file of a folder, as the extract verb does.</summary>
    public static List<(string File, ExtractedArticle Article)> ExtractFolder(string folder, ArticleExtractor? extractor = null) =>
        Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, (extractor ?? Extractor).Extract(File.ReadAllText(f), ContentKind.PlainText)))
            .ToList();

    /// <summary>An article built by hand: its text and, optionally, the outlet that wrote it.</summary>
    public static ArticleDocument Article(string text, string? outlet = null) =>
        new(new ArticleMetadata(null, outlet, outlet, null, null, [], null), text);
}

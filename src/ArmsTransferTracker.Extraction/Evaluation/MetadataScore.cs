using System.Globalization;

namespace ArmsTransferTracker.Extraction.Evaluation;

/// <summary>How many of the articles the key dates, titles or credits the reader got right: "right of those the key gives".</summary>
public sealed record MetadataScore((int Right, int Of) Published, (int Right, int Of) Headline, (int Right, int Of) Authors)
{
    /// <summary>The line <c>eval</c> prints before the stance line.</summary>
    public string Summary() =>
        $"page details: date of publication right on {Published.Right} of {Published.Of}, headline on {Headline.Right} of "
        + $"{Headline.Of}, writers on {Authors.Right} of {Authors.Of} (of the articles the key gives them for)";

    /// <summary>Compares each extracted article's page details with the key's, field by field, where the key gives one.</summary>
    public static MetadataScore Of(GoldKey gold, IEnumerable<(string File, ExtractedArticle Article)> predictions)
    {
        var byFile = predictions.GroupBy(p => p.File).ToDictionary(g => g.Key, g => g.First().Article.Document);
        (int, int) published = (0, 0), headline = (0, 0), authors = (0, 0);
        foreach (var article in gold.Articles)
        {
            var document = byFile.GetValueOrDefault(article.File);
            if (article.Published is { Length: >= 10 } date)
            {
                var read = document?.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                published = Count(published, read == date[..10]);
            }
            if (!string.IsNullOrWhiteSpace(article.Headline))
            {
                headline = Count(headline, Same(document?.Headline, article.Headline));
            }
            if (article.Authors.Count > 0)
            {
                IEnumerable<string> readAuthors = document?.Metadata.Authors ?? [];
                authors = Count(authors, readAuthors.Select(Norm).Order(StringComparer.Ordinal)
                    .SequenceEqual(article.Authors.Select(Norm).Order(StringComparer.Ordinal)));
            }
        }
        return new MetadataScore(published, headline, authors);
    }

    private static (int, int) Count((int Right, int Of) tally, bool right) => (tally.Right + (right ? 1 : 0), tally.Of + 1);

    private static bool Same(string? read, string expected) => read is not null && Norm(read) == Norm(expected);

    // Case, the curly apostrophe and compatibility forms do not tell two headlines or names apart.
    private static string Norm(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant()
        .Replace('’', '\'');
}

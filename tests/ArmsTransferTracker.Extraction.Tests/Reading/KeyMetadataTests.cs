using System.Text.Json;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction.Tests.Reading;

/// <summary>The reader against the answer keys' metadata: every article of the seeds and the development set.</summary>
public class KeyMetadataTests
{
    public static TheoryData<string> Keys => new() { "seeds", "dev" };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Outlet_publisher_url_date_authors_headline_and_dateline_match_the_key(string set)
    {
        var (keyPath, folder) = set == "seeds" ? (TestData.SeedsKey, TestData.Folder("seeds")) : (TestData.DevKey, TestData.Folder("dev"));
        using var key = JsonDocument.Parse(File.ReadAllText(keyPath));
        var reader = new ArticleReader();
        var mismatches = new List<string>();
        var checkedArticles = 0;

        foreach (var expected in key.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = expected.GetProperty("file").GetString()!;
            var meta = reader.Read(File.ReadAllText(Path.Combine(folder, file)), ContentKind.PlainText).Metadata;
            void Compare(string field, string? actual)
            {
                if (expected.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Undefined
                    && value.GetString() != actual)
                {
                    mismatches.Add($"{file} {field}: expected '{value.GetString()}', read '{actual}'");
                }
            }
            Compare("outlet", meta.Outlet);
            Compare("publisher", meta.Publisher);
            Compare("url", meta.Url);
            Compare("published", meta.Published?.ToString("yyyy-MM-dd"));
            Compare("headline", meta.Headline);
            Compare("dateline", meta.Dateline);
            var authors = expected.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).ToList();
            if (!authors.SequenceEqual(meta.Authors))
            {
                mismatches.Add($"{file} authors: expected [{string.Join(", ", authors)}], read [{string.Join(", ", meta.Authors)}]");
            }
            checkedArticles++;
        }

        checkedArticles.Should().Be(set == "seeds" ? 2 : 150);
        mismatches.Should().BeEmpty();
    }
}

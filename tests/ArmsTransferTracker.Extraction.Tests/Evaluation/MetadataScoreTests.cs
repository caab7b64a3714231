using ArmsTransferTracker.Extraction.Evaluation;

namespace ArmsTransferTracker.Extraction.Tests.Evaluation;

public class MetadataScoreTests
{
    private const string Key = """
        {"articles": [
          {"file": "A.txt", "headline": "Norway sends radars to Estonia", "published": "2025-03-04", "authors": ["Ana Costa"]},
          {"file": "B.txt", "headline": "Chad buys rifles", "published": "2025-03-05T08:00:00", "authors": []},
          {"file": "C.txt"}],
         "claims": []}
        """;

    private static (string, ExtractedArticle) Read(string file, string? headline, DateOnly? published, params string[] authors) =>
        (file, new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata(headline, null, null, null, published, authors, null), ""), []));

    [Fact]
    public void The_key_lists_each_articles_headline_date_and_writers()
    {
        var articles = GoldKey.Parse(Key).Articles;

        articles.Should().HaveCount(3);
        articles[0].Should().BeEquivalentTo(new GoldArticle("A.txt", "Norway sends radars to Estonia", "2025-03-04", ["Ana Costa"]));
        articles[2].Should().BeEquivalentTo(new GoldArticle("C.txt", null, null, []));
    }

    [Fact]
    public void Each_detail_counts_only_the_articles_the_key_gives_it_for()
    {
        var score = MetadataScore.Of(GoldKey.Parse(Key), [
            Read("A.txt", "NORWAY SENDS RADARS TO ESTONIA", new DateOnly(2025, 3, 4), "Ana Costa"),
            Read("B.txt", "Chad buys rifles from Serbia", new DateOnly(2025, 3, 6)),
            Read("C.txt", "Anything", null, "Someone Else"),
        ]);

        score.Published.Should().Be((1, 2));
        score.Headline.Should().Be((1, 2), "case does not tell two headlines apart; other words do");
        score.Authors.Should().Be((1, 1));
    }
}

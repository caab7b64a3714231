using AngleSharp.Dom;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Pages.Articles;

public sealed class IndexTests(FreedoniaFactory factory) : IClassFixture<FreedoniaFactory>
{
    [Fact]
    public async Task Lists_the_articles_newest_first_with_outlet_publisher_date_and_claim_count()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/articles");

        document.QuerySelectorAll("h1").Should().ContainSingle().Which.TextContent.Should().Be("Articles");
        document.QuerySelector("table caption")!.Squish().Should().StartWith("Imported articles, newest first.");
        var rows = document.QuerySelectorAll("table.articles tbody tr").ToList();
        rows.Select(r => r.GetAttribute("data-article-id"))
            .Should().Contain([factory.A.ArticleId.ToString(), factory.B.ArticleId.ToString()]);

        var dates = rows.Select(r => r.QuerySelector("[data-label='Published'] time")?.GetAttribute("datetime")).ToList();
        dates.TakeWhile(d => d is not null).Should().BeInDescendingOrder()
            .And.HaveCount(dates.Count(d => d is not null), "dated articles come first, newest first");
        rows.FindIndex(r => Id(r) == factory.B.ArticleId).Should().BeLessThan(rows.FindIndex(r => Id(r) == factory.A.ArticleId));

        var b = rows.Single(r => Id(r) == factory.B.ArticleId);
        Cell(b, "Headline").Should().Be("Drones and shells flow to Sylvania");
        Cell(b, "Outlet").Should().Be("Marxonia Times");
        Cell(b, "Publisher").Should().Be("Wire Service Weekly");
        Cell(b, "Claims").Should().Be("2");
        var a = rows.Single(r => Id(r) == factory.A.ArticleId);
        Cell(a, "Publisher").Should().Be("same as outlet");
        Cell(a, "Claims").Should().Be("1");
        a.QuerySelector("th[scope=row] a")!.GetAttribute("href").Should().Be($"/articles/{factory.A.ArticleId}");
    }

    private static int Id(IElement row) =>
        int.Parse(row.GetAttribute("data-article-id")!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Cell(IElement row, string label) => row.QuerySelector($"[data-label='{label}']")!.Squish();
}

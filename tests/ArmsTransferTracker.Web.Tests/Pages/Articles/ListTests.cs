using AngleSharp.Dom;
using ArmsTransferTracker.Web.Pages;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Articles;

/// <summary>The articles list tells reprints, claimless and outlet-less articles apart, and when each came in.</summary>
public sealed class ListTests(LooseEndsFactory factory) : IClassFixture<LooseEndsFactory>
{
    [Fact]
    public async Task Each_article_shows_when_it_was_imported()
    {
        var imported = await factory.QueryAsync(db => db.Articles
            .Where(a => a.Id == factory.Original.ArticleId).Select(a => a.ImportedAt).SingleAsync());

        var row = Row(await factory.CreateClient().GetDocumentAsync("/articles"), factory.Original.ArticleId);

        Cell(row, "Imported").Should().Be(Display.Time(imported));
        row.QuerySelector("[data-label='Imported'] time")!.GetAttribute("datetime").Should().Be(Display.IsoTime(imported));
    }

    [Fact]
    public async Task A_reprint_says_which_article_it_copies_and_links_to_it()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/articles");

        var reprint = Row(document, factory.Reprint.ArticleId);
        var copyOf = reprint.QuerySelector(".copy-of")!;
        copyOf.Squish().Should().Be($"copy of {Samples.ArticleA().Document.Metadata.Headline}");
        copyOf.QuerySelector("a")!.IdFromHref("/articles/").Should().Be(factory.Original.ArticleId);
        Row(document, factory.Original.ArticleId).QuerySelector(".copy-of").Should().BeNull("the original copies nothing");
    }

    [Fact]
    public async Task An_article_with_no_claim_is_marked_and_an_unknown_outlet_leaves_the_publisher_unknown()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/articles");

        var bare = Row(document, factory.Bare.ArticleId);
        bare.ClassList.Should().Contain("no-claims");
        Cell(bare, "Claims").Should().Be("0 no claim");
        Cell(bare, "Outlet").Should().Be("unknown");
        Cell(bare, "Publisher").Should().Be("unknown", "with no outlet known, nothing says the publisher is the same");
        var original = Row(document, factory.Original.ArticleId);
        original.ClassList.Should().NotContain("no-claims");
        Cell(original, "Publisher").Should().Be("same as outlet");
        original.QuerySelector("[data-label='Outlet'] a")!.GetAttribute("href").Should().MatchRegex(@"^/outlets/\d+$");
    }

    private static IElement Row(IParentNode document, int articleId) =>
        document.QuerySelectorAll("table.articles tbody tr")
            .Should().ContainSingle(r => r.GetAttribute("data-article-id") == articleId.ToString()).Subject;

    private static string Cell(IElement row, string label) => row.QuerySelector($"[data-label='{label}']")!.Squish();
}

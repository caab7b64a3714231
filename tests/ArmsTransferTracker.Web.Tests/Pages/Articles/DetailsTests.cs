using System.Net;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Articles;

public sealed class DetailsTests(FreedoniaFactory factory) : IClassFixture<FreedoniaFactory>
{
    [Fact]
    public async Task Highlights_each_evidence_span_with_its_anchor_and_exact_text()
    {
        var stored = await factory.QueryAsync(db => db.Evidence
            .Where(e => e.Stance.ArticleId == factory.A.ArticleId)
            .Select(e => new { Anchor = "ev-" + e.StanceId + "-" + e.Position, e.Text })
            .ToListAsync());
        stored.Should().HaveCount(4);

        var document = await factory.CreateClient().GetDocumentAsync($"/articles/{factory.A.ArticleId}");

        var marks = document.QuerySelectorAll(".article-text mark");
        marks.Should().HaveCount(stored.Count);
        marks.Select(m => new { Anchor = m.Id!, Text = m.TextContent }).Should().BeEquivalentTo(stored);
    }

    [Fact]
    public async Task Renders_the_text_as_paragraphs_starting_with_the_headline()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/articles/{factory.A.ArticleId}");

        var paragraphs = document.QuerySelectorAll(".article-text .text p").Select(p => p.TextContent).ToList();
        paragraphs.Should().Equal(Samples.TextA.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        document.QuerySelectorAll("h1").Should().ContainSingle()
            .Which.TextContent.Should().Be("Freedonia sent attack drones to Sylvania, minister says");
    }

    [Fact]
    public async Task Shows_the_metadata_and_links_the_original()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/articles/{factory.A.ArticleId}");

        document.QuerySelector("dd.outlet")!.TextContent.Should().Be("Daily Freedonian");
        document.QuerySelector("dd.publisher").Should().BeNull("the outlet published it itself");
        document.QuerySelector("header time")!.GetAttribute("datetime").Should().Be("2024-09-10");
        document.QuerySelector("a.original")!.GetAttribute("href").Should().Be("https://example.org/freedonia-drones");
        document.QuerySelector("article")!.TextContent.Should().Contain("Groucho Writer").And.Contain("FREEDONIA CITY");
    }

    [Fact]
    public async Task Links_each_highlight_to_its_claim_and_actor()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/articles/{factory.A.ArticleId}");

        var entries = document.QuerySelectorAll(".evidence-list li");
        entries.Should().HaveCount(4);
        var embassy = entries.Single(e => e.QuerySelector("a.actor")!.TextContent == "Sylvania's embassy");
        embassy.QuerySelector(".stance-value")!.TextContent.Should().Be("denies");
        embassy.QuerySelector("a.claim")!.TextContent.Should().Be("Claim: Freedonia sent attack drones to Sylvania");
        embassy.QuerySelector(".claim-status")!.TextContent.Should().Be("contested");
        embassy.QuerySelector("a.claim")!.GetAttribute("href").Should().MatchRegex(@"^/claims/\d+#stance-\d+$");
        embassy.QuerySelector("a.actor")!.GetAttribute("href").Should().MatchRegex(@"^/actors/\d+$");
        var anchor = embassy.QuerySelector("a.quote")!.GetAttribute("href")!;
        document.QuerySelector(anchor)!.TextContent.Should().Be("Sylvania's embassy denied receiving any drones from Freedonia");
    }

    [Fact]
    public async Task An_evidence_entry_reads_as_a_sentence_with_no_space_before_its_colon()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/articles/{factory.A.ArticleId}");

        var embassy = document.QuerySelectorAll(".evidence-list li")
            .Single(e => e.QuerySelector("a.actor")!.TextContent == "Sylvania's embassy");
        embassy.Squish().Should().Be("Sylvania's embassy denies Claim: Freedonia sent attack drones to Sylvania contested: "
            + "“Sylvania's embassy denied receiving any drones from Freedonia”");
    }

    [Fact]
    public async Task Never_renders_markup_from_the_article()
    {
        const string text = "<script>alert('x')</script> <b>bold</b> & <img src=x onerror=alert(1)>\n";
        var stored = await factory.StoreAsync(Samples.MarkupArticle(text), "markup.html");

        var document = await factory.CreateClient().GetDocumentAsync($"/articles/{stored.ArticleId}");

        var main = document.QuerySelector("main")!;
        main.QuerySelectorAll("script, b, img").Should().BeEmpty();
        main.QuerySelector(".article-text .text p")!.TextContent.Should().Be(text.TrimEnd('\n'));
        document.QuerySelector("h1")!.TextContent.Should().Be("<b>Markup</b> & more");
        main.QuerySelector("a.original").Should().BeNull("only http(s) addresses become links");
    }

    [Theory]
    [InlineData("/articles/999999")]
    [InlineData("/articles/-1")]
    public async Task An_unknown_article_is_a_friendly_404(string url)
    {
        var document = await factory.CreateClient().GetDocumentAsync(url, HttpStatusCode.NotFound);

        document.QuerySelector("h1")!.TextContent.Should().Be("Not found");
    }
}

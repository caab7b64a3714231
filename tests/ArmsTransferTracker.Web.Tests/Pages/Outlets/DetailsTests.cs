using System.Net;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Outlets;

public sealed class DetailsTests(LooseEndsFactory factory) : IClassFixture<LooseEndsFactory>
{
    private Task<int> OutletIdAsync(string name) =>
        factory.QueryAsync(db => db.Outlets.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    [Fact]
    public async Task An_outlet_lists_its_articles_with_the_stances_each_carries()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/outlets/{await OutletIdAsync("Daily Freedonian")}");

        document.QuerySelector("h1")!.TextContent.Should().Be("Daily Freedonian");
        var article = document.QuerySelectorAll("li.outlet-article").Should().ContainSingle().Subject;
        article.QuerySelector("h3 a")!.IdFromHref("/articles/").Should().Be(factory.Original.ArticleId);
        article.QuerySelectorAll("li.stance")
            .Select(s => (s.QuerySelector("a.actor")!.TextContent, s.QuerySelector(".stance-value")!.TextContent))
            .Should().Equal(("Rufus Firefly", "supports"), ("Sylvania's embassy", "denies"), ("Trentino", "neutral"));
        article.QuerySelectorAll("li.stance a.claim").Select(a => a.TextContent)
            .Should().AllBe("Claim: Freedonia sent attack drones to Sylvania");
    }

    [Fact]
    public async Task The_article_and_claim_pages_link_the_outlets_they_name()
    {
        var client = factory.CreateClient();
        var herald = await OutletIdAsync(LooseEndsFactory.Herald);
        var claimId = await factory.QueryAsync(db => db.Claims
            .Where(c => c.Category == Categories.AirDefence).Select(c => c.Id).SingleAsync());

        var article = await client.GetDocumentAsync($"/articles/{factory.Undated.ArticleId}");
        var claim = await client.GetDocumentAsync($"/claims/{claimId}");

        article.QuerySelector("dd.outlet a")!.IdFromHref("/outlets/").Should().Be(herald);
        claim.QuerySelectorAll(".source a.outlet, .timeline a.outlet").Select(a => a.IdFromHref("/outlets/"))
            .Should().OnlyContain(id => id == herald)
            .And.HaveCount(3);
        (await client.GetDocumentAsync($"/outlets/{herald}")).QuerySelectorAll("li.outlet-article")
            .Select(a => a.GetAttribute("data-article-id"))
            .Should().Equal(factory.Undated.ArticleId.ToString());
    }

    [Theory]
    [InlineData("/outlets/999999")]
    [InlineData("/outlets/0")]
    public async Task An_unknown_outlet_is_a_404(string url)
    {
        var document = await factory.CreateClient().GetDocumentAsync(url, HttpStatusCode.NotFound);

        document.QuerySelector("h1")!.TextContent.Should().Be("Not found");
    }
}

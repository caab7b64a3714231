using System.Net;
using AngleSharp.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

public sealed class DetailsTests(FreedoniaFactory factory) : IClassFixture<FreedoniaFactory>
{
    private Task<int> DroneClaimIdAsync() =>
        factory.QueryAsync(db => db.Claims
            .Where(c => c.Category == Categories.Drone && c.Supplier.Name == Samples.Freedonia)
            .Select(c => c.Id)
            .SingleAsync());

    [Fact]
    public async Task Shows_the_claim_and_its_sources_in_three_groups()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/claims/{await DroneClaimIdAsync()}");

        var heading = document.QuerySelectorAll("h1").Should().ContainSingle().Subject;
        heading.Squish().Should().Be("Claim: Freedonia sent attack drones to Sylvania contested",
            "a claim is titled as claimed, never as fact, with how it stands beside it");
        heading.QuerySelector(".claim-status")!.ClassList.Should().Contain("contested");
        document.QuerySelectorAll("section.stance-group h2").Select(h => h.FirstChild!.TextContent.Trim())
            .Should().Equal("Supports", "Denies", "Neutral");
        Actors(document, "supports").Should().Equal("Rufus Firefly", "Rufus Firefly");
        Actors(document, "denies").Should().Equal("Sylvania's embassy");
        Actors(document, "neutral").Should().Equal("Trentino");
    }

    [Fact]
    public async Task Each_row_gives_actor_role_affiliation_outlet_date_and_quote_newest_first()
    {
        var fireflyId = await factory.QueryAsync(db => db.Actors.Where(a => a.Name == "Rufus Firefly").Select(a => a.Id).SingleAsync());
        var document = await factory.CreateClient().GetDocumentAsync($"/claims/{await DroneClaimIdAsync()}");

        var rows = document.QuerySelectorAll("#supports li.stance");
        rows.Should().HaveCount(2);
        rows.Should().AllSatisfy(row =>
        {
            row.QuerySelector("a.actor")!.IdFromHref("/actors/").Should().Be(fireflyId);
            row.QuerySelector(".role")!.TextContent.Should().Be("Foreign Minister");
            row.QuerySelector(".affiliation")!.TextContent.Should().Be(Samples.Freedonia);
        });
        rows.Select(r => r.QuerySelector(".outlet")!.TextContent).Should().Equal("Marxonia Times", "Daily Freedonian");
        rows.Select(r => r.QuerySelector(".source time")!.GetAttribute("datetime")).Should().Equal("2024-09-12", "2024-09-10");
        rows[1].QuerySelectorAll("blockquote.evidence").Select(q => q.TextContent.Trim()).Should().Equal(
            "Freedonia sent attack drones to Sylvania",
            "Freedonia has shipped dozens of attack drones to Sylvania");
    }

    [Fact]
    public async Task Each_quote_links_to_its_highlight_in_the_article()
    {
        var client = factory.CreateClient();
        var document = await client.GetDocumentAsync($"/claims/{await DroneClaimIdAsync()}");

        var quotes = document.QuerySelectorAll("blockquote.evidence a");
        quotes.Should().HaveCount(5);
        foreach (var quote in quotes)
        {
            var href = quote.GetAttribute("href")!;
            href.Should().MatchRegex(@"^/articles/\d+#ev-\d+-\d+$");
            var article = await client.GetDocumentAsync(href[..href.IndexOf('#')]);
            var mark = article.GetElementById(href[(href.IndexOf('#') + 1)..]);
            mark.Should().NotBeNull("{0} should point at a highlight", href);
            mark!.LocalName.Should().Be("mark");
            mark.TextContent.Should().Be(quote.TextContent);
        }
    }

    [Theory]
    [InlineData("/claims/999999")]
    [InlineData("/claims/0")]
    [InlineData("/claims/not-a-number")]
    [InlineData("/status/200")]
    public async Task An_unknown_claim_is_a_friendly_404(string url)
    {
        var document = await factory.CreateClient().GetDocumentAsync(url, HttpStatusCode.NotFound);

        document.QuerySelector("h1")!.TextContent.Should().Be("Not found");
        document.QuerySelector("main a[href='/']")!.TextContent.Should().Be("See all claims");
    }

    private static IEnumerable<string> Actors(IParentNode document, string group) =>
        document.QuerySelectorAll($"#{group} li.stance a.actor").Select(a => a.TextContent);
}

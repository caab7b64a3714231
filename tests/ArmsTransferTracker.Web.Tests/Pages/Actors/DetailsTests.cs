using System.Net;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Actors;

public sealed class DetailsTests(FreedoniaFactory factory) : IClassFixture<FreedoniaFactory>
{
    private Task<int> ActorIdAsync(string name) =>
        factory.QueryAsync(db => db.Actors.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task Shows_the_actor_and_every_stance_it_takes()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/actors/{await ActorIdAsync("Rufus Firefly")}");

        document.QuerySelectorAll("h1").Should().ContainSingle().Which.TextContent.Should().Be("Rufus Firefly");
        document.QuerySelector("dd.kind")!.TextContent.Should().Be("person");
        document.QuerySelector("dd.role")!.TextContent.Should().Be("Foreign Minister");
        document.QuerySelector("dd.affiliation a")!.IdFromHref("/actors/").Should().Be(await ActorIdAsync(Samples.Freedonia));
        document.QuerySelector("dd.aliases")!.TextContent.Should().Be("Firefly; Foreign Minister Firefly");

        var stances = document.QuerySelectorAll("li.stance");
        stances.Select(s => s.QuerySelector("a.claim")!.TextContent).Should().Equal(
            "Claim: Freedonia sent attack drones to Sylvania",
            "Claim: Freedonia sent attack drones to Sylvania");
        stances.Select(s => s.QuerySelector(".stance-value")!.TextContent).Should().OnlyContain(v => v == "supports");
        stances.Select(s => s.QuerySelector("a.article")!.IdFromHref("/articles/"))
            .Should().Equal(factory.B.ArticleId, factory.A.ArticleId);
        stances.Select(s => s.QuerySelectorAll("blockquote.evidence").Length).Should().Equal(1, 2);
        stances[0].QuerySelector("blockquote.evidence")!.TextContent.Trim()
            .Should().Be("Foreign Minister Firefly confirmed that Freedonian drones reached Sylvania");
    }

    [Fact]
    public async Task A_country_lists_the_transfers_it_is_party_to()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/actors/{await ActorIdAsync(Samples.Freedonia)}");

        document.QuerySelector("dd.kind")!.TextContent.Should().Be("government");
        document.QuerySelectorAll("section:not(.affiliated) li.stance").Should().BeEmpty();
        document.QuerySelectorAll(".affiliated li.stance a.actor").Select(a => a.TextContent).Should().Contain("Rufus Firefly");
        document.QuerySelectorAll("#transfers-heading + ul li").Select(li => li.Squish()).Should().BeEquivalentTo(
            "Claim: Freedonia sent attack drones to Sylvania contested (supplier)",
            "Claim: Freedonia sent artillery shells to Sylvania asserted (supplier)");
    }

    [Theory]
    [InlineData("/actors/999999")]
    [InlineData("/actors/x")]
    public async Task An_unknown_actor_is_a_friendly_404(string url)
    {
        var document = await factory.CreateClient().GetDocumentAsync(url, HttpStatusCode.NotFound);

        document.QuerySelector("h1")!.TextContent.Should().Be("Not found");
    }
}

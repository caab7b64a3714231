using AngleSharp.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages;

public sealed class IndexTests(FreedoniaFactory factory) : IClassFixture<FreedoniaFactory>
{
    [Fact]
    public async Task Lists_each_claim_with_its_parties_category_counts_and_latest_date()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/");

        document.QuerySelectorAll("h1").Should().ContainSingle().Which.TextContent.Should().Be("Claims");
        var drones = Card(document, "Claim: Freedonia sent attack drones to Sylvania");
        drones.QuerySelectorAll(".party").Select(p => p.TextContent).Should().Equal(Samples.Freedonia, Samples.Sylvania);
        drones.QuerySelector(".category")!.TextContent.Should().Be(Categories.Drone);
        Count(drones, "supports").Should().Be(2, "Firefly supports it in both articles");
        Count(drones, "denies").Should().Be(1);
        Count(drones, "neutral").Should().Be(1);
        drones.QuerySelector(".latest time")!.GetAttribute("datetime").Should().Be("2024-09-12");

        var droneClaimId = await factory.QueryAsync(db => db.Claims
            .Where(c => c.Category == Categories.Drone && c.Supplier.Name == Samples.Freedonia)
            .Select(c => c.Id)
            .SingleAsync());
        drones.QuerySelector("h2 a.claim")!.IdFromHref("/claims/").Should().Be(droneClaimId);
    }

    [Fact]
    public async Task Titles_each_claim_as_claimed_with_its_status_from_its_sources()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/");

        var drones = Card(document, "Claim: Freedonia sent attack drones to Sylvania");
        drones.QuerySelector("h2")!.Squish().Should().Be("Claim: Freedonia sent attack drones to Sylvania contested");
        drones.QuerySelector("h2 .claim-status")!.ClassList.Should().Contain("contested");
        var shells = Card(document, "Claim: Freedonia sent artillery shells to Sylvania");
        shells.QuerySelector("h2 .claim-status")!.TextContent.Should().Be("asserted", "its one source supports it and none denies it");
        (Count(shells, "supports"), Count(shells, "denies"), Count(shells, "neutral")).Should().Be((1, 0, 0));
        document.QuerySelectorAll("li.claim h2").Select(h => h.TextContent).Should().NotContain(t => t.Contains("transferred"),
            "no claim reads as settled fact");
    }

    private static IElement Card(IParentNode document, string title) =>
        document.QuerySelectorAll("li.claim").Should().ContainSingle(c => c.QuerySelector("h2 a.claim")!.TextContent == title).Subject;

    private static int Count(IElement card, string stance) =>
        int.Parse(card.QuerySelector($".tally .{stance} .count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
}

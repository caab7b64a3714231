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
        var drones = Card(document, "Freedonia transferred attack drones to Sylvania");
        drones.QuerySelectorAll(".party").Select(p => p.TextContent).Should().Equal(Samples.Freedonia, Samples.Sylvania);
        drones.QuerySelector(".category")!.TextContent.Should().Be(Categories.Drone);
        Count(drones, "supports").Should().Be(2, "Firefly supports it in both articles");
        Count(drones, "denies").Should().Be(1);
        Count(drones, "neutral").Should().Be(1);
        drones.QuerySelector(".latest time")!.GetAttribute("datetime").Should().Be("2024-09-12");

        var droneClaimId = await factory.QueryAsync(db => db.Claims.Where(c => c.Category == Categories.Drone && c.Supplier.Name == Samples.Freedonia).Select(c => c.Id).SingleAsync());
        drones.QuerySelector("h2 a")!.IdFromHref("/claims/").Should().Be(droneClaimId);
    }

    [Fact]
    public async Task Marks_a_claim_contested_only_when_some_sources_support_and_others_deny_it()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/");

        Card(document, "Freedonia transferred attack drones to Sylvania").QuerySelector(".contested")!.TextContent.Should().Be("Contested");
        var shells = Card(document, "Freedonia transferred artillery shells to Sylvania");
        shells.QuerySelector(".contested").Should().BeNull();
        (Count(shells, "supports"), Count(shells, "denies"), Count(shells, "neutral")).Should().Be((1, 0, 0));
    }

    private static IElement Card(IParentNode document, string sentence) =>
        document.QuerySelectorAll("li.claim").Should().ContainSingle(c => c.QuerySelector("h2")!.TextContent == sentence).Subject;

    private static int Count(IElement card, string stance) => int.Parse(card.QuerySelector($".tally .{stance} .count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
}

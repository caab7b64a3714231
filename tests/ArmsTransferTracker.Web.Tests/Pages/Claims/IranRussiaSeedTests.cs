using AngleSharp.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

/// <summary>
/// The seeds end to end: imported at start-up through the real extractor, shown on the claim page.
/// Waits for the real claim extractor to land on main; the stub finds no claims.
/// </summary>
public sealed class IranRussiaSeedTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_ballistic_missile_claim_groups_the_seed_sources_by_stance()
    {
        var client = factory.CreateClient();
        var index = await client.GetDocumentAsync("/");
        var card = index.QuerySelectorAll("li.claim").Should().ContainSingle(c =>
            c.QuerySelectorAll(".party").Select(p => p.TextContent).SequenceEqual(new[] { "Iran", "Russia" }) &&
            c.QuerySelector(".category")!.TextContent == Categories.BallisticMissile,
            "the seeds report that Iran sent ballistic missiles to Russia").Subject;
        card.QuerySelector(".contested").Should().NotBeNull("the United States says yes and Iran says no");

        var page = await client.GetDocumentAsync(card.QuerySelector("h2 a")!.GetAttribute("href")!);

        var supports = Actors(page, "supports");
        supports.Should().Contain(a => a.Contains("Antony Blinken"));
        supports.Should().Contain(a => a.Contains("U.S.") && a.Contains("officials"));
        var denies = Actors(page, "denies");
        // "Iran denied providing the weapons in a statement released by its permanent mission": Iran, or its mission, denies.
        denies.Should().Contain(a => a == "Iran" || (a.Contains("Iran") && a.Contains("mission", StringComparison.OrdinalIgnoreCase)));
        denies.Should().Contain(a => a.Contains("Iranian officials", StringComparison.OrdinalIgnoreCase));
        Actors(page, "neutral").Should().Contain(a => a.Contains("Sean Savett"));
        page.QuerySelectorAll("blockquote.evidence a").Should().NotBeEmpty().And.OnlyContain(a => a.GetAttribute("href")!.Contains("#ev-"));
    }

    private static List<string> Actors(IParentNode document, string group) =>
        document.QuerySelectorAll($"#{group} li.stance a.actor").Select(a => a.TextContent).ToList();
}

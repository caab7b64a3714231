using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Pages.Actors;

/// <summary>/actors lists actors with their counts, filtered by a part of a name and by kind.</summary>
public sealed class IndexTests(FreedoniaFactory factory) : IClassFixture<FreedoniaFactory>
{
    [Fact]
    public async Task Lists_actors_with_their_stance_and_claim_counts_filtered_by_name()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/actors?q=freedon");

        var rows = page.QuerySelectorAll("table.actors tbody tr").ToDictionary(r => r.QuerySelector(".name")!.TextContent);
        rows.Keys.Should().Contain("Freedonia").And.OnlyContain(name => name.Contains("Freedon", StringComparison.OrdinalIgnoreCase));
        rows["Freedonia"].QuerySelector(".kind")!.TextContent.Should().Be("government");
        rows["Freedonia"].QuerySelector(".claims")!.TextContent.Should().Be("2");
        rows["Freedonia"].QuerySelector(".stances")!.TextContent.Should().Be("0");
    }

    [Fact]
    public async Task Filters_by_kind_and_shows_affiliations()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/actors?q=firefly&kind=Person");

        var row = page.QuerySelectorAll("table.actors tbody tr").Should().ContainSingle().Subject;
        row.QuerySelector(".name")!.TextContent.Should().Be("Rufus Firefly");
        row.QuerySelector(".affiliation")!.TextContent.Should().Be("Freedonia");
        row.QuerySelector(".stances")!.TextContent.Should().Be("2");
        (await factory.CreateClient().GetDocumentAsync("/actors?q=firefly&kind=Media")).QuerySelectorAll("table.actors tbody tr")
            .Should().BeEmpty();
    }

    [Fact]
    public async Task The_header_links_to_the_actors()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/actors");

        page.QuerySelector("nav a[href='/actors']")!.GetAttribute("aria-current").Should().Be("page");
    }
}

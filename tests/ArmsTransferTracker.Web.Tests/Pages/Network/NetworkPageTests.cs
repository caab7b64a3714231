using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;
using static ArmsTransferTracker.Web.Tests.Pages.Network.NetworkDocument;

namespace ArmsTransferTracker.Web.Tests.Pages.Network;

/// <summary>
/// <c>/network</c> over <see cref="NetworkWorld"/>: a row and an arrow per supplier and recipient, counting what the database
/// holds, each leading to exactly its claims on the list.
/// </summary>
public sealed class NetworkPageTests(NetworkFactory factory) : IClassFixture<NetworkFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task The_table_has_a_row_per_supplier_and_recipient_with_the_claims_by_status_the_database_holds()
    {
        var expected = await NetworkWorld.FlowsAsync(factory);

        var rows = Table(await factory.CreateClient().GetDocumentAsync("/network"));

        rows.Select(r => r.Parties).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(expected.Keys);
        foreach (var row in rows)
        {
            row.ByStatus.Should().BeEquivalentTo(expected[row.Parties].ToDictionary(s => s.Key, s => s.Value.Count), row.Supplier);
            row.Claims.Should().Be(row.ByStatus.Values.Sum());
        }
        rows.Select(r => r.Claims).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task A_claim_merged_into_another_is_counted_once()
    {
        var parties = (await NetworkWorld.ActorIdAsync(factory, Ruritania), await NetworkWorld.ActorIdAsync(factory, Latveria));
        var stored = await factory.QueryAsync(db => Task.FromResult(
            db.Claims.Count(c => c.SupplierId == parties.Item1 && c.RecipientId == parties.Item2)));

        var row = Table(await factory.CreateClient().GetDocumentAsync("/network")).Single(r => r.Parties == parties);

        stored.Should().Be(4, "the cruise missile claim is still stored, merged into the drones");
        row.Claims.Should().Be(3);
        row.ByStatus.Should().BeEquivalentTo(new Dictionary<ClaimStatus, int> { [ClaimStatus.Contested] = 2, [ClaimStatus.Asserted] = 1 });
    }

    [Fact]
    public async Task An_edge_is_drawn_for_each_flow_wider_the_more_claims_it_has()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/network");
        var edges = Edges(document);

        edges.Select(e => (e.Parties, e.Claims)).Should().BeEquivalentTo(Table(document).Select(r => (r.Parties, r.Claims)));
        edges.Select(e => e.Claims).Distinct().Should().HaveCountGreaterThan(2, "the world has flows of 1, 2 and 3 claims");
        foreach (var (thinner, wider) in edges.SelectMany(a => edges.Where(b => a.Claims < b.Claims).Select(b => (a, b))))
        {
            thinner.Width.Should().BeLessThan(wider.Width, $"{thinner.Title} against {wider.Title}");
        }
        edges.GroupBy(e => e.Claims).Should().OnlyContain(same => same.Select(e => e.Width).Distinct().Count() == 1);
        document.QuerySelector(".drawn-note")!.TextContent.Should().Contain($"All {edges.Count} flows are drawn");
    }

    [Fact]
    public async Task Each_edge_takes_the_colour_of_the_status_most_of_its_claims_have()
    {
        var ids = new Dictionary<string, int>();
        foreach (var name in new[] { Ruritania, Latveria, Genovia })
        {
            ids[name] = await NetworkWorld.ActorIdAsync(factory, name);
        }

        var edges = Edges(await factory.CreateClient().GetDocumentAsync("/network")).ToDictionary(e => e.Parties);

        edges[(ids[Ruritania], ids[Latveria])].Status.Should().Be("contested");
        edges[(ids[Ruritania], ids[Latveria])].Title.Should().Be("Ruritania → Latveria: 3 claims (2 contested, 1 asserted)");
        edges[(ids[Genovia], ids[Latveria])].Status.Should().Be("asserted");
        edges[(ids[Ruritania], ids[Genovia])].Status.Should().Be("unconfirmed");
        edges[(ids[Genovia], ids[Ruritania])].Status.Should().Be("denied");
        edges[(ids[Genovia], ids[Ruritania])].Title.Should().Be("Genovia → Ruritania: 1 claim (1 denied)");
    }

    [Fact]
    public async Task Each_edge_and_row_leads_to_the_list_of_exactly_its_claims()
    {
        var expected = await NetworkWorld.FlowsAsync(factory);
        var client = factory.CreateClient();
        var document = await client.GetDocumentAsync("/network");
        var rows = Table(document).ToDictionary(r => r.Parties);

        foreach (var edge in Edges(document))
        {
            var row = rows[edge.Parties];
            edge.Href.Should().Be(row.Href)
                .And.Be($"/?supplier={Uri.EscapeDataString(row.Supplier)}&recipient={Uri.EscapeDataString(row.Recipient)}");

            var listed = await client.GetDocumentAsync(edge.Href);

            listed.QuerySelectorAll("li.claim").Select(c => int.Parse(c.GetAttribute("data-claim-id")!, CultureInfo.InvariantCulture))
                .Should().BeEquivalentTo(expected[edge.Parties].Values.SelectMany(ids => ids), edge.Title);
        }
    }

    [Fact]
    public async Task A_filter_narrows_the_drawing_and_the_table_and_the_links_keep_it()
    {
        var genovia = await NetworkWorld.ActorIdAsync(factory, Genovia);
        var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/network?supplier=genovia&status=asserted");

        var rows = Table(document);
        rows.Should().ContainSingle().Which.Should().Match<TableFlow>(r =>
            r.Parties.Supplier == genovia && r.Recipient == Latveria && r.Claims == 2 && r.ByStatus[ClaimStatus.Asserted] == 2);
        Edges(document).Should().ContainSingle().Which.Claims.Should().Be(2);
        rows[0].Href.Should().Be("/?supplier=Genovia&recipient=Latveria&status=asserted");
        ((AngleSharp.Html.Dom.IHtmlSelectElement)document.QuerySelector("select[name=status]")!).Value.Should().Be("asserted");
    }

    /// <summary>Whatever the filter, the network counts the claims the list and the API keep under it.</summary>
    [Theory]
    [InlineData("category=drone")]
    [InlineData("status=contested")]
    [InlineData("actor=Zenda")]
    [InlineData("outlet=Zenda%20Courier")]
    [InlineData("from=2023-06-01&to=2023-09-30")]
    [InlineData("recipient=Latveria&status=asserted")]
    public async Task Each_filter_keeps_the_claims_the_list_keeps(string query)
    {
        var client = factory.CreateClient();
        using var listed = JsonDocument.Parse(await client.GetStringAsync($"/api/claims?{query}&pageSize=100"));
        var expected = listed.RootElement.GetProperty("items").EnumerateArray()
            .GroupBy(i => (i.GetProperty("supplier").GetProperty("id").GetInt32(), i.GetProperty("recipient").GetProperty("id").GetInt32()))
            .ToDictionary(flow => flow.Key, flow => flow.Count());
        var all = Table(await client.GetDocumentAsync("/network"));

        var rows = Table(await client.GetDocumentAsync($"/network?{query}"));

        rows.ToDictionary(r => r.Parties, r => r.Claims).Should().NotBeEmpty().And.BeEquivalentTo(expected, query);
        rows.Sum(r => r.Claims).Should().BeLessThan(all.Sum(r => r.Claims));
    }

    [Fact]
    public async Task The_drawing_is_well_formed_svg()
    {
        using var response = await factory.CreateClient().GetAsync("/network");
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-drawing\"", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;

        var svg = XDocument.Parse(html[start..end]).Root!;

        svg.Name.Should().Be(Svg + "svg");
        var edges = svg.Descendants(Svg + "path")
            .Where(p => ((string?)p.Attribute("class"))?.StartsWith("edge", StringComparison.Ordinal) == true);
        edges.Should().HaveCount(Edges(await factory.CreateClient().GetDocumentAsync("/network")).Count);
        edges.Select(p => (string?)p.Attribute("marker-end")).Should().OnlyContain(m => m != null && m.StartsWith("url(#arrow-"));
        svg.Descendants(Svg + "marker").Select(m => (string)m.Attribute("id")!).Should()
            .BeEquivalentTo(["arrow-asserted", "arrow-contested", "arrow-denied", "arrow-unconfirmed"]);
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_page_saying_what_is_accepted()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/network?status=maybe", HttpStatusCode.BadRequest);

        document.QuerySelector(".filter-errors li[data-field=status]")!.TextContent.Should().Contain("contested");
        document.QuerySelector("svg.network-drawing").Should().BeNull();
        document.QuerySelector("table.flows").Should().BeNull();
    }

    [Fact]
    public async Task Filters_that_keep_no_claim_say_so()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/network?supplier=Atlantis");

        document.QuerySelector("p.empty")!.TextContent.Should().Contain("No claims match these filters");
        document.QuerySelector("svg.network-drawing").Should().BeNull();
    }

    [Fact]
    public async Task The_main_navigation_links_to_the_network_and_marks_it_current_there()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/network");

        document.QuerySelector("nav[aria-label=Main] a[href='/network']")!.GetAttribute("aria-current").Should().Be("page");
    }
}

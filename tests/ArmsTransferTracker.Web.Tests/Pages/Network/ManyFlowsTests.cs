using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;
using static ArmsTransferTracker.Web.Tests.Pages.Network.NetworkDocument;

namespace ArmsTransferTracker.Web.Tests.Pages.Network;

/// <summary>
/// More flows than are drawn or fit one page of the table: 105 exporters send rifles to Importland, the first five drones
/// too (so theirs are flows of two claims), besides the seeds' flows.
/// </summary>
public sealed class ManyFlowsTests(ManyFlowsTests.World world) : IClassFixture<ManyFlowsTests.World>
{
    private const int Exporters = 105;

    public sealed class World : IAsyncLifetime
    {
        private static readonly ExtractedActor Monitor = new("Trade monitor", ActorKind.Organisation, null, null);

        public QueryCountingFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            (string Item, string Category)[] rifles = [("rifles", Categories.SmallArms)];
            (string Item, string Category)[] riflesAndDrones = [.. rifles, ("drones", Categories.Drone)];
            var claims = Enumerable.Range(1, Exporters)
                .SelectMany(i => (i <= 5 ? riflesAndDrones : rifles).Select(sent =>
                    ($"Exporter {i:000}", "Importland", sent.Item, sent.Category, new Said[] { new(Monitor, StanceValue.Supports) })))
                .ToArray();
            await Factory.StoreAsync(Article("Trade Ledger", new DateOnly(2024, 2, 1), claims), "ledger.txt");
        }

        public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
    }

    [Fact]
    public async Task The_flows_with_the_most_claims_are_drawn_and_the_note_says_how_many_of_how_many()
    {
        var client = world.Factory.CreateClient();
        var first = await client.GetDocumentAsync("/network");
        var flows = Table(first).Concat(Table(await client.GetDocumentAsync("/network?page=2"))).ToList();

        var edges = Edges(first);

        flows.Should().HaveCountGreaterThan(Exporters);
        edges.Should().HaveCount(60);
        var drawn = edges.Select(e => e.Parties).ToHashSet();
        edges.Min(e => e.Claims).Should().BeGreaterThanOrEqualTo(flows.Where(f => !drawn.Contains(f.Parties)).Max(f => f.Claims));
        edges.Count(e => e.Claims == 2).Should().BeGreaterThanOrEqualTo(5, "the five exporters of rifles and drones are drawn");
        first.QuerySelector(".drawn-note")!.Squish().Should()
            .Be($"The 60 flows with the most claims are drawn, of {flows.Count}; the table lists them all.");
    }

    [Fact]
    public async Task The_table_lists_every_flow_a_hundred_a_page_with_links_that_keep_the_filters()
    {
        var client = world.Factory.CreateClient();

        var first = await client.GetDocumentAsync("/network?recipient=Importland");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);

        Table(first).Should().HaveCount(100);
        next.Should().Be("/network?recipient=Importland&page=2");
        Table(second).Should().HaveCount(Exporters - 100);
        Table(first).Concat(Table(second)).Select(f => f.Supplier).Should().OnlyHaveUniqueItems().And.HaveCount(Exporters);
        second.QuerySelector("a[rel=next]").Should().BeNull();
        second.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/network?recipient=Importland&page=1");
        first.QuerySelector("table.flows caption .total")!.TextContent.Should().Be(Exporters.ToString());
    }

    [Fact]
    public async Task The_network_takes_one_query_however_many_flows_it_shows_and_one_before_it_per_name()
    {
        var client = world.Factory.CreateClient();
        (await client.GetAsync("/network")).EnsureSuccessStatusCode();

        var all = await world.Factory.CountAsync(() => client.GetAsync("/network"));
        var one = await world.Factory.CountAsync(() => client.GetAsync("/network?supplier=Exporter%20001"));

        all.Should().Be(1, "the claims are grouped by supplier, recipient and status in the database");
        one.Should().Be(2, "the supplier's name is looked up first, for the claims to be found by its id");
    }
}

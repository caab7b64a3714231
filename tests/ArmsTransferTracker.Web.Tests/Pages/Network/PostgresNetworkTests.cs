using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using static ArmsTransferTracker.Web.Tests.Pages.Network.NetworkDocument;

namespace ArmsTransferTracker.Web.Tests.Pages.Network;

/// <summary>The network's grouped query translates to PostgreSQL too, and counts there as on SQLite.</summary>
public sealed class PostgresNetworkTests() : PostgresAppTests(NetworkWorld.StoreAsync)
{
    [PostgresFact]
    public async Task The_flows_and_a_filtered_network_count_what_the_database_holds()
    {
        var expected = await NetworkWorld.FlowsAsync(Factory);
        var client = Factory.CreateClient();

        var document = await client.GetDocumentAsync("/network");
        var contested = Table(await client.GetDocumentAsync("/network?status=contested&from=2023-01-01"));

        Table(document).ToDictionary(r => r.Parties, r => r.ByStatus).Should().BeEquivalentTo(
            expected.ToDictionary(f => f.Key, f => f.Value.ToDictionary(s => s.Key, s => s.Value.Count)));
        Edges(document).Should().HaveCount(expected.Count);
        contested.ToDictionary(r => r.Parties, r => r.Claims).Should().BeEquivalentTo(expected
            .Where(f => f.Value.ContainsKey(ClaimStatus.Contested))
            .ToDictionary(f => f.Key, f => f.Value[ClaimStatus.Contested].Count));
    }
}

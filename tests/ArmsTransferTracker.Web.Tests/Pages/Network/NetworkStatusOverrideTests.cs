using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;
using static ArmsTransferTracker.Web.Tests.Pages.Network.NetworkDocument;

namespace ArmsTransferTracker.Web.Tests.Pages.Network;

/// <summary>An editor's status counts on the network as everywhere: the air defence claim, denied by its only source, is set
/// to asserted.</summary>
public sealed class NetworkStatusOverrideTests(NetworkFactory factory) : IClassFixture<NetworkFactory>
{
    [Fact]
    public async Task An_editors_status_recolours_the_edge_and_moves_the_claim_to_its_column()
    {
        var parties = (await NetworkWorld.ActorIdAsync(factory, Genovia), await NetworkWorld.ActorIdAsync(factory, Ruritania));
        var client = factory.CreateClient();
        var before = Edges(await client.GetDocumentAsync("/network")).Single(e => e.Parties == parties);

        await factory.QueryAsync(async db =>
        {
            var claim = await db.Claims.SingleAsync(c => c.SupplierId == parties.Item1 && c.RecipientId == parties.Item2
                && c.Category == Categories.AirDefence);
            claim.OverrideStatus(ClaimStatus.Asserted, "Both governments confirmed the sale later.", "editor@example.org",
                new DateTime(2024, 1, 5, 9, 0, 0, DateTimeKind.Utc));
            return await db.SaveChangesAsync();
        });
        var document = await client.GetDocumentAsync("/network");

        before.Status.Should().Be("denied");
        Edges(document).Single(e => e.Parties == parties).Status.Should().Be("asserted");
        Table(document).Single(r => r.Parties == parties).ByStatus.Should()
            .Equal(new Dictionary<ClaimStatus, int> { [ClaimStatus.Asserted] = 1 });
        Table(await client.GetDocumentAsync("/network?status=denied")).Select(r => r.Parties).Should().NotContain(parties);
    }
}

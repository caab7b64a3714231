using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.Tests.Finding;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;

namespace ArmsTransferTracker.Web.Tests.Pages.Network;

/// <summary>
/// <see cref="FindingWorld"/> (one claim for each of four flows) with more claims, so that flows differ in size and
/// status, and one claim merged into another:
/// <list type="bullet">
/// <item>Ruritania → Latveria: drones (contested), artillery (contested), tanks (asserted): mostly contested, 3 claims; a
/// cruise missile claim between them was merged into the drones and counts no more.</item>
/// <item>Genovia → Latveria: rifles and aircraft, both asserted.</item>
/// <item>Ruritania → Genovia: jets, unconfirmed; Genovia → Ruritania: air defence, denied.</item>
/// </list>
/// Besides them, the seeds' flows.
/// </summary>
public static class NetworkWorld
{
    private static readonly ExtractedActor Blogger = new("Ina Vask", ActorKind.Person, "blogger", null);
    private static readonly ExtractedActor Envoy = new("Ruritanian envoy", ActorKind.Officials, null, Ruritania);

    public static async Task StoreAsync(TrackerFactory factory)
    {
        await FindingWorld.StoreAsync(factory);
        await factory.StoreAsync(Article("Zenda Courier", new DateOnly(2023, 11, 2),
            (Ruritania, Latveria, "howitzer shells", Categories.ArtilleryAmmunition,
                [new(Blogger, StanceValue.Supports), new(Envoy, StanceValue.Denies)]),
            (Ruritania, Latveria, "tanks", Categories.ArmouredVehicle, [new(Blogger, StanceValue.Supports)]),
            (Ruritania, Latveria, "cruise missiles", Categories.CruiseMissile, [new(Blogger, StanceValue.Supports)]),
            (Genovia, Latveria, "trainer aircraft", Categories.Aircraft, [new(Envoy, StanceValue.Supports)])), "courier.txt");
        var editor = await factory.CreateUserAsync("network-editor@example.org", Roles.Editor);
        await factory.QueryAsync(async db =>
        {
            var ids = await db.Claims.Where(c => c.Supplier.Name == Ruritania && c.Recipient.Name == Latveria)
                .ToDictionaryAsync(c => c.Category, c => (c.Id, c.Version));
            var (cruise, version) = ids[Categories.CruiseMissile];
            var edits = new ClaimEdits(db, TimeProvider.System);
            var merged = await edits.MergeAsync(cruise, version, ids[Categories.Drone].Id, new Editor(editor.Id, editor.Email!),
                "The same shipment.", CancellationToken.None);
            merged.Status.Should().Be(EditStatus.Saved, merged.Message);
            return merged;
        });
    }

    /// <summary>
    /// Each flow in the database, by supplier and recipient id: its unmerged claims by status, read claim by claim as the
    /// claim page reads a status (the sources' tally, unless an editor set one).
    /// </summary>
    public static Task<Dictionary<(int Supplier, int Recipient), Dictionary<ClaimStatus, List<int>>>> FlowsAsync(TrackerFactory factory) =>
        factory.QueryAsync(async db =>
        {
            var claims = await db.Claims.Where(c => c.MergedIntoId == null)
                .Select(c => new { c.Id, c.SupplierId, c.RecipientId, c.StatusOverride })
                .ToListAsync();
            var tallies = await db.Stances.TallyByClaimAsync(CancellationToken.None);
            return claims
                .GroupBy(c => (c.SupplierId, c.RecipientId))
                .ToDictionary(flow => flow.Key, flow => flow
                    .GroupBy(c => c.StatusOverride ?? tallies.GetValueOrDefault(c.Id, SourceTally.None).Status)
                    .ToDictionary(status => status.Key, status => status.Select(c => c.Id).ToList()));
        });

    public static Task<int> ActorIdAsync(TrackerFactory factory, string name) =>
        factory.QueryAsync(db => db.Actors.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());
}

/// <summary>The app with <see cref="NetworkWorld"/> stored (besides the seeds).</summary>
public sealed class NetworkFactory : TrackerFactory, IAsyncLifetime
{
    public Task InitializeAsync() => NetworkWorld.StoreAsync(this);

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

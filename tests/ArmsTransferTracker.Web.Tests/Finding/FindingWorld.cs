using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Finding;

/// <summary>
/// Three invented articles about invented states, so that no seed claim matches their names, giving four claims that
/// each filter tells apart:
/// <list type="bullet">
/// <item>RuritaniaDrones (Ruritania → Latveria, drone): Zenda supports (Gazette, 1 Mar 2023), the ministry denies
/// (Herald, 15 Jun 2023): contested, 2 sources, latest 15 Jun.</item>
/// <item>GenoviaRifles (Genovia → Latveria, small arms): officials (Herald, 15 Jun), Pyle and Zenda (Post, 20 Sep 2023)
/// support: asserted, 3 sources, latest 20 Sep.</item>
/// <item>RuritaniaJets (Ruritania → Genovia, aircraft): the ministry, Pyle and the officials neutral (Gazette, 1 Mar):
/// unconfirmed, 3 sources, latest 1 Mar; so Ruritania's claims sort one way by date and the other by sources.</item>
/// <item>GenoviaAirDefence (Genovia → Ruritania, air defence): the officials deny (Post, 20 Sep): denied.</item>
/// </list>
/// </summary>
public static class FindingWorld
{
    public const string Ruritania = "Ruritania";
    public const string Latveria = "Latveria";
    public const string Genovia = "Genovia";

    private static readonly ExtractedActor Zenda = new("Colonel Zenda", ActorKind.Person, "army chief", Ruritania) { Aliases = ["Zenda"] };
    private static readonly ExtractedActor Ministry = new("Latverian defence ministry", ActorKind.Government, null, Latveria);
    private static readonly ExtractedActor Officials = new("Genovian officials", ActorKind.Officials, null, Genovia);
    private static readonly ExtractedActor Pyle = new("Ada Pyle", ActorKind.Person, "analyst", null);

    /// <summary>An actor's stance on a claim in an article.</summary>
    public sealed record Said(ExtractedActor Actor, StanceValue Value);

    public enum Claim { RuritaniaDrones, GenoviaRifles, RuritaniaJets, GenoviaAirDefence }

    public static async Task StoreAsync(TrackerFactory factory)
    {
        await factory.StoreAsync(Article("Ruritania Gazette", new DateOnly(2023, 3, 1),
            (Ruritania, Latveria, "drones", Categories.Drone, [new(Zenda, StanceValue.Supports)]),
            (Ruritania, Genovia, "fighter jets", Categories.Aircraft,
                [new(Ministry, StanceValue.Neutral), new(Pyle, StanceValue.Neutral), new(Officials, StanceValue.Neutral)])), "gazette.txt");
        await factory.StoreAsync(Article("Latverian Herald", new DateOnly(2023, 6, 15),
            (Ruritania, Latveria, "drones", Categories.Drone, [new(Ministry, StanceValue.Denies)]),
            (Genovia, Latveria, "rifles", Categories.SmallArms, [new(Officials, StanceValue.Supports)])), "herald.txt");
        await factory.StoreAsync(Article("Genovia Post", new DateOnly(2023, 9, 20),
            (Genovia, Latveria, "rifles", Categories.SmallArms, [new(Pyle, StanceValue.Supports), new(Zenda, StanceValue.Supports)]),
            (Genovia, Ruritania, "air defence systems", Categories.AirDefence, [new(Officials, StanceValue.Denies)])), "post.txt");
    }

    /// <summary>The ids of the four claims.</summary>
    public static Task<Dictionary<Claim, int>> IdsAsync(TrackerFactory factory) => factory.QueryAsync(async db =>
    {
        var rows = await db.Claims
            .Where(c => c.Supplier.Name == Ruritania || c.Supplier.Name == Genovia)
            .Select(c => new { c.Id, Supplier = c.Supplier.Name, c.Category })
            .ToListAsync();
        return rows.ToDictionary(r => (r.Supplier, r.Category) switch
        {
            (Ruritania, Categories.Drone) => Claim.RuritaniaDrones,
            (Genovia, Categories.SmallArms) => Claim.GenoviaRifles,
            (Ruritania, Categories.Aircraft) => Claim.RuritaniaJets,
            _ => Claim.GenoviaAirDefence,
        }, r => r.Id);
    });

    /// <summary>An article of <paramref name="outlet"/>: a sentence for each stance, quoted as its evidence.</summary>
    public static ExtractedArticle Article(
        string outlet, DateOnly published, params (string Supplier, string Recipient, string Item, string Category, Said[] Said)[] claims)
    {
        static string Sentence(Said said, string item, string supplier, string recipient) =>
            $"{said.Actor.Name} spoke of {item} from {supplier} to {recipient}";
        var sentences = claims.SelectMany(c => c.Said.Select(s => Sentence(s, c.Item, c.Supplier, c.Recipient) + "."));
        var text = $"{outlet} on arms\n\n" + string.Join("\n\n", sentences) + "\n";
        return new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata($"{outlet} on arms", outlet, null, null, published, [], null), text),
            claims.Select(c => new ExtractedClaim(c.Supplier, c.Recipient, c.Item, c.Category, null,
                c.Said.Select(s => new ExtractedStance(s.Actor, s.Value,
                    [Samples.Span(text, Sentence(s, c.Item, c.Supplier, c.Recipient))])).ToList())).ToList());
    }
}

/// <summary>The app with <see cref="FindingWorld"/> stored (besides the seeds).</summary>
public sealed class FindingFactory : TrackerFactory, IAsyncLifetime
{
    public Dictionary<FindingWorld.Claim, int> Ids { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await FindingWorld.StoreAsync(this);
        Ids = await FindingWorld.IdsAsync(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>
/// The app on a PostgreSQL database of its own with <see cref="FindingWorld"/> stored, dropped at the end; without a server
/// (see <see cref="PostgresServer"/>) nothing is made, and the tests using it skip.
/// </summary>
public sealed class PostgresFindingFactory() : PostgresApp(FindingWorld.StoreAsync);

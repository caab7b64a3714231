using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Finding;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTransferTracker.Web.Tests.Export;

/// <summary>
/// The app on a clock the tests set, with <see cref="FindingWorld"/> stored at <see cref="Stored"/> and one more article
/// (Osterlich's arms for Grand Fenwick) whose words start like spreadsheet formulas: <see cref="FormulaClaim"/>'s item is a
/// formula; <see cref="SilentClaim"/> has one stance, which an editor rejected, so no source is shown on it.
/// </summary>
public sealed class ExportFactory : TrackerFactory, IAsyncLifetime
{
    public const string Osterlich = "Osterlich";
    public const string FormulaItem = "=HYPERLINK(\"https://evil.example/\",\"rifles\")";
    public const string FormulaHeadline = "-Leaked: arms for Grand Fenwick";

    public static readonly DateTimeOffset Stored = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public FixedTimeProvider Clock { get; } = new(Stored);

    public Dictionary<FindingWorld.Claim, int> Ids { get; private set; } = [];

    public int FormulaClaim { get; private set; }

    public int SilentClaim { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task InitializeAsync()
    {
        await FindingWorld.StoreAsync(this);
        Ids = await FindingWorld.IdsAsync(this);
        await StoreAsync(FormulaArticle(), "formula.txt");
        (FormulaClaim, SilentClaim) = await QueryAsync(async db =>
        {
            var claims = await db.Claims.Where(c => c.Supplier.Name == Osterlich).Select(c => new { c.Id, c.Category }).ToListAsync();
            var silent = claims.Single(c => c.Category == Categories.Drone).Id;
            var stance = await db.Stances.SingleAsync(s => s.ClaimId == silent);
            stance.Reject("editor@example.org", Stored.UtcDateTime);
            await db.SaveChangesAsync();
            return (claims.Single(c => c.Category == Categories.SmallArms).Id, silent);
        });
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static ExtractedArticle FormulaArticle()
    {
        const string rifles = "@Osterlich army said +200 rifles went to Grand Fenwick";
        const string drones = "Osterlich drones reached Grand Fenwick, a clerk said";
        var text = $"{FormulaHeadline}\n\n{rifles}.\n\n{drones}.\n";
        var army = new ExtractedActor("Osterlich army", ActorKind.Organisation, null, Osterlich);
        var clerk = new ExtractedActor("Fenwick clerk", ActorKind.Person, "clerk", "Grand Fenwick");
        return new ExtractedArticle(
            new ArticleDocument(
                new ArticleMetadata(
                    FormulaHeadline, "Fenwick Courier", null, "https://example.org/fenwick", new DateOnly(2023, 11, 2), [], null),
                text),
            [
                new ExtractedClaim(Osterlich, "Grand Fenwick", FormulaItem, Categories.SmallArms, "-200",
                    [new ExtractedStance(army, StanceValue.Supports, [Samples.Span(text, rifles)])]),
                new ExtractedClaim(Osterlich, "Grand Fenwick", "drones", Categories.Drone, null,
                    [new ExtractedStance(clerk, StanceValue.Supports, [Samples.Span(text, drones)])]),
            ]);
    }
}

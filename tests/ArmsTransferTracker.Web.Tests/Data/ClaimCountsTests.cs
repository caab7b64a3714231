using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using ArmsTransferTracker.Web.Tests.Pages.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ArmsTransferTracker.Web.Tests.Data;

/// <summary>
/// The counts each claim keeps (its sources by stance, latest date, status) equal what its stances make them after every
/// kind of save, and after the migration that added them; each such save raises the data version.
/// </summary>
public sealed class ClaimCountsTests
{
    private const string Editor = "editor@example.org";
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Editor Someone = new("editor-id", Editor);

    [Fact]
    public async Task Every_save_keeps_the_counts_on_sqlite()
    {
        await using var factory = new TrackerFactory();
        await EverySaveKeepsTheCountsAsync(factory);
    }

    [PostgresFact]
    public Task Every_save_keeps_the_counts_on_postgres() => OnPostgresAsync(EverySaveKeepsTheCountsAsync);

    private static async Task EverySaveKeepsTheCountsAsync(TrackerFactory factory)
    {
        var version = await VersionAsync(factory);
        await factory.StoreAsync(Samples.ArticleA(), "freedonia-a.txt");
        await factory.StoreAsync(ReprintFactory.Copy(), "gazette.txt");
        await factory.StoreAsync(Samples.ArticleB(), "marxonia-b.txt");
        version = await CountsMatchStancesAsync(factory, version, "after the imports");
        var drones = await factory.QueryAsync(db =>
            db.Claims.SingleAsync(c => c.Category == Categories.Drone && c.Supplier.Name == Samples.Freedonia));
        (drones.SupportingSources, drones.DenyingSources, drones.NeutralSources, drones.Status)
            .Should().Be((2, 1, 1, ClaimStatus.Contested), "each actor counts once in article A and its reprint, and again in B");
        drones.LatestPublishedOn.Should().Be(new DateOnly(2024, 9, 12));

        await ChangeAsync(factory, async db => (await db.Stances.FirstAsync(s => s.ClaimId == drones.Id && s.Value == StanceValue.Denies
            && s.Article.CopyOfId == null)).Reject(Editor, Now));
        version = await CountsMatchStancesAsync(factory, version, "after a rejection");
        await ChangeAsync(factory, async db => (await db.Articles.SingleAsync(a => a.FileName == "marxonia-b.txt")).Delete(Now));
        version = await CountsMatchStancesAsync(factory, version, "after an article's deletion");
        await ChangeAsync(factory, async db =>
            (await db.Articles.IgnoreQueryFilters().SingleAsync(a => a.FileName == "marxonia-b.txt")).Restore(new ArticleState(null)));
        version = await CountsMatchStancesAsync(factory, version, "after its restoring");
        await ChangeAsync(factory, async db =>
        {
            var shells = await db.Claims
                .SingleAsync(c => c.Category == Categories.ArtilleryAmmunition && c.Supplier.Name == Samples.Freedonia);
            (await db.Stances.FirstAsync(s => s.ClaimId == drones.Id && s.Value == StanceValue.Supports)).MoveTo(shells, Editor, Now);
        });
        version = await CountsMatchStancesAsync(factory, version, "after a stance moved from one claim to another");
        await ChangeAsync(factory, async db => (await db.Stances.FirstAsync(s => s.ClaimId == drones.Id)).Remove());
        version = await CountsMatchStancesAsync(factory, version, "after a removal");
        await ChangeAsync(factory, async db => (await db.Stances.FirstAsync(s => s.ClaimId == drones.Id && s.Value != StanceValue.Denies))
            .ChangeValue(StanceValue.Denies, Editor, Now));
        version = await CountsMatchStancesAsync(factory, version, "after a stance's value changed");
        await ChangeAsync(factory, async db => (await db.Claims.SingleAsync(c => c.Id == drones.Id))
            .OverrideStatus(ClaimStatus.Denied, "Both governments denied it since.", Editor, Now));
        version = await CountsMatchStancesAsync(factory, version, "after an editor's status");
        (await factory.QueryAsync(db => db.Claims.Where(c => c.Id == drones.Id).Select(c => c.Status).SingleAsync()))
            .Should().Be(ClaimStatus.Denied);
        await ChangeAsync(factory, async db => (await db.Claims.SingleAsync(c => c.Id == drones.Id)).ClearStatusOverride());
        version = await CountsMatchStancesAsync(factory, version, "after the editor's status was cleared");

        var (survivor, merged) = await factory.QueryAsync(async db =>
        {
            var ids = await db.Claims.Where(c => c.Id != drones.Id && c.MergedIntoId == null && c.Stances.Any())
                .OrderBy(c => c.Id).Select(c => new { c.Id, c.Version }).Take(2).ToListAsync();
            var merging = await new ClaimEdits(db, TimeProvider.System)
                .MergeAsync(ids[1].Id, ids[1].Version, ids[0].Id, Someone, null, CancellationToken.None);
            merging.Status.Should().Be(EditStatus.Saved, merging.Message);
            return (ids[0].Id, ids[1].Id);
        });
        version = await CountsMatchStancesAsync(factory, version, "after a claim was merged into another");
        (await factory.QueryAsync(db => db.Claims.Where(c => c.Id == merged).Select(c => c.Sources).SingleAsync()))
            .Should().Be(0, "a merged claim's stances are its survivor's ({0}) now", survivor);

        await factory.QueryAsync(async db =>
        {
            var speaker = await db.Stances.Where(s => s.ClaimId == drones.Id).Select(s => s.Actor).FirstAsync();
            var other = await db.Stances.Where(s => s.ActorId != speaker.Id && s.Actor.MergedIntoId == null)
                .Select(s => s.Actor.Name).FirstAsync();
            var merging = await new ActorEdits(db, TimeProvider.System)
                .MergeAsync(speaker.Id, speaker.Version, other, Someone, null, CancellationToken.None);
            merging.Status.Should().Be(EditStatus.Saved, merging.Message);
            return true;
        });
        await CountsMatchStancesAsync(factory, version, "after an actor was merged into another");
    }

    [Fact]
    public async Task A_save_that_changes_nothing_counted_leaves_the_version()
    {
        await using var factory = new TrackerFactory();
        await factory.StoreAsync(Samples.ArticleA(), "freedonia-a.txt");
        var version = await VersionAsync(factory);

        await factory.CreateUserAsync("reader@example.org", null);

        (await VersionAsync(factory)).Should().Be(version);
    }

    [Fact]
    public async Task The_migration_counts_the_claims_already_there_on_sqlite()
    {
        await using var factory = new TrackerFactory();
        await TheMigrationCountsTheClaimsAlreadyThereAsync(factory);
    }

    [PostgresFact]
    public Task The_migration_counts_the_claims_already_there_on_postgres() =>
        OnPostgresAsync(TheMigrationCountsTheClaimsAlreadyThereAsync);

    private static async Task OnPostgresAsync(Func<TrackerFactory, Task> test)
    {
        var app = new PostgresApp();
        await app.InitializeAsync();
        try
        {
            await test(app.Factory);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>Migrates down past the migration that added the counts, which drops them, and up again, which fills them.</summary>
    private static async Task TheMigrationCountsTheClaimsAlreadyThereAsync(TrackerFactory factory)
    {
        await factory.StoreAsync(Samples.ArticleA(), "freedonia-a.txt");
        await factory.StoreAsync(ReprintFactory.Copy(), "gazette.txt");
        await factory.StoreAsync(Samples.ArticleB(), "marxonia-b.txt");
        await ChangeAsync(factory, async db => (await db.Stances.FirstAsync(s => s.Value == StanceValue.Denies)).Reject(Editor, Now));

        await factory.QueryAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var counting = migrations.FindIndex(m => m.EndsWith("_ClaimCounts", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[counting - 1]);
            await migrator.MigrateAsync();
            return true;
        });

        (await factory.QueryAsync(db => db.Claims.SumAsync(c => c.Sources)))
            .Should().BePositive("the columns were added again, and filled");
        await factory.QueryAsync(async db =>
        {
            await ClaimsMatchStancesAsync(db, "after migrating");
            return true;
        });
    }

    private static Task<long> VersionAsync(TrackerFactory factory) =>
        factory.QueryAsync(db => db.DataVersions.Select(v => v.Number).SingleAsync());

    private static Task ChangeAsync(TrackerFactory factory, Func<TrackerDbContext, Task> change) => factory.QueryAsync(async db =>
    {
        await change(db);
        return await db.SaveChangesAsync();
    });

    /// <summary>Checks every claim and that the version went up; answers the version now.</summary>
    private static async Task<long> CountsMatchStancesAsync(TrackerFactory factory, long before, string when)
    {
        await factory.QueryAsync(async db =>
        {
            await ClaimsMatchStancesAsync(db, when);
            return true;
        });
        var version = await VersionAsync(factory);
        version.Should().BeGreaterThan(before, when);
        return version;
    }

    private static async Task ClaimsMatchStancesAsync(TrackerDbContext db, string when)
    {
        var tallies = await db.Stances.TallyByClaimAsync(CancellationToken.None);
        var latest = await db.Stances.Visible().GroupBy(s => s.ClaimId)
            .Select(g => new { g.Key, Latest = g.Max(s => s.Article.PublishedOn) })
            .ToDictionaryAsync(g => g.Key, g => g.Latest);
        var claims = await db.Claims.AsNoTracking().ToListAsync();
        claims.Should().HaveCountGreaterThan(1);
        foreach (var claim in claims)
        {
            var tally = tallies.GetValueOrDefault(claim.Id, SourceTally.None);
            var because = $"{claim.Sentence} ({claim.Category}), {when}";
            new SourceTally(claim.SupportingSources, claim.DenyingSources, claim.NeutralSources).Should().Be(tally, because);
            claim.Sources.Should().Be(tally.Supports + tally.Denies + tally.Neutral, because);
            claim.LatestPublishedOn.Should().Be(latest.GetValueOrDefault(claim.Id), because);
            claim.Dated.Should().Be(claim.LatestPublishedOn is not null, because);
            claim.Status.Should().Be(claim.StatusOverride ?? tally.Status, because);
        }
    }
}

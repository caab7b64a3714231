using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Data;

/// <summary>On PostgreSQL too, of two editors saving the same stance or claim from the same version, the second is refused.</summary>
public sealed class PostgresConcurrencyTests : IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        await using var db = Context();
        await db.Database.MigrateAsync();
        var freedonia = new Actor("Freedonia", ActorKind.Government);
        var sylvania = new Actor("Sylvania", ActorKind.Government);
        var claim = new Claim(freedonia, sylvania, "drones", Categories.Drone, null);
        const string text = "Freedonia sent drones to Sylvania, officials said.";
        var article = new Article("Drones", null, null, null, null, [], null, text,
            new ArticleSource(System.Text.Encoding.UTF8.GetBytes(text), "a.txt", "text/plain"), DateTime.UtcNow);
        db.Stances.Add(Stance.Extracted(
            claim, new Actor("Freedonian officials", ActorKind.Officials), article, StanceValue.Supports, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => PostgresServer.DropDatabaseAsync(_database);

    private PostgresTrackerDbContext Context() => new(new DbContextOptionsBuilder<PostgresTrackerDbContext>().UseNpgsql(_database).Options);

    [PostgresFact]
    public async Task The_second_save_of_a_stance_from_the_same_version_is_refused()
    {
        await using var first = Context();
        await using var second = Context();
        var mine = await first.Stances.SingleAsync();
        var theirs = await second.Stances.SingleAsync();

        mine.ChangeValue(StanceValue.Denies, "first@example.org", DateTime.UtcNow);
        await first.SaveChangesAsync();
        theirs.Reject("second@example.org", DateTime.UtcNow);

        await second.Invoking(db => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateConcurrencyException>();
        await using var check = Context();
        (await check.Stances.Select(s => new { s.Value, s.Review }).SingleAsync())
            .Should().Be(new { Value = StanceValue.Denies, Review = StanceReview.Confirmed });
    }

    [PostgresFact]
    public async Task The_second_save_of_a_claim_from_the_same_version_is_refused()
    {
        await using var first = Context();
        await using var second = Context();
        var mine = await first.Claims.Include(c => c.Supplier).Include(c => c.Recipient).SingleAsync();
        var theirs = await second.Claims.Include(c => c.Supplier).Include(c => c.Recipient).SingleAsync();

        mine.Edit(mine.Supplier, mine.Recipient, "attack drones", Categories.Drone, "twelve");
        await first.SaveChangesAsync();
        theirs.Edit(theirs.Supplier, theirs.Recipient, "drones", Categories.Drone, "six");

        await second.Invoking(db => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateConcurrencyException>();
        await using var check = Context();
        (await check.Claims.Select(c => c.Quantity).SingleAsync()).Should().Be("twelve");
    }
}

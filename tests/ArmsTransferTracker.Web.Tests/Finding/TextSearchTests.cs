using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Finding;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Finding;

/// <summary>
/// Many matches are counted up to <see cref="TextSearch.MaxCount"/> and paged newest first, and few are paged alike, on
/// both databases (PostgreSQL reads the two differently).
/// </summary>
public sealed class TextSearchTests
{
    [Fact]
    public async Task Matches_are_counted_to_a_thousand_and_paged_newest_first_on_sqlite()
    {
        using var database = new TestDatabase();
        await using var db = database.NewContext();

        await CountsAndPagesAsync(db);
    }

    [PostgresFact]
    public async Task Matches_are_counted_to_a_thousand_and_paged_newest_first_on_postgres()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        try
        {
            await using var db = new PostgresTrackerDbContext(
                new DbContextOptionsBuilder<PostgresTrackerDbContext>().UseNpgsql(connectionString).Options);
            await db.Database.MigrateAsync();

            await CountsAndPagesAsync(db);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>Howitzers between 40 invented states, more claims than are counted; "state 7" is party to some of them.</summary>
    private static async Task CountsAndPagesAsync(TrackerDbContext db)
    {
        var states = Enumerable.Range(0, 40).Select(i => new Actor($"Osterlich state {i}", ActorKind.Government)).ToList();
        var claims = states.SelectMany(supplier => states.Where(recipient => recipient != supplier)
                .Select(recipient => new Claim(supplier, recipient, "howitzers", Categories.ArtilleryAmmunition, null)))
            .Take(TextSearch.MaxCount + 100)
            .ToList();
        db.AddRange(claims);
        await db.SaveChangesAsync();
        var newestFirst = claims.Select(c => c.Id).OrderDescending().ToList();
        var howitzers = SearchTerms.Parse("howitzers");
        var seventh = SearchTerms.Parse("state 7");

        var first = await db.SearchClaimsAsync(howitzers, 0, 20, CancellationToken.None);
        var fiftieth = await db.SearchClaimsAsync(howitzers, 980, 20, CancellationToken.None);
        var few = await db.SearchClaimsAsync(seventh, 20, 50, CancellationToken.None);

        first.Total.Should().Be(TextSearch.MaxCount + 1);
        first.MoreThanCounted.Should().BeTrue();
        first.Items.Should().Equal(newestFirst.Take(20));
        fiftieth.Items.Should().Equal(newestFirst.Skip(980).Take(20));
        var sevenths = claims.Where(c => c.Supplier == states[7] || c.Recipient == states[7]).Select(c => c.Id).OrderDescending().ToList();
        few.Total.Should().Be(sevenths.Count).And.BeInRange(21, TextSearch.MaxCount, "a few, past the first page");
        few.MoreThanCounted.Should().BeFalse();
        few.Items.Should().Equal(sevenths.Skip(20).Take(50));
    }
}

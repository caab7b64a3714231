using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Import;

public sealed class SeedImportTests : IDisposable
{
    private readonly string _dataDirectory = TrackerFactory.NewDataDirectory();

    public void Dispose() => TrackerFactory.DeleteDirectory(_dataDirectory);

    [Fact]
    public async Task The_first_start_creates_the_database_and_imports_every_seed()
    {
        var seeds = Directory.GetFiles(TrackerFactory.SeedsDirectory);
        seeds.Should().NotBeEmpty("the repository's seeds are copied to the test output");

        await using var factory = TrackerFactory.On(_dataDirectory);
        var hashes = await factory.QueryAsync(db => db.Articles.Select(a => new { a.FileName, a.ContentHash }).ToListAsync());

        File.Exists(Path.Combine(_dataDirectory, "tracker.db")).Should().BeTrue();
        hashes.Should().BeEquivalentTo(seeds.Select(f => new { FileName = Path.GetFileName(f), ContentHash = ArticleSource.HashOf(File.ReadAllBytes(f)) }));
    }

    [Fact]
    public async Task Starting_the_app_twice_on_the_same_database_imports_the_seeds_once()
    {
        List<(int, string, DateTime)> first;
        await using (var factory = TrackerFactory.On(_dataDirectory))
        {
            first = await factory.QueryAsync(Snapshot);
        }

        await using (var again = TrackerFactory.On(_dataDirectory))
        {
            var second = await again.QueryAsync(Snapshot);
            second.Should().Equal(first);
            (await again.QueryAsync(db => db.Claims.CountAsync())).Should().Be(await again.QueryAsync(db => db.Claims.Select(c => new { c.SupplierId, c.RecipientId, c.Category }).Distinct().CountAsync()));
        }

        first.Should().HaveCount(Directory.GetFiles(TrackerFactory.SeedsDirectory).Length);
    }

    private static Task<List<(int, string, DateTime)>> Snapshot(Web.Data.TrackerDbContext db) =>
        db.Articles.OrderBy(a => a.Id).Select(a => ValueTuple.Create(a.Id, a.ContentHash, a.ImportedAt)).ToListAsync();
}

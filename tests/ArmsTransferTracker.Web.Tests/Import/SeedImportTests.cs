using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using ArmsTransferTracker.Web.Tests.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

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
        hashes.Should().BeEquivalentTo(
            seeds.Select(f => new { FileName = Path.GetFileName(f), ContentHash = ArticleSource.HashOf(File.ReadAllBytes(f)) }));
    }

    [Fact]
    public async Task The_first_start_logs_no_warning_from_the_database_layer()
    {
        await using (var factory = TrackerFactory.On(_dataDirectory))
        {
            (await factory.QueryAsync(db => db.Articles.CountAsync())).Should().BePositive();
        }

        var lines = LogReading.ReadShared(Directory.GetFiles(Path.Combine(_dataDirectory, "logs"), "tracker-*.log").Single());
        lines.Should().Contain(line => line.Contains(" imported, 0 already there, 0 failed"), "the start imported the seeds");
        lines.Should().NotContain(line => line.Contains("[WRN] Microsoft.EntityFrameworkCore"), "a warning on every start means nothing");
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
            var distinctClaims = await again.QueryAsync(db =>
                db.Claims.Select(c => new { c.SupplierId, c.RecipientId, c.Category }).Distinct().CountAsync());
            (await again.QueryAsync(db => db.Claims.CountAsync())).Should().Be(distinctClaims);
        }

        first.Should().HaveCount(Directory.GetFiles(TrackerFactory.SeedsDirectory).Length);
    }

    /// <summary>The app on a seeds folder of the test's own.</summary>
    private sealed class SeedsFactory(string seeds) : TrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(configuration =>
                configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Seeds:Directory"] = seeds }));
        }
    }

    [Fact]
    public async Task The_seeds_answer_key_and_its_description_beside_the_articles_are_not_imported_nor_refused()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_dataDirectory, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "one.txt"),
            "Freedonia has delivered six patrol boats to Sylvania, the navy said on Monday.\n");
        File.WriteAllText(Path.Combine(seeds, "seeds.gold.json"), """{"articles": [], "claims": []}""");
        File.WriteAllText(Path.Combine(seeds, "FORMAT.md"), "# Extraction output and answer keys\n");

        await using var factory = new SeedsFactory(seeds);
        var names = await factory.QueryAsync(db => db.Articles.Select(a => a.FileName).ToListAsync());

        names.Should().Equal("one.txt");
        var log = Logging.LogReading.ReadShared(Directory.GetFiles(Path.Combine(factory.DataDirectory, "logs"), "tracker-*.log").Single());
        log.Should().ContainSingle(l => l.Contains("Seeds in")).Which.Should().EndWith("1 imported, 0 already there, 0 failed");
    }

    private static Task<List<(int, string, DateTime)>> Snapshot(Web.Data.TrackerDbContext db) =>
        db.Articles.OrderBy(a => a.Id).Select(a => ValueTuple.Create(a.Id, a.ContentHash, a.ImportedAt)).ToListAsync();
}

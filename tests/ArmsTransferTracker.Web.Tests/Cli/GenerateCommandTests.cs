using System.Globalization;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-generate-").FullName;

    public void Dispose() => TrackerFactory.DeleteDirectory(_root);

    private string[] HostArgs => [$"--Storage:DataDirectory={Path.Combine(_root, "logs")}"];

    private async Task<(int ExitCode, string Output, string Errors)> GenerateAsync(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exitCode = await GenerateCommand.RunAsync(args, HostArgs, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    private static SqliteTrackerDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    [Fact]
    public async Task A_run_writes_exactly_the_claims_and_stances_asked_for_and_says_where()
    {
        var path = Path.Combine(_root, "small.db");

        var (exitCode, output, _) = await GenerateAsync("--claims", "200", "--stances", "1000", "--database", path);

        exitCode.Should().Be(0);
        output.Should().Contain($"into the SQLite database {path}").And.Contain("Wrote 200 claims");
        await using var db = Open(path);
        (await db.Claims.CountAsync()).Should().Be(200);
        (await db.Stances.IgnoreQueryFilters().CountAsync()).Should().Be(1000);
        (await db.Claims.CountAsync(c => c.MergedIntoId != null)).Should().BePositive("some claims are merged into others");
        (await db.Claims.Where(c => c.MergedIntoId == null).AllAsync(c => c.Stances.Any()))
            .Should().BeTrue("every live claim has a source");
        (await db.Articles.CountAsync(a => a.CopyOfId != null)).Should().BePositive("some articles are reprints");
        (await db.Claims.Select(c => c.Category).Distinct().CountAsync()).Should().BeGreaterThan(6);
        (await db.Claims.Select(c => c.Status).Distinct().CountAsync()).Should().BeGreaterThan(2);
        var years = await db.Articles.Where(a => a.PublishedOn != null).Select(a => a.PublishedOn!.Value.Year).Distinct().CountAsync();
        years.Should().BeGreaterThan(5, "dates spread over years");
    }

    [Fact]
    public async Task The_same_seed_writes_the_same_data_and_another_seed_other_data()
    {
        var (first, second, other) = (Path.Combine(_root, "a.db"), Path.Combine(_root, "b.db"), Path.Combine(_root, "c.db"));
        (await GenerateAsync("--claims", "150", "--stances", "600", "--seed", "7", "--database", first)).ExitCode.Should().Be(0);
        (await GenerateAsync("--claims", "150", "--stances", "600", "--seed", "7", "--database", second)).ExitCode.Should().Be(0);
        (await GenerateAsync("--claims", "150", "--stances", "600", "--seed", "8", "--database", other)).ExitCode.Should().Be(0);

        var data = await ContentAsync(first);

        data.Should().HaveCountGreaterThan(750).And.Equal(await ContentAsync(second));
        data.Should().NotEqual(await ContentAsync(other));
    }

    /// <summary>Every claim, stance and article as text, in id order, with the names they point to.</summary>
    private static async Task<List<string>> ContentAsync(string path)
    {
        await using var db = Open(path);
        var claims = await db.Claims.OrderBy(c => c.Id)
            .Select(c => $"{c.Id} {c.Sentence} {c.Category} {c.Quantity} {c.MergedIntoId} {c.StatusOverride} {c.Status} {c.Sources}")
            .ToListAsync();
        var stances = await db.Stances.IgnoreQueryFilters().OrderBy(s => s.Id)
            .Select(s => $"{s.Id} {s.ClaimId} {s.Actor.Name} {s.Value} {s.ArticleId} {s.RecordedAt:O}")
            .ToListAsync();
        var articles = await db.Articles.OrderBy(a => a.Id)
            .Select(a => $"{a.Id} {a.ContentHash} {a.PublishedOn} {a.Outlet!.Name} {a.CopyOfId} {a.ImportedAt:O}")
            .ToListAsync();
        return [.. claims, .. stances, .. articles];
    }

    [Fact]
    public async Task A_database_that_holds_articles_is_refused_and_left_as_it_was()
    {
        var path = Path.Combine(_root, "full.db");
        (await GenerateAsync("--claims", "20", "--stances", "40", "--database", path)).ExitCode.Should().Be(0);

        var (exitCode, output, errors) = await GenerateAsync("--claims", "20", "--stances", "40", "--database", path);

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        errors.Should().Contain("Refused").And.Contain(path).And.Contain("--database");
        await using var db = Open(path);
        (await db.Claims.CountAsync()).Should().Be(20);
    }

    [Theory]
    [InlineData("--claims", "many")]
    [InlineData("--claims", "10", "--stances", "5")]
    [InlineData("--database")]
    [InlineData("extra")]
    public async Task Bad_arguments_are_refused_with_usage_before_anything_is_written(params string[] args)
    {
        var (exitCode, _, errors) = await GenerateAsync(args);

        exitCode.Should().Be(2);
        errors.Should().Contain("generate");
        Directory.EnumerateFiles(_root, "*.db", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public async Task The_app_serves_the_list_and_a_claim_page_from_a_generated_database()
    {
        var dataDirectory = Path.Combine(_root, "data");
        Directory.CreateDirectory(dataDirectory);
        (await GenerateAsync("--claims", "60", "--stances", "300", "--database", Path.Combine(dataDirectory, "tracker.db")))
            .ExitCode.Should().Be(0);
        await using var factory = TrackerFactory.On(dataDirectory);
        var client = factory.CreateClient();

        var list = await client.GetDocumentAsync("/?sort=sources");

        var cards = list.QuerySelectorAll("li.claim");
        cards.Should().HaveCount(20);
        int.Parse(list.QuerySelector(".pager .total")!.TextContent, CultureInfo.InvariantCulture)
            .Should().BeGreaterThanOrEqualTo(55, "the live generated claims, and the seeds' own");
        var busiest = cards[0].QuerySelector("h2 a")!.IdFromHref("/claims/");
        var counted = cards[0].QuerySelectorAll(".tally .count").Sum(count => int.Parse(count.TextContent, CultureInfo.InvariantCulture));
        var claim = await client.GetDocumentAsync($"/claims/{busiest}");
        var sources = claim.QuerySelectorAll("ol.stances > li.stance");
        sources.Should().HaveCount(counted, "the claim page lists the sources the list counts").And.HaveCountGreaterThan(3);
        sources.Should().OnlyContain(source => source.QuerySelector("blockquote.evidence") != null, "each source shows its quote");
    }
}

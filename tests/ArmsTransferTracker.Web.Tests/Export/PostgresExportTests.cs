using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ArmsTransferTracker.Web.Tests.Finding;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;

namespace ArmsTransferTracker.Web.Tests.Export;

/// <summary>The exports and the feed read the same claims on PostgreSQL as on SQLite.</summary>
public sealed class PostgresExportTests(PostgresFindingFactory postgres) : IClassFixture<PostgresFindingFactory>
{
    [PostgresFact]
    public async Task The_exports_and_the_feed_answer_on_postgres_as_the_database_has_it()
    {
        var ids = await IdsAsync(postgres.Factory);
        var client = postgres.Factory.CreateClient();
        foreach (var query in new[] { "", "supplier=Ruritania&sort=sources", "status=asserted", "outlet=Genovia%20Post&from=2023-09-01" })
        {
            var listed = await client.ListedAsync(query);
            var expected = await ExportKit.ExpectedRowsAsync(postgres.Factory, listed);

            var (rows, _) = await client.GetCsvAsync($"/export/claims.csv?{query}");
            var claims = await client.GetJsonExportAsync($"/export/claims.json?{query}");

            rows.Select(r => int.Parse(r.ClaimId)).Distinct().Should().Equal(listed, query);
            rows.Should().BeEquivalentTo(expected.Select(r => r.Neutralised()), query);
            ExportKit.Rows(claims).Should().BeEquivalentTo(expected, query);
        }

        var feed = await ClaimFeedTests.GetFeedAsync(client, "/feed/claims.atom?recipient=Latveria");

        var recorded = await postgres.Factory.QueryAsync(db => db.Stances
            .Where(s => s.ClaimId == ids[Claim.RuritaniaDrones] || s.ClaimId == ids[Claim.GenoviaRifles])
            .GroupBy(s => s.ClaimId)
            .Select(g => new { ClaimId = g.Key, Latest = g.Max(s => s.RecordedAt) })
            .OrderByDescending(c => c.Latest).ThenByDescending(c => c.ClaimId)
            .ToListAsync());
        // Atom's dates as the formatter writes them: to the second.
        static DateTimeOffset Second(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        feed.Items.Select(i => (i.Id, i.LastUpdatedTime)).Should().Equal(
            recorded.Select(c => ($"http://localhost/claims/{c.ClaimId}", Second(c.Latest))));
    }
}

using System.Text.Json;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class ExtractHeadlineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-headline-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    // Neither file has a headline of its own: both go by the start of their first line.
    [InlineData("plain.txt", "LONDON — Iran has sent short-range ballistic missiles to Russia, "
        + "Secretary of State Antony Blinken said Tuesday, "
        + "declaring that Washington intends sanctions for a move that pulls Tehran more deeply into the conflict.\n\n"
        + "Iranian officials denied it.\n")]
    [InlineData("page.html", "<html><body><article>"
        + "<p>Sylvania received armed drones from Freedonia, officials in the capital said on Monday.</p>"
        + "<p>The government of Freedonia did not comment.</p></article></body></html>")]
    public async Task Extract_prints_the_headline_the_import_stores(string fileName, string content)
    {
        var file = Path.Combine(_root, fileName);
        File.WriteAllText(file, content);
        var dataDirectory = Path.Combine(_root, "data");
        (await ImportCommand.RunAsync([file], [$"--Storage:DataDirectory={dataDirectory}"], new StringWriter())).Should().Be(0);
        await using var db = new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataDirectory, "tracker.db")};Pooling=False").Options);
        var stored = await db.Articles.Select(a => a.Headline).SingleAsync();

        using var output = new MemoryStream();
        (await ExtractCommand.RunAsync([file], output, new StringWriter())).Should().Be(0);

        var printed = JsonDocument.Parse(output.ToArray()).RootElement.GetProperty("articles")[0].GetProperty("headline").GetString();
        printed.Should().Be(stored).And.StartWith(content.StartsWith('<') ? "Sylvania received armed drones" : "LONDON — Iran has sent");
    }
}

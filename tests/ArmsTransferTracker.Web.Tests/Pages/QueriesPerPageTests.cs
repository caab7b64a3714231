using System.Text.Json;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages;

/// <summary>
/// No query per row: the list, the read API, a claim page and a search send as many SQL commands for a database of 5 claims
/// as for one of 50, and for a claim with a few sources as for one with dozens (each database made by the generate verb).
/// </summary>
public sealed class QueriesPerPageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-queries-").FullName;

    public void Dispose() => TrackerFactory.DeleteDirectory(_root);

    [Fact]
    public async Task Pages_send_as_many_commands_for_many_rows_as_for_few()
    {
        var few = await VisitAsync(claims: 5, stances: 15);
        var many = await VisitAsync(claims: 50, stances: 400);

        many.Keys.Should().BeEquivalentTo(few.Keys);
        foreach (var (page, (rows, commands)) in many)
        {
            rows.Should().BeGreaterThan(few[page].Rows, "{0} shows more rows from the larger database", page);
            commands.Should().Be(few[page].Commands, "{0} sends the same commands whatever its rows", page);
        }
    }

    /// <summary>Each page visited: the rows it shows and the commands it sent.</summary>
    private async Task<Dictionary<string, (int Rows, int Commands)>> VisitAsync(int claims, int stances)
    {
        var directory = Path.Combine(_root, claims.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var generated = await GenerateCommand.RunAsync(
            ["--claims", $"{claims}", "--stances", $"{stances}", "--database", Path.Combine(directory, "tracker.db")],
            [$"--Storage:DataDirectory={directory}"], TextWriter.Null, TextWriter.Null);
        generated.Should().Be(0);
        await using var factory = new QueryCountingFactory(directory);
        var anonymous = factory.CreateClient();
        var editor = await factory.SignedInAsync(Roles.Editor);
        var busiest = await factory.QueryAsync(db => db.Claims.OrderByDescending(c => c.Sources).Select(c => c.Id).FirstAsync());

        var visits = new Dictionary<string, (int Rows, int Commands)>();
        foreach (var (name, client, url, rows) in new[]
        {
            ("the list", anonymous, "/", "li.claim"),
            ("the list by sources, 100 a page", anonymous, "/?sort=sources&pageSize=100", "li.claim"),
            ("the list for an editor", editor, "/?pageSize=100", "li.claim"),
            ("the list filtered", anonymous, "/?status=asserted&sort=sources&pageSize=100", "li.claim"),
            ("the busiest claim's page", anonymous, $"/claims/{busiest}", "li.stance"),
            ("the busiest claim's page for an editor", editor, $"/claims/{busiest}", "li.stance"),
            // Russia is the busiest supplier and recipient: its claims, the articles that speak of them, its actors.
            ("a search", anonymous, "/search?q=Russia", "li.card"),
            ("a search's claims", anonymous, "/search?q=Russia&type=claims", "li.card.claim"),
        })
        {
            var shown = 0;
            var commands = await factory.CountAsync(async () =>
                shown = (await client.GetDocumentAsync(url)).QuerySelectorAll(rows).Length);
            visits[name] = (shown, commands);
        }
        var items = 0;
        var apiCommands = await factory.CountAsync(async () =>
        {
            using var list = JsonDocument.Parse(await anonymous.GetStringAsync("/api/claims?pageSize=100"));
            items = list.RootElement.GetProperty("items").GetArrayLength();
        });
        visits["the read API's list"] = (items, apiCommands);
        return visits;
    }
}

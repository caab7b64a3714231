using System.Globalization;
using System.Net;
using System.Text.Json;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Export;

/// <summary>One row of the CSV export, every cell as text: a stance with its claim's columns.</summary>
public sealed record ExportRow(
    string ClaimId, string Supplier, string Recipient, string Item, string Category, string Quantity, string Status, string Actor,
    string Stance, string Evidence, string ArticleId, string ArticleTitle, string Outlet, string Published, string ArticleUrl)
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "claim_id", "supplier", "recipient", "item", "category", "quantity", "status", "actor", "stance", "evidence",
        "article_id", "article_title", "outlet", "published", "article_url",
    ];

    public IReadOnlyList<string> Cells =>
    [
        ClaimId, Supplier, Recipient, Item, Category, Quantity, Status, Actor, Stance, Evidence, ArticleId, ArticleTitle, Outlet,
        Published, ArticleUrl,
    ];

    public static ExportRow Of(IReadOnlyList<string> cells) => new(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6],
        cells[7], cells[8], cells[9], cells[10], cells[11], cells[12], cells[13], cells[14]);

    /// <summary>As a spreadsheet must get it: a cell that starts like a formula behind a quote, which makes it text (OWASP).</summary>
    public ExportRow Neutralised() => Of([.. Cells.Select(c => c.Length > 0 && "=+-@\t\r".Contains(c[0]) ? "'" + c : c)]);
}

/// <summary>Reads the exports back, and what they should say read straight from the database.</summary>
public static class ExportKit
{
    public static async Task<(List<ExportRow> Rows, string Text)> GetCsvAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',' });
        var rows = new List<ExportRow>();
        while (reader.Read())
        {
            rows.Add(ExportRow.Of([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]));
        }
        reader.Headers.Should().Equal(ExportRow.Header);
        return (rows, System.Text.Encoding.UTF8.GetString(bytes));
    }

    public static async Task<JsonElement> GetJsonExportAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The JSON export in the CSV's rows: a row per stance, or one with empty stance cells for a claim with none.</summary>
    public static List<ExportRow> Rows(JsonElement claims) => [.. claims.EnumerateArray().SelectMany(claim =>
    {
        static string Text(JsonElement e, string name) =>
            e.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : e.GetProperty(name).ToString();
        string[] columns =
        [
            Text(claim, "id"), claim.GetProperty("supplier").GetProperty("name").GetString()!,
            claim.GetProperty("recipient").GetProperty("name").GetString()!, Text(claim, "item"), Text(claim, "category"),
            Text(claim, "quantity"), Text(claim, "status"),
        ];
        var stances = claim.GetProperty("stances").EnumerateArray().ToList();
        return stances.Count == 0
            ? [ExportRow.Of([.. columns, "", "", "", "", "", "", "", ""])]
            : stances.Select(s =>
            {
                var source = s.GetProperty("source");
                return ExportRow.Of([.. columns, s.GetProperty("actor").GetProperty("name").GetString()!, Text(s, "stance"),
                    string.Join("\n", s.GetProperty("evidence").EnumerateArray().Select(q => q.GetProperty("text").GetString())),
                    Text(source, "articleId"), Text(source, "title"), Text(source, "outlet"), Text(source, "publishedOn"),
                    Text(source, "url")]);
            });
    })];

    /// <summary>
    /// What the export of <paramref name="claimIds"/> should hold, read from the tables: each shown stance (not rejected; the
    /// context hides removed ones) with its quotes in order, and the claim's status as shown (an editor's, else its sources').
    /// </summary>
    public static Task<List<ExportRow>> ExpectedRowsAsync(TrackerFactory factory, IReadOnlyCollection<int> claimIds) =>
        factory.QueryAsync(async db =>
        {
            var claims = await db.Claims.Where(c => claimIds.Contains(c.Id))
                .Select(c => new
                {
                    c.Id, Supplier = c.Supplier.Name, Recipient = c.Recipient.Name, c.Item, c.Category, c.Quantity, c.StatusOverride,
                })
                .ToListAsync();
            var tallies = await db.Stances.Where(s => claimIds.Contains(s.ClaimId)).TallyByClaimAsync(CancellationToken.None);
            var stances = (await db.Stances.Where(s => claimIds.Contains(s.ClaimId) && s.Review != StanceReview.Rejected)
                    .Select(s => new
                    {
                        s.ClaimId, Actor = s.Actor.Name, s.Value, Quotes = s.Evidence.OrderBy(e => e.Position).Select(e => e.Text).ToList(),
                        s.ArticleId, s.Article.Headline, Outlet = s.Article.Outlet == null ? "" : s.Article.Outlet.Name,
                        s.Article.PublishedOn, s.Article.Url,
                    })
                    .ToListAsync())
                .ToLookup(s => s.ClaimId);
            return claims.SelectMany(c =>
            {
                var status = (c.StatusOverride ?? tallies.GetValueOrDefault(c.Id, SourceTally.None).Status).ToString().ToLowerInvariant();
                string[] columns = [$"{c.Id}", c.Supplier, c.Recipient, c.Item, c.Category, c.Quantity ?? "", status];
                return stances[c.Id].Any()
                    ? stances[c.Id].Select(s => ExportRow.Of([
                        .. columns, s.Actor, s.Value.ToString().ToLowerInvariant(), string.Join("\n", s.Quotes), $"{s.ArticleId}",
                        s.Headline, s.Outlet, s.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", s.Url ?? ""]))
                    : [ExportRow.Of([.. columns, "", "", "", "", "", "", "", ""])];
            }).ToList();
        });

    /// <summary>The claims the read API lists for <paramref name="query"/>, in its order (all: the tests hold fewer than 100).</summary>
    public static async Task<List<int>> ListedAsync(this HttpClient client, string query)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync($"/api/claims?{query}&pageSize=100"));
        list.RootElement.GetProperty("total").GetInt32().Should().BeLessThan(100);
        return [.. list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
    }
}

using System.Net;
using System.Text.Json;
using ArmsTransferTracker.Web.Tests.Finding;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;

namespace ArmsTransferTracker.Web.Tests.Export;

/// <summary>The CSV and JSON exports of the claims that the filters of "/" keep, read back and compared with the database.</summary>
public sealed class ClaimExportsTests(ExportFactory factory) : IClassFixture<ExportFactory>
{
    /// <summary>The bad values of <see cref="FilterCases.Bad"/> but the paging ones, which an export does not read.</summary>
    public static TheoryData<string, string> BadFilters()
    {
        var cases = new TheoryData<string, string>();
        var bad = FilterCases.Bad.Select(row => (Query: (string)row[0], Field: (string)row[1]));
        foreach (var (query, field) in bad.Where(c => c.Field is not ("page" or "pageSize")))
        {
            foreach (var route in new[] { "/export/claims.csv", "/export/claims.json", "/feed/claims.atom" })
            {
                cases.Add($"{route}?{query}", field);
            }
        }
        return cases;
    }

    [Theory]
    [InlineData("")]
    [InlineData("sort=sources")]
    [InlineData("recipient=Latveria")]
    [InlineData("status=contested&from=2023-01-01")]
    public async Task The_csv_has_a_row_per_shown_stance_of_every_matching_claim_as_the_database_has_it(string query)
    {
        var client = factory.CreateClient();
        var listed = await client.ListedAsync(query);

        var (rows, _) = await client.GetCsvAsync($"/export/claims.csv?{query}");

        rows.Select(r => int.Parse(r.ClaimId)).Distinct().Should().Equal(listed, "the export keeps the list's claims in its order");
        rows.Should().BeEquivalentTo((await ExportKit.ExpectedRowsAsync(factory, listed)).Select(r => r.Neutralised()));
    }

    [Fact]
    public async Task The_unfiltered_csv_holds_every_claim_not_merged_and_a_claim_without_shown_stances_in_one_row()
    {
        var client = factory.CreateClient();
        var all = await factory.QueryAsync(db => db.Claims.Where(c => c.MergedIntoId == null).Select(c => c.Id).ToListAsync());

        var (rows, _) = await client.GetCsvAsync("/export/claims.csv");

        rows.Select(r => int.Parse(r.ClaimId)).Distinct().Should().BeEquivalentTo(all);
        rows.Where(r => r.ClaimId == $"{factory.SilentClaim}").Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Actor = "", Stance = "", ArticleId = "", Status = "unconfirmed" });
    }

    [Fact]
    public async Task A_filtered_export_lacks_the_other_claims()
    {
        var client = factory.CreateClient();
        int[] ruritanias = [factory.Ids[Claim.RuritaniaJets], factory.Ids[Claim.RuritaniaDrones]];

        var (rows, _) = await client.GetCsvAsync("/export/claims.csv?supplier=Ruritania&sort=sources");
        var claims = await client.GetJsonExportAsync("/export/claims.json?supplier=ruritania&sort=sources");

        rows.Select(r => int.Parse(r.ClaimId)).Distinct().Should().Equal(ruritanias);
        rows.Select(r => r.Supplier).Should().OnlyContain(s => s == Ruritania);
        claims.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).Should().Equal(ruritanias);
    }

    [Theory]
    [InlineData("")]
    [InlineData("outlet=Genovia%20Post")]
    public async Task The_json_is_the_claims_with_their_stances_and_sources_as_the_database_has_them(string query)
    {
        var client = factory.CreateClient();
        var listed = await client.ListedAsync(query);
        using var list = JsonDocument.Parse(await client.GetStringAsync($"/api/claims?{query}&pageSize=100"));

        var claims = await client.GetJsonExportAsync($"/export/claims.json?{query}");

        claims.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).Should().Equal(listed);
        ExportKit.Rows(claims).Should().BeEquivalentTo(await ExportKit.ExpectedRowsAsync(factory, listed));
        claims.EnumerateArray().Select(c => c.GetProperty("sources").ToString()).Should().Equal(
            list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sources").ToString()),
            "each claim counts its independent sources as the list does");
    }

    [Fact]
    public async Task A_cell_that_starts_like_a_formula_is_written_behind_a_quote_as_text()
    {
        var (rows, text) = await factory.CreateClient().GetCsvAsync("/export/claims.csv");

        var row = rows.Single(r => r.ClaimId == $"{factory.FormulaClaim}");
        (row.Item, row.Quantity, row.ArticleTitle, row.Evidence[0]).Should().Be(
            ("'" + ExportFactory.FormulaItem, "'-200", "'" + ExportFactory.FormulaHeadline, '\''));
        rows.SelectMany(r => r.Cells).Should().NotContain(c => c.Length > 0 && "=+-@".Contains(c[0]), "no cell opens on a formula");
        text.Should().Contain("\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"rifles\"\")\"", "the quote is inside the quoted cell");
    }

    [Fact]
    public async Task Exports_are_downloads_named_by_the_day()
    {
        using var csv = await factory.CreateClient().GetAsync("/export/claims.csv");
        using var json = await factory.CreateClient().GetAsync("/export/claims.json");

        csv.Content.Headers.ContentDisposition!.FileName.Should().Be("claims-2026-06-01.csv");
        json.Content.Headers.ContentDisposition!.FileName.Should().Be("claims-2026-06-01.json");
    }

    [Theory]
    [MemberData(nameof(BadFilters))]
    public async Task A_bad_filter_is_a_400_problem_saying_what_the_list_page_says(string url, string field)
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/" + url[url.IndexOf('?')..], HttpStatusCode.BadRequest);

        using var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString()
            .Should().Be(page.QuerySelector($".filter-errors li[data-field={field}]")!.TextContent);
    }

    [Fact]
    public async Task The_list_links_its_exports_and_feed_with_its_filters_and_not_its_page()
    {
        var client = factory.CreateClient();

        var filtered = await client.GetDocumentAsync("/?supplier=Ruritania&sort=sources&page=2&pageSize=1");
        var other = await client.GetDocumentAsync("/?status=contested&from=2023-01-01");
        var unfiltered = await client.GetDocumentAsync("/");

        static IEnumerable<string?> Links(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [
            page.QuerySelector("a.export-csv")?.GetAttribute("href"), page.QuerySelector("a.export-json")?.GetAttribute("href"),
            page.QuerySelector("a.feed")?.GetAttribute("href"),
            page.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"),
        ];
        Links(filtered).Should().Equal(
            "/export/claims.csv?supplier=Ruritania&sort=sources", "/export/claims.json?supplier=Ruritania&sort=sources",
            "/feed/claims.atom?supplier=Ruritania", "/feed/claims.atom?supplier=Ruritania");
        Links(other).Should().Equal(
            "/export/claims.csv?status=contested&from=2023-01-01", "/export/claims.json?status=contested&from=2023-01-01",
            "/feed/claims.atom?status=contested&from=2023-01-01", "/feed/claims.atom?status=contested&from=2023-01-01");
        Links(unfiltered).Should().Equal("/export/claims.csv", "/export/claims.json", "/feed/claims.atom", "/feed/claims.atom");
    }

    [Fact]
    public async Task A_list_with_bad_filters_links_no_export_or_feed()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/?status=bogus", HttpStatusCode.BadRequest);

        page.QuerySelectorAll("a.export-csv, a.export-json, a.feed, link[type='application/atom+xml']").Should().BeEmpty();
    }
}

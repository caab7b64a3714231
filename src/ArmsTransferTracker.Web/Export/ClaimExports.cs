using System.Globalization;
using System.Text.Json;
using ArmsTransferTracker.Web.Api;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Finding;
using ArmsTransferTracker.Web.Pages;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ArmsTransferTracker.Web.Export;

/// <summary>
/// Downloads of every claim the list page's filters keep, in its sort, unpaged: <c>/export/claims.csv</c>, one row per
/// stance with the claim's columns repeated (a claim without stances is one row with the stance columns empty), and
/// <c>/export/claims.json</c>, an array of claims each with its stances and their articles. Both are written as they are
/// read (<see cref="ExportedClaims"/>). Bad filters answer 400 as <c>GET /api/claims</c> does.
/// </summary>
public static class ClaimExports
{
    public const string CsvRoute = "/export/claims.csv";

    public const string JsonRoute = "/export/claims.json";

    public static IReadOnlyList<string> CsvHeader { get; } =
    [
        "claim_id", "supplier", "recipient", "item", "category", "quantity", "status", "actor", "stance", "evidence",
        "article_id", "article_title", "outlet", "published", "article_url",
    ];

    /// <summary>A cell that starts like a formula (= + - @, tab, CR) gets a leading quote, shown as text (as OWASP advises).</summary>
    private static readonly CsvWriterOptions Csv = new() { Injection = CsvInjection.Escape, InjectionEscape = '\'' };

    public static IEndpointRouteBuilder MapClaimExports(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export").WithTags("Export");
        export.MapGet("/claims.csv", ExportCsv).WithName("ExportClaimsCsv")
            .WithSummary("Every claim the filters keep, one CSV row per stance");
        export.MapGet("/claims.json", ExportJson).WithName("ExportClaimsJson")
            .WithSummary("Every claim the filters keep, with its stances and their articles");
        return app;
    }

    private static Results<PushStreamHttpResult, ValidationProblem> ExportCsv(
        [AsParameters] ClaimFilter filter, [FromServices] TrackerDbContext db, [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (filter.ParseUnpaged(out var errors) is not { } query)
        {
            return ReadApi.FilterProblem(errors);
        }
        return TypedResults.Stream(body => WriteCsvAsync(body, ExportedClaims.ReadAsync(db, query, cancellationToken), cancellationToken),
            "text/csv; charset=utf-8", FileName(time, "csv"));
    }

    private static Results<PushStreamHttpResult, ValidationProblem> ExportJson(
        [AsParameters] ClaimFilter filter, [FromServices] TrackerDbContext db, [FromServices] TimeProvider time,
        [FromServices] IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        if (filter.ParseUnpaged(out var errors) is not { } query)
        {
            return ReadApi.FilterProblem(errors);
        }
        // An async sequence is written as a JSON array, flushed as the writer's buffer fills.
        return TypedResults.Stream(body => JsonSerializer.SerializeAsync(
                body, ExportedClaims.ReadAsync(db, query, cancellationToken), json.Value.SerializerOptions, cancellationToken),
            "application/json; charset=utf-8", FileName(time, "json"));
    }

    private static async Task WriteCsvAsync(Stream body, IAsyncEnumerable<ExportedClaim> claims, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, Csv, leaveOpen: true);
        await csv.WriteRecordAsync([.. CsvHeader], cancellationToken);
        await foreach (var claim in claims)
        {
            foreach (var row in Rows(claim))
            {
                await csv.WriteRecordAsync(row, cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static IEnumerable<string[]> Rows(ExportedClaim claim)
    {
        string[] Row(ExportedStance? stance) =>
        [
            claim.Id.ToString(CultureInfo.InvariantCulture), claim.Supplier.Name, claim.Recipient.Name, claim.Item, claim.Category,
            claim.Quantity ?? "", claim.Status, stance?.Actor.Name ?? "", stance?.Stance ?? "",
            stance is null ? "" : string.Join("\n", stance.Evidence.Select(q => q.Text)),
            stance?.Source.ArticleId.ToString(CultureInfo.InvariantCulture) ?? "", stance?.Source.Title ?? "", stance?.Source.Outlet ?? "",
            stance?.Source.PublishedOn is { } published ? Display.IsoDate(published) : "", stance?.Source.Url ?? "",
        ];
        return claim.Stances.Count == 0 ? [Row(null)] : claim.Stances.Select(Row);
    }

    /// <summary>"claims-2026-12-03.csv": the day of the export, so that downloads on different days do not overwrite each other.</summary>
    private static string FileName(TimeProvider time, string extension) =>
        $"claims-{Display.IsoDate(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))}.{extension}";
}

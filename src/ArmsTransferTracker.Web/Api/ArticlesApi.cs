using System.Text.Json;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Api;

/// <summary>
/// <c>POST /api/articles</c>: import articles without the form.
/// <list type="bullet">
/// <item>Body: <c>multipart/form-data</c> with one or more parts named <c>file</c> (.txt, .html, .htm); or JSON
/// <c>{"text": "..."}</c>; or JSON <c>{"url": "https://..."}</c>.</item>
/// <item>Every answer's JSON has <c>outcomes</c>: one per file, or one for the text or URL, each
/// <c>{name, status, articleId, location, message, claims, copyOfArticleId}</c> with status <c>imported</c>,
/// <c>duplicate</c>, <c>extractionFailed</c> or <c>refused</c>.</item>
/// <item>201 Created, <c>Location: /articles/{id}</c> of the first article stored: something new was stored and nothing
/// was refused. An article stored whose extraction failed is created too (its page says why and re-runs it).</item>
/// <item>200 OK, <c>Location</c> of the existing article: everything was already imported. Not 303: a client following
/// it would trade this JSON for the article's HTML page, and nothing went wrong that needs redirecting.</item>
/// <item>400 problem+json: bad input (no file part, blank text, a refused file, malformed JSON). With several files,
/// any refusal gives 400, and <c>outcomes</c> says which of the others were stored: each file is imported on its own, so
/// sending the same request again after fixing the refused ones adds only those (the rest answer "duplicate").</item>
/// <item>422 problem+json: a well-formed URL whose page could not be fetched (timeout, 404, 500, redirect loop, an
/// image) or is not an article. Not 502: this server is not failing as a gateway, the address given is what cannot be
/// used, and clients and monitors treat 5xx as this server's fault and retry.</item>
/// <item>413 problem+json only when a body is far over the limit (see <see cref="ImportRequestLimits"/>); 415 for other
/// content types.</item>
/// </list>
/// Contributors, editors and admins only: by personal token, or by the sign-in cookie with the antiforgery header
/// (<see cref="ImportAuthorization"/>); 401 without either, 403 for a cookie without the header or a user without the role.
/// </summary>
public static class ArticlesApi
{
    public const string Route = "/api/articles";

    private const string AcceptedBodies =
        "multipart/form-data with one or more parts named \"file\", JSON {\"text\": \"...\"} or JSON {\"url\": \"https://...\"}";

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, PostAsync)
            // The form antiforgery check does not fit an API; ImportAuthorization checks the header for cookie requests.
            .DisableAntiforgery()
            .RequireImportRights()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces<ImportResponse>(StatusCodes.Status201Created)
            .Produces<ImportResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("ImportArticles");
        return app;
    }

    /// <summary>The JSON body: exactly one of <see cref="Text"/> and <see cref="Url"/>.</summary>
    public sealed record ImportRequest(string? Text, string? Url);

    public sealed record ImportResponse(IReadOnlyList<OutcomeBody> Outcomes);

    public sealed record OutcomeBody(
        string Name, string Status, int? ArticleId, string? Location, string Message, int Claims, int? CopyOfArticleId)
    {
        public static OutcomeBody From(ImportOutcome outcome) => new(
            outcome.Name,
            outcome.Status switch
            {
                ImportStatus.Imported => "imported",
                ImportStatus.Duplicate => "duplicate",
                ImportStatus.ExtractionFailed => "extractionFailed",
                _ => "refused",
            },
            outcome.ArticleId,
            outcome.ArticleId is { } id ? ArticlePath(id) : null,
            outcome.Message,
            outcome.Claims,
            outcome.CopyOfArticleId);
    }

    public static string ArticlePath(int id) => $"/articles/{id}";

    private static async Task<IResult> PostAsync(
        HttpContext context,
        [FromServices] ArticleImporter importer,
        [FromServices] ArticleFetcher fetcher,
        [FromServices] IOptions<ImportSettings> options,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        ImportRequestLimits.Apply(context, settings);
        var request = context.Request;
        try
        {
            if (request.HasFormContentType)
            {
                return await ImportFilesAsync(context, importer, cancellationToken);
            }
            if (request.HasJsonContentType())
            {
                return await ImportJsonAsync(context, importer, fetcher, cancellationToken);
            }
        }
        catch (Exception e) when (ImportRequestLimits.IsTooLarge(e))
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The request is too large",
                Sentence(ImportRequestLimits.TooLargeMessage(settings)) + $" Accepted: {ArticleDecoder.AcceptedDescription}.");
        }
        return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
            $"The body is {request.ContentType ?? "without a content type"}; accepted: {AcceptedBodies}.");
    }

    private static async Task<IResult> ImportFilesAsync(HttpContext context, ArticleImporter importer, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var files = form.Files.GetFiles("file");
        if (files.Count == 0)
        {
            return BadInput("file", $"there is no part named \"file\"; accepted: {AcceptedBodies}.");
        }
        if (files.Count > ImportRequestLimits.MaxFiles)
        {
            return BadInput("file", $"{files.Count} files were sent; at most {ImportRequestLimits.MaxFiles} are accepted at once.");
        }
        var outcomes = new List<ImportOutcome>();
        foreach (var file in files)
        {
            outcomes.Add(await importer.ImportAsync(await ArticleUploads.ToSourceAsync(file, cancellationToken), null, cancellationToken));
        }
        return Answer(context, outcomes, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ImportJsonAsync(
        HttpContext context, ArticleImporter importer, ArticleFetcher fetcher, CancellationToken cancellationToken)
    {
        ImportRequest? body;
        try
        {
            body = await context.Request.ReadFromJsonAsync<ImportRequest>(cancellationToken);
        }
        catch (JsonException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "The JSON could not be read", $"{JsonProblem(e)} Accepted: {AcceptedBodies}.");
        }
        var hasText = !string.IsNullOrWhiteSpace(body?.Text);
        var hasUrl = !string.IsNullOrWhiteSpace(body?.Url);
        if (hasText && hasUrl)
        {
            return BadInput("url", "give either \"text\" or \"url\", not both.");
        }
        if (!hasText && !hasUrl)
        {
            return body?.Text is { Length: > 0 }
                ? BadInput("text", "\"text\" holds only white space; send the article's text.")
                : BadInput("text", $"neither \"text\" nor \"url\" was given; accepted: {AcceptedBodies}.");
        }
        if (hasText)
        {
            var outcome = await importer.ImportTextAsync(body!.Text!, cancellationToken);
            return Answer(context, [outcome], StatusCodes.Status400BadRequest);
        }
        if (!WebAddresses.TryParse(body!.Url, out var url, out var problem))
        {
            return BadInput("url", $"{problem} Accepted: {ArticleUploads.AcceptedAddresses}.");
        }
        var imported = await ArticleUploads.ImportUrlAsync(fetcher, importer, url.AbsoluteUri, cancellationToken);
        return Answer(context, [imported.Outcome], StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>
    /// What was wrong with a JSON body, and where. The serializer's own message names the C# type it was reading into
    /// ("ArticlesApi+ImportRequest") and its reader's internals.
    /// </summary>
    private static string JsonProblem(JsonException e)
    {
        var where = e.LineNumber is { } line && e.BytePositionInLine is { } position ? $" (line {line + 1}, character {position + 1})" : "";
        return e.Path is "$.text" or "$.url"
            ? $"\"{e.Path[2..]}\" must be a string in double quotes{where}."
            : $"The body must be one well-formed JSON object{where}.";
    }

    /// <summary>Answers what the outcomes came to; <paramref name="refusedStatus"/> is the status when any was refused.</summary>
    private static IResult Answer(HttpContext context, IReadOnlyList<ImportOutcome> outcomes, int refusedStatus)
    {
        var bodies = outcomes.Select(OutcomeBody.From).ToList();
        var refused = outcomes.Where(o => o.Status == ImportStatus.Refused).ToList();
        if (refused.Count > 0)
        {
            var title = outcomes.Count == 1
                ? "The article was not imported"
                : $"{refused.Count} of {outcomes.Count} files were not imported";
            var detail = string.Join(" ", refused.Select(o => outcomes.Count == 1
                ? Sentence(o.Message)
                : $"{o.Name}: {Sentence(o.Message)}"));
            return Problem(refusedStatus, title, detail, bodies);
        }
        var created = outcomes.FirstOrDefault(o => o.Status is ImportStatus.Imported or ImportStatus.ExtractionFailed);
        if (created is not null)
        {
            return TypedResults.Created(ArticlePath(created.ArticleId!.Value), new ImportResponse(bodies));
        }
        context.Response.Headers.Location = ArticlePath(outcomes[0].ArticleId!.Value);
        return TypedResults.Ok(new ImportResponse(bodies));
    }

    private static IResult BadInput(string field, string detail) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [Sentence(detail)] },
            detail: Sentence(detail),
            title: "The request holds nothing that can be imported");

    private static IResult Problem(int status, string title, string detail, IReadOnlyList<OutcomeBody>? outcomes = null) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            extensions: outcomes is null ? null : new Dictionary<string, object?> { ["outcomes"] = outcomes });

    /// <summary>The importer's messages start lower-case, to follow a file name; alone they start a sentence.</summary>
    private static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}

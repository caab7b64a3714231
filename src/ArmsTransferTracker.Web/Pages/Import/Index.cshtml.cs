using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using ArmsTransferTracker.Web.Api;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ArticleDetails = ArmsTransferTracker.Web.Pages.Articles.DetailsModel;

namespace ArmsTransferTracker.Web.Pages.Import;

/// <summary>
/// Three ways to import articles: upload files, paste text, or give a URL. One import leads to its article; several files
/// are summarised here; a refusal shows the form again with what was wrong and what is accepted.
/// </summary>
[ImportRequestLimits]
[Authorize(Policy = Policies.Import)]
public sealed class IndexModel(ArticleImporter importer, TrackerDbContext db, IOptions<ImportSettings> settings) : PageModel
{
    public const string FilesField = "Input.Files";
    public const string TextField = "Input.Text";
    public const string UrlField = "Input.Url";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The outcome of each file of a multi-file upload, in the order they were sent.</summary>
    public IReadOnlyList<SummaryRow> Summary { get; private set; } = [];

    /// <summary>"3 files: 1 imported, 1 already imported, 1 refused": each outcome that occurred, in the order of the enum.</summary>
    public string SummaryHeading => $"{Summary.Count} files: " + string.Join(", ", Summary
        .GroupBy(row => row.Status).OrderBy(outcome => outcome.Key)
        .Select(outcome => $"{outcome.Count()} {SummaryRow.Counted(outcome.Key)}"));

    public static string AcceptedFiles => ArticleDecoder.AcceptedDescription;

    /// <summary>What files are accepted, as the start of a sentence.</summary>
    public static string AcceptedFilesSentence => char.ToUpperInvariant(AcceptedFiles[0]) + AcceptedFiles[1..];

    public static string AcceptAttribute => string.Join(",", ArticleDecoder.AcceptedExtensions.Append("text/plain").Append("text/html"));

    /// <summary>The import limit for one file or paste, in words.</summary>
    public string MaxSize => Sizes.Describe(settings.Value.MaxBytes);

    /// <summary>The form; after an upload far over the limit (see <see cref="ImportRequestLimitsAttribute"/>), with why.</summary>
    public void OnGet()
    {
        if (TempData[ImportRequestLimitsAttribute.TooLargeMessageKey] is string message)
        {
            var field = TempData[ImportRequestLimitsAttribute.TooLargeHandlerKey] as string == "Text" ? TextField : FilesField;
            ModelState.AddModelError(field, message);
        }
    }

    public async Task<IActionResult> OnPostFilesAsync(CancellationToken cancellationToken)
    {
        var files = Input.Files;
        if (files.Count == 0)
        {
            return Invalid(FilesField, $"Choose one or more files to upload: {AcceptedFiles}.");
        }
        if (files.Count > ImportRequestLimits.MaxFiles)
        {
            return Invalid(FilesField, $"{files.Count} files were chosen; at most {ImportRequestLimits.MaxFiles} can be imported at once.");
        }

        var outcomes = new List<ImportOutcome>();
        foreach (var file in files)
        {
            outcomes.Add(await importer.ImportAsync(await ArticleUploads.ToSourceAsync(file, cancellationToken), null, cancellationToken));
        }
        if (outcomes.Count == 1)
        {
            return await SingleAsync(outcomes[0], FilesField, cancellationToken);
        }

        var ids = outcomes.Where(o => o.ArticleId is not null).Select(o => o.ArticleId!.Value).ToList();
        var headlines = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Headline })
            .ToDictionaryAsync(a => a.Id, a => a.Headline, cancellationToken);
        Summary = outcomes.Select(o => new SummaryRow(
                o.Name, o.Status, o.Message, o.ArticleId, o.ArticleId is { } id ? headlines.GetValueOrDefault(id) : null))
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostTextAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Text))
        {
            return Invalid(TextField, "Paste the article's text; the box is empty.");
        }
        return await SingleAsync(await importer.ImportTextAsync(Input.Text, cancellationToken), TextField, cancellationToken);
    }

    public async Task<IActionResult> OnPostUrlAsync([FromServices] ArticleFetcher fetcher, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Url))
        {
            return Invalid(UrlField, $"Enter the article's address: {ArticleUploads.AcceptedAddresses}.");
        }
        var imported = await ArticleUploads.ImportUrlAsync(fetcher, importer, Input.Url, cancellationToken);
        return await SingleAsync(imported.Outcome, UrlField, cancellationToken);
    }

    /// <summary>A stored article leads to its page with a status message; a refusal shows the form again at that field.</summary>
    private async Task<IActionResult> SingleAsync(ImportOutcome outcome, string field, CancellationToken cancellationToken)
    {
        if (outcome.ArticleId is not { } id)
        {
            var what = field switch
            {
                TextField => "The pasted text",
                UrlField => "The page",
                _ => outcome.Name,
            };
            return Invalid(field, $"{what} was not imported: {outcome.Message}");
        }
        var (message, kind) = outcome.Status switch
        {
            ImportStatus.Duplicate => ("Already imported: nothing was added.", ArticleDetails.StatusKinds.Info),
            ImportStatus.ExtractionFailed =>
                ($"Stored without claims. {await ExtractionErrorAsync(id, cancellationToken)}", ArticleDetails.StatusKinds.Warning),
            _ => ($"Imported with {Claims(outcome.Claims)}"
                + (outcome.CopyOfArticleId is null ? "." : "; it is a copy of an article already stored, whose source it shares."),
                ArticleDetails.StatusKinds.Success),
        };
        TempData[ArticleDetails.StatusKey] = message;
        TempData[ArticleDetails.StatusKindKey] = kind;
        return RedirectToPage("/Articles/Details", new { id });
    }

    private async Task<string> ExtractionErrorAsync(int id, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.ExtractionError)
            .SingleOrDefaultAsync(cancellationToken)
        ?? "The reason was not recorded.";

    private PageResult Invalid(string field, string message)
    {
        ModelState.AddModelError(field, message);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : null;

    private static string Claims(int count) => count == 1 ? "1 claim" : $"{count} claims";

    /// <summary>What the form posts; each handler reads only its own field.</summary>
    public sealed class InputModel
    {
        public List<IFormFile> Files { get; set; } = [];

        public string? Text { get; set; }

        public string? Url { get; set; }
    }

    /// <summary>One file's outcome; <see cref="Headline"/> names the article stored or found, when there is one.</summary>
    public sealed record SummaryRow(string Name, ImportStatus Status, string Message, int? ArticleId, string? Headline)
    {
        public string Outcome => Status switch
        {
            ImportStatus.Imported => "Imported",
            ImportStatus.Duplicate => "Already imported",
            ImportStatus.ExtractionFailed => "Stored, extraction failed",
            _ => "Refused",
        };

        /// <summary>How the heading counts files of this outcome: "2 already imported".</summary>
        public static string Counted(ImportStatus status) => status switch
        {
            ImportStatus.Imported => "imported",
            ImportStatus.Duplicate => "already imported",
            ImportStatus.ExtractionFailed => "stored without claims",
            _ => "refused",
        };

        public string Slug => Status switch
        {
            ImportStatus.Imported => "imported",
            ImportStatus.Duplicate => "duplicate",
            ImportStatus.ExtractionFailed => "extraction-failed",
            _ => "refused",
        };
    }
}

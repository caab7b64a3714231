using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Import;

/// <summary>What happened to one file, text or URL offered for import.</summary>
public enum ImportStatus
{
    /// <summary>Stored, with its claims.</summary>
    Imported,

    /// <summary>The same bytes were already imported; nothing was added.</summary>
    Duplicate,

    /// <summary>Not an article the tracker reads; nothing was stored.</summary>
    Refused,

    /// <summary>Stored, but the extractor failed on it; the article page says why and it can be re-run.</summary>
    ExtractionFailed,
}

/// <summary>The outcome of one import: <see cref="Message"/> says what happened in words a user can act on.</summary>
public sealed record ImportOutcome(
    string Name, ImportStatus Status, int? ArticleId, string Message, int Claims = 0, int? CopyOfArticleId = null)
{
    public bool Stored => ArticleId is not null;
}

/// <summary>What storing an extraction did: the article it stored, or the article those bytes already were.</summary>
public sealed record ImportResult(
    int ArticleId, bool AlreadyImported, int Claims, int Stances, int? CopyOfArticleId = null);

/// <summary>
/// Imports articles: bytes in, Outlet/Article/Actors/Claims/Stances stored in one transaction. Every way in (form, API,
/// bulk command, seeds) goes through <see cref="ImportAsync"/>, which never throws for bad input: it answers with an
/// <see cref="ImportOutcome"/>, and a refused input leaves the database as it was. <see cref="StoreAsync"/> stores an
/// extraction and can be used on its own; <see cref="ExtractionWriter"/> writes its claims and stances.
/// </summary>
public sealed class ArticleImporter(
    TrackerDbContext db,
    ArticleReader reader,
    ArticleExtractor extractor,
    ExtractionWriter writer,
    IOptions<ImportSettings> settings,
    TimeProvider time,
    ILogger<ArticleImporter> logger)
{
    /// <summary>Imports a file's bytes; <paramref name="url"/> is where they were fetched from, if they were.</summary>
    public async Task<ImportOutcome> ImportAsync(
        ArticleSource source, string? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var name = SafeFileName(source.FileName);
        source = source with { FileName = name };

        var limit = settings.Value.MaxBytes;
        if (source.Bytes.Length > limit)
        {
            return Refused(name, $"it is {Sizes.Describe(source.Bytes.Length)}, over the {Sizes.Describe(limit)} limit; "
                + $"accepted: {ArticleDecoder.AcceptedDescription} up to {Sizes.Describe(limit)}.");
        }

        // Refused before the duplicate check: bytes stored once under an accepted name are still refused under a refused one.
        if (!ArticleDecoder.TryDecode(source.Bytes.ToArray(), name, source.ContentType, out var decoded, out var refusal))
        {
            return Refused(name, refusal);
        }

        await ActorDirectory.OneWriterAtATime.WaitAsync(cancellationToken);
        try
        {
            if (await FindByHashAsync(source.ContentHash, cancellationToken) is { } existing)
            {
                return Duplicate(name, existing);
            }

            ArticleDocument document;
            try
            {
                document = reader.Read(decoded.Text, decoded.Kind);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The bytes are text but the reader broke on them: keep them, with the reason, rather than lose them.
                logger.LogError(e, "{File}: reading failed", name);
                var unread = new ArticleDocument(new ArticleMetadata(null, null, null, url, null, [], null), "");
                return await StoreWithOutcomeAsync(source, new ExtractedArticle(unread, []),
                    $"The reader failed on this article: {e.Message}", cancellationToken);
            }
            if (string.IsNullOrWhiteSpace(document.Text))
            {
                return Refused(name, "no article text was found in it (a page of only scripts, styles or navigation?); "
                    + $"accepted: {ArticleDecoder.AcceptedDescription}.");
            }
            if (url is not null)
            {
                // The address it was fetched from is the article's address, whatever the page says of itself.
                document = document with { Metadata = document.Metadata with { Url = url } };
            }

            ExtractedArticle extracted;
            string? failure = null;
            try
            {
                extracted = extractor.Extract(document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The log keeps the exception's type and stack; the article keeps a sentence a reader can act on.
                logger.LogError(e, "{File}: extraction failed", name);
                extracted = new ExtractedArticle(document, []);
                failure = ExtractionWriter.ExtractorFailure(e);
            }
            return await StoreWithOutcomeAsync(source, extracted, failure, cancellationToken);
        }
        finally
        {
            ActorDirectory.OneWriterAtATime.Release();
        }
    }

    /// <summary>Imports pasted text as a plain-text article.</summary>
    public Task<ImportOutcome> ImportTextAsync(string text, CancellationToken cancellationToken = default) =>
        ImportAsync(new ArticleSource(Encoding.UTF8.GetBytes(text ?? ""), "pasted.txt", ContentTypes.PlainText), null,
            cancellationToken);

    private async Task<ImportOutcome> StoreWithOutcomeAsync(
        ArticleSource source, ExtractedArticle extracted, string? failure, CancellationToken cancellationToken)
    {
        var result = await StoreAsync(source, extracted, failure, cancellationToken);
        if (result.AlreadyImported)
        {
            return Duplicate(source.FileName, result.ArticleId);
        }
        var copy = result.CopyOfArticleId is { } original ? $"; a copy of article {original}, whose source it shares" : "";
        var claims = $"{result.Claims} claim{(result.Claims == 1 ? "" : "s")}";
        return failure is not null
            ? new ImportOutcome(source.FileName, ImportStatus.ExtractionFailed, result.ArticleId,
                $"stored as article {result.ArticleId}, without claims. {failure}", 0, result.CopyOfArticleId)
            : new ImportOutcome(source.FileName, ImportStatus.Imported, result.ArticleId,
                $"imported as article {result.ArticleId} with {claims}{copy}", result.Claims, result.CopyOfArticleId);
    }

    public Task<ImportResult> StoreAsync(ArticleSource source, ExtractedArticle extracted, CancellationToken cancellationToken = default) =>
        StoreAsync(source, extracted, null, cancellationToken);

    private async Task<ImportResult> StoreAsync(
        ArticleSource source, ExtractedArticle extracted, string? extractionFailure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(extracted);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await FindByHashAsync(source.ContentHash, cancellationToken);
        if (existing is not null)
        {
            logger.LogInformation("{File} is already imported as article {ArticleId}; nothing added", source.FileName, existing.Value);
            return new ImportResult(existing.Value, AlreadyImported: true, Claims: 0, Stances: 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var outlets = new ActorDirectory(db);
        var document = extracted.Document;
        var metadata = document.Metadata;
        var outlet = await outlets.OutletAsync(metadata.Outlet, cancellationToken);
        var publisher = await outlets.OutletAsync(metadata.Publisher, cancellationToken);
        var article = new Article(
            document.Headline ?? source.FileName,
            outlet,
            publisher,
            metadata.Url,
            metadata.Published,
            metadata.Authors,
            metadata.Dateline,
            document.Text,
            source,
            now);
        db.Articles.Add(article);
        if (extractionFailure is null)
        {
            article.RecordExtraction(now);
        }
        else
        {
            article.RecordExtractionFailure(extractionFailure, now);
        }

        if (document.Text.Length > 0)
        {
            article.SetFingerprint(TextFingerprint.Of(document.Text));
            if (await FindOriginalAsync(article.Fingerprint!, cancellationToken) is { } original)
            {
                article.MarkCopyOf(original);
            }
        }

        var (claims, stances) = await writer.AddExtractionAsync(article, extracted.Claims, now, source.FileName, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Imported {File} as article {ArticleId} ({Headline}): {Claims} claims, {Stances} stances",
            source.FileName, article.Id, article.Headline, claims, stances);
        return new ImportResult(article.Id, AlreadyImported: false, claims, stances, article.CopyOfId);
    }

    /// <summary>The first printing of the same story among stored articles, if this text is a copy of one.</summary>
    private async Task<Article?> FindOriginalAsync(byte[] fingerprint, CancellationToken cancellationToken)
    {
        var candidates = await db.Articles
            .Where(a => a.Fingerprint != null)
            .Select(a => new { a.Id, a.CopyOfId, a.Fingerprint })
            .ToListAsync(cancellationToken);
        var best = candidates
            .Select(c => new
            {
                c.Id,
                Root = c.CopyOfId ?? c.Id,
                Similarity = TextFingerprint.Similarity(fingerprint, c.Fingerprint!),
            })
            .Where(c => c.Similarity >= TextFingerprint.CopyThreshold)
            .OrderByDescending(c => c.Similarity)
            .ThenBy(c => c.Root)
            .FirstOrDefault();
        return best is null ? null : await db.Articles.FindAsync([best.Root], cancellationToken);
    }

    /// <summary>The last segment of an uploaded name: "../../x.txt" and "C:\\tmp\\x.txt" are "x.txt".</summary>
    public static string SafeFileName(string? fileName)
    {
        var last = (fileName ?? "").Replace('\\', '/').Split('/').LastOrDefault(p => p.Length > 0 && p != "." && p != "..") ?? "";
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? "upload" : clean;
    }

    private ImportOutcome Refused(string name, string reason)
    {
        logger.LogWarning("{File} refused: {Reason}", name, reason);
        return new ImportOutcome(name, ImportStatus.Refused, null, reason);
    }

    private ImportOutcome Duplicate(string name, int articleId)
    {
        logger.LogInformation("{File} is already imported as article {ArticleId}; nothing added", name, articleId);
        return new ImportOutcome(name, ImportStatus.Duplicate, articleId,
            $"already imported as article {articleId}; nothing was added.");
    }

    private async Task<int?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        await db.Articles.Where(a => a.ContentHash == hash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
}

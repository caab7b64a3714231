using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.History;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Import;

/// <summary>
/// Runs the current extractor over stored articles again. Stances an editor created, confirmed or rejected stay as they
/// are (a rejected one is not found again); the extractor's unreviewed stances are replaced, keeping the ids of those it
/// finds again.
/// </summary>
public sealed class ArticleReextractor(
    TrackerDbContext db,
    ArticleReader reader,
    ArticleExtractor extractor,
    ExtractionWriter writer,
    TimeProvider time,
    ILogger<ArticleReextractor> logger)
{
    public async Task<ImportOutcome> ReextractAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await ActorDirectory.OneWriterAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Removed stances too: they stay removed rather than be found again.
            var article = await db.Articles
                .IgnoreQueryFilters()
                .Where(a => a.DeletedAt == null)
                .Include(a => a.Stances).ThenInclude(s => s.Evidence)
                .Include(a => a.Stances).ThenInclude(s => s.Claim)
                .Include(a => a.Stances).ThenInclude(s => s.Actor)
                .SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
            if (article is null)
            {
                return new ImportOutcome($"article {articleId}", ImportStatus.Refused, null, $"there is no article {articleId}.");
            }
            var name = article.FileName;
            var now = time.GetUtcNow().UtcDateTime;
            var replaced = article.Stances
                .Where(s => s.Origin == StanceOrigin.Extracted && s.Review == StanceReview.Unreviewed && !s.Removed).ToList();
            var kept = article.Stances.Except(replaced).ToList();

            var document = Reread(article, rereadText: kept.Count == 0);
            if (document.Text != article.Text)
            {
                article.ReplaceText(document.Text, document.Headline ?? name);
                article.SetFingerprint(TextFingerprint.Of(document.Text));
            }

            IReadOnlyList<ExtractedClaim> claims;
            try
            {
                claims = extractor.Extract(document).Claims;
                article.RecordExtraction(now);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{File}: re-extraction failed", name);
                article.RecordExtractionFailure(ExtractionWriter.ExtractorFailure(e), now);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new ImportOutcome(name, ImportStatus.ExtractionFailed, article.Id,
                    $"article {article.Id}: {article.ExtractionError}");
            }

            // Editors' decisions stand: their stances are not found again, nor a moved stance on the claim it was moved from.
            var decided = kept.Select(s => (s.ClaimId, s.ActorId))
                .Concat(kept.Where(s => s.ExtractedOnClaimId is not null).Select(s => (s.ExtractedOnClaimId!.Value, s.ActorId)))
                .ToHashSet();
            var found = new Found(decided, replaced.ToDictionary(s => (s.ClaimId, s.ActorId)));
            var (claimCount, _) = await writer.AddExtractionAsync(article, claims, now, name, cancellationToken, found);
            db.Stances.RemoveRange(replaced.Where(s => !found.Reused.Contains(s)));
            await db.SaveChangesAsync(cancellationToken);
            await RemoveClaimsWithoutStancesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportOutcome(name, ImportStatus.Imported, article.Id,
                $"article {article.Id}: {claimCount} claims; {kept.Count} reviewed or editor stances kept", claimCount);
        }
        finally
        {
            ActorDirectory.OneWriterAtATime.Release();
        }
    }

    /// <summary>The article as the current reader sees it; its stored text is kept when editors' evidence points into it.</summary>
    private ArticleDocument Reread(Article article, bool rereadText)
    {
        var metadata = new ArticleMetadata(article.Headline, article.Outlet?.Name, article.Publisher?.Name ?? article.Outlet?.Name,
            article.Url, article.PublishedOn, article.Authors, article.Dateline);
        var stored = new ArticleDocument(metadata, article.Text);
        if (!rereadText || !ArticleDecoder.TryDecode(article.OriginalBytes, article.FileName, article.ContentType, out var decoded, out _))
        {
            return stored;
        }
        try
        {
            var reread = reader.Read(decoded.Text, decoded.Kind);
            return string.IsNullOrWhiteSpace(reread.Text) ? stored : reread with { Metadata = metadata };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "{File}: re-reading failed; the stored text is used", article.FileName);
            return stored;
        }
    }

    /// <summary>Claims no stance is on any more, not even a removed one, and that no merge or history names.</summary>
    private async Task RemoveClaimsWithoutStancesAsync(CancellationToken cancellationToken)
    {
        var removed = await db.Claims
            .Where(c => !db.Stances.IgnoreQueryFilters().Any(s => s.ClaimId == c.Id)
                && !db.Claims.Any(m => m.MergedIntoId == c.Id)
                && !db.ChangeEntries.Any(e => e.Subject == ChangeSubject.Claim && e.SubjectId == c.Id))
            .ExecuteDeleteAsync(cancellationToken);
        // Past the context's saving, which raises the version for what it writes.
        if (removed > 0)
        {
            await ClaimCounts.NextVersionAsync(db, cancellationToken);
        }
    }

    /// <summary>
    /// What a re-extraction meets: the (claim, actor) pairs editors decided, which it leaves alone, and the unreviewed
    /// stances of the earlier run, which a stance found again takes over (keeping their ids); <see cref="Reused"/>
    /// collects those.
    /// </summary>
    public sealed record Found(
        IReadOnlySet<(int ClaimId, int ActorId)> Decided,
        IReadOnlyDictionary<(int ClaimId, int ActorId), Stance> Replaced)
    {
        public HashSet<Stance> Reused { get; } = [];
    }
}

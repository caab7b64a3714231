using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.History;
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
public sealed record ImportOutcome(string Name, ImportStatus Status, int? ArticleId, string Message, int Claims = 0, int? CopyOfArticleId = null)
{
    public bool Stored => ArticleId is not null;
}

/// <summary>What storing an extraction did: the article it stored, or the article those bytes already were.</summary>
public sealed record ImportResult(int ArticleId, bool AlreadyImported, int Claims, int Stances, int? CopyOfArticleId = null);

/// <summary>
/// Imports articles: bytes in, Outlet/Article/Actors/Claims/Stances stored in one transaction. Every way in (form, API,
/// bulk command, seeds) goes through <see cref="ImportAsync"/>, which never throws for bad input: it answers with an
/// <see cref="ImportOutcome"/>, and a refused input leaves the database as it was. <see cref="StoreAsync"/> stores an
/// extraction and can be used on its own.
/// </summary>
public sealed class ArticleImporter(
    TrackerDbContext db,
    ArticleReader reader,
    ArticleExtractor extractor,
    IOptions<ImportSettings> settings,
    TimeProvider time,
    ILogger<ArticleImporter> logger)
{
    /// <summary>The kind given to suppliers, recipients and affiliations first met as bare names ("Iran", "United States").</summary>
    private const ActorKind PartyKind = ActorKind.Government;

    // Imports find-or-create actors, outlets and claims by name: one at a time, so two never create the same row.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Imports a file's bytes; <paramref name="url"/> is where they were fetched from, if they were.</summary>
    public async Task<ImportOutcome> ImportAsync(ArticleSource source, string? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var name = SafeFileName(source.FileName);
        source = source with { FileName = name };

        var limit = settings.Value.MaxBytes;
        if (source.Bytes.Length > limit)
        {
            return Refused(name, $"it is {Sizes.Describe(source.Bytes.Length)}, over the {Sizes.Describe(limit)} limit; accepted: {ArticleDecoder.AcceptedDescription} up to {Sizes.Describe(limit)}.");
        }

        // Refused before the duplicate check: bytes stored once under an accepted name are still refused under a refused one.
        if (!ArticleDecoder.TryDecode(source.Bytes.ToArray(), name, source.ContentType, out var decoded, out var refusal))
        {
            return Refused(name, refusal);
        }

        await OneAtATime.WaitAsync(cancellationToken);
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
                return await StoreWithOutcomeAsync(source, new ExtractedArticle(unread, []), $"reading the article failed: {e.Message}", cancellationToken);
            }
            if (string.IsNullOrWhiteSpace(document.Text))
            {
                return Refused(name, $"no article text was found in it (a page of only scripts, styles or navigation?); accepted: {ArticleDecoder.AcceptedDescription}.");
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
                logger.LogError(e, "{File}: extraction failed", name);
                extracted = new ExtractedArticle(document, []);
                failure = $"{e.GetType().Name}: {e.Message}";
            }
            return await StoreWithOutcomeAsync(source, extracted, failure, cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>Imports pasted text as a plain-text article.</summary>
    public Task<ImportOutcome> ImportTextAsync(string text, CancellationToken cancellationToken = default) =>
        ImportAsync(new ArticleSource(Encoding.UTF8.GetBytes(text ?? ""), "pasted.txt", ContentTypes.PlainText), null, cancellationToken);

    private async Task<ImportOutcome> StoreWithOutcomeAsync(ArticleSource source, ExtractedArticle extracted, string? failure, CancellationToken cancellationToken)
    {
        var result = await StoreAsync(source, extracted, failure, cancellationToken);
        if (result.AlreadyImported)
        {
            return Duplicate(source.FileName, result.ArticleId);
        }
        var copy = result.CopyOfArticleId is { } original ? $"; a copy of article {original}, whose source it shares" : "";
        return failure is not null
            ? new ImportOutcome(source.FileName, ImportStatus.ExtractionFailed, result.ArticleId, $"stored as article {result.ArticleId}, but extraction failed: {failure}", 0, result.CopyOfArticleId)
            : new ImportOutcome(source.FileName, ImportStatus.Imported, result.ArticleId, $"imported as article {result.ArticleId} with {result.Claims} claim{(result.Claims == 1 ? "" : "s")}{copy}", result.Claims, result.CopyOfArticleId);
    }

    public Task<ImportResult> StoreAsync(ArticleSource source, ExtractedArticle extracted, CancellationToken cancellationToken = default) =>
        StoreAsync(source, extracted, null, cancellationToken);

    private async Task<ImportResult> StoreAsync(ArticleSource source, ExtractedArticle extracted, string? extractionFailure, CancellationToken cancellationToken)
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
        var session = new Session(db);
        var document = extracted.Document;
        var metadata = document.Metadata;
        var outlet = await session.OutletAsync(metadata.Outlet, cancellationToken);
        var publisher = await session.OutletAsync(metadata.Publisher, cancellationToken);
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

        var (claims, stances) = await AddExtractionAsync(session, article, extracted.Claims, Found.Nothing, now, source.FileName,
            cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Imported {File} as article {ArticleId} ({Headline}): {Claims} claims, {Stances} stances", source.FileName, article.Id, article.Headline, claims, stances);
        return new ImportResult(article.Id, AlreadyImported: false, claims, stances, article.CopyOfId);
    }

    /// <summary>
    /// Runs the current extractor over a stored article again. Stances an editor created, confirmed or rejected stay as
    /// they are (a rejected one is not found again); the extractor's unreviewed stances are replaced.
    /// </summary>
    public async Task<ImportOutcome> ReextractAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
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
                article.RecordExtractionFailure($"{e.GetType().Name}: {e.Message}", now);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new ImportOutcome(name, ImportStatus.ExtractionFailed, article.Id, $"article {article.Id}: extraction failed again: {article.ExtractionError}");
            }

            // Editors' decisions stand: their stances are not found again, nor a moved stance on the claim it was moved from.
            var decided = kept.Select(s => (s.ClaimId, s.ActorId))
                .Concat(kept.Where(s => s.ExtractedOnClaimId is not null).Select(s => (s.ExtractedOnClaimId!.Value, s.ActorId)))
                .ToHashSet();
            var found = new Found(decided, replaced.ToDictionary(s => (s.ClaimId, s.ActorId)));
            var (claimCount, _) = await AddExtractionAsync(new Session(db), article, claims, found, now, name, cancellationToken);
            db.Stances.RemoveRange(replaced.Where(s => !found.Reused.Contains(s)));
            await db.SaveChangesAsync(cancellationToken);
            await RemoveClaimsWithoutStancesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportOutcome(name, ImportStatus.Imported, article.Id, $"article {article.Id}: {claimCount} claims; {kept.Count} reviewed or editor stances kept", claimCount);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>The article as the current reader sees it; its stored text is kept when editors' evidence points into it.</summary>
    private ArticleDocument Reread(Article article, bool rereadText)
    {
        var metadata = new ArticleMetadata(article.Headline, article.Outlet?.Name, article.Publisher?.Name ?? article.Outlet?.Name, article.Url, article.PublishedOn, article.Authors, article.Dateline);
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
    private async Task RemoveClaimsWithoutStancesAsync(CancellationToken cancellationToken) =>
        await db.Claims
            .Where(c => !db.Stances.IgnoreQueryFilters().Any(s => s.ClaimId == c.Id)
                && !db.Claims.Any(m => m.MergedIntoId == c.Id)
                && !db.ChangeEntries.Any(e => e.Subject == ChangeSubject.Claim && e.SubjectId == c.Id))
            .ExecuteDeleteAsync(cancellationToken);

    private async Task<(int Claims, int Stances)> AddExtractionAsync(
        Session session,
        Article article,
        IReadOnlyList<ExtractedClaim> extractedClaims,
        Found found,
        DateTime now,
        string fileName,
        CancellationToken cancellationToken)
    {
        var claims = new HashSet<Claim>();
        var stances = new Dictionary<(Claim, Actor), Stance>();
        var spans = new List<(Stance Stance, (int Start, int End) Span)>();
        foreach (var extractedClaim in extractedClaims)
        {
            var claim = await session.ClaimAsync(extractedClaim, CategoryOf(extractedClaim, fileName), cancellationToken);
            claims.Add(claim);
            foreach (var extractedStance in extractedClaim.Stances)
            {
                var actor = await session.ActorAsync(extractedStance.Actor, cancellationToken);
                var key = (claim.Id, actor.Id);
                if (claim.Id != 0 && actor.Id != 0 && found.Decided.Contains(key))
                {
                    continue;
                }
                if (!stances.TryGetValue((claim, actor), out var stance))
                {
                    if (claim.Id != 0 && actor.Id != 0 && found.Replaced.TryGetValue(key, out var earlier))
                    {
                        stance = earlier;
                        stance.RecordExtraction(extractedStance.Value, extractedStance.Confidence, extractedStance.Rules, now);
                        found.Reused.Add(stance);
                    }
                    else
                    {
                        stance = Stance.Extracted(claim, actor, article, extractedStance.Value, extractedStance.Confidence,
                            extractedStance.Rules, now);
                        db.Stances.Add(stance);
                    }
                    stances.Add((claim, actor), stance);
                }
                else if (stance.Value != extractedStance.Value)
                {
                    logger.LogWarning("{File}: {Actor} both {First} and {Second} \"{Claim}\"; keeping the first", fileName, actor.Name, stance.Value, extractedStance.Value, claim.Sentence);
                }
                foreach (var span in extractedStance.Evidence)
                {
                    if (AddEvidence(stance, span, fileName) is { } stored)
                    {
                        spans.Add((stance, stored));
                    }
                }
            }
        }
        foreach (var reused in found.Reused)
        {
            reused.RetainEvidence(spans.Where(s => ReferenceEquals(s.Stance, reused)).Select(s => s.Span).ToList());
        }
        return (claims.Count, stances.Count);
    }

    /// <summary>
    /// What a re-extraction meets: the (claim, actor) pairs editors decided, which it leaves alone, and the unreviewed
    /// stances of the earlier run, which a stance found again takes over (keeping their ids); <see cref="Reused"/> collects those.
    /// </summary>
    private sealed record Found(
        IReadOnlySet<(int ClaimId, int ActorId)> Decided,
        IReadOnlyDictionary<(int ClaimId, int ActorId), Stance> Replaced)
    {
        public static Found Nothing => new(new HashSet<(int, int)>(), new Dictionary<(int, int), Stance>());

        public HashSet<Stance> Reused { get; } = [];
    }

    /// <summary>The first printing of the same story among stored articles, if this text is a copy of one.</summary>
    private async Task<Article?> FindOriginalAsync(byte[] fingerprint, CancellationToken cancellationToken)
    {
        var candidates = await db.Articles
            .Where(a => a.Fingerprint != null)
            .Select(a => new { a.Id, a.CopyOfId, a.Fingerprint })
            .ToListAsync(cancellationToken);
        var best = candidates
            .Select(c => new { c.Id, Root = c.CopyOfId ?? c.Id, Similarity = TextFingerprint.Similarity(fingerprint, c.Fingerprint!) })
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
        return new ImportOutcome(name, ImportStatus.Duplicate, articleId, $"already imported as article {articleId}; nothing was added.");
    }

    private async Task<int?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        await db.Articles.Where(a => a.ContentHash == hash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);

    private string CategoryOf(ExtractedClaim claim, string fileName)
    {
        if (Categories.All.Contains(claim.Category))
        {
            return claim.Category;
        }
        logger.LogWarning("{File}: unknown category '{Category}' for \"{Claim}\"; stored as '{Fallback}'", fileName, claim.Category, claim.Sentence, Categories.OtherWeapons);
        return Categories.OtherWeapons;
    }

    /// <summary>
    /// Stores a span when it is what the text holds at its offsets; repairs the offsets when the quote occurs once elsewhere;
    /// otherwise drops it with a warning. Answers the offsets stored, or null when dropped.
    /// </summary>
    private (int Start, int End)? AddEvidence(Stance stance, EvidenceSpan span, string fileName)
    {
        var text = stance.Article.Text;
        var (start, end) = (span.Start, span.End);
        var fits = start >= 0 && end > start && end <= text.Length && text.AsSpan(start, end - start).SequenceEqual(span.Text);
        if (!fits && !string.IsNullOrEmpty(span.Text))
        {
            var found = text.IndexOf(span.Text, StringComparison.Ordinal);
            if (found >= 0 && text.IndexOf(span.Text, found + 1, StringComparison.Ordinal) < 0)
            {
                logger.LogWarning("{File}: evidence offsets [{Start}, {End}) did not match the text; moved to [{Found}, {FoundEnd})", fileName, start, end, found, found + span.Text.Length);
                (start, end, fits) = (found, found + span.Text.Length, true);
            }
        }
        if (!fits)
        {
            logger.LogWarning("{File}: dropped evidence [{Start}, {End}) \"{Text}\": not in the article text", fileName, span.Start, span.End, span.Text);
            return null;
        }
        stance.AddEvidence(start, end, text[start..end]);
        return (start, end);
    }

    /// <summary>Finds or creates outlets, actors and claims, remembering the ones this import has created but not yet saved.</summary>
    private sealed class Session(TrackerDbContext db)
    {
        private readonly Dictionary<string, Outlet> _outlets = [];
        private readonly Dictionary<string, Actor> _actors = [];
        private readonly Dictionary<(string, string, string), Claim> _claims = [];

        public async Task<Outlet?> OutletAsync(string? name, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }
            var key = Names.Normalize(name);
            if (!_outlets.TryGetValue(key, out var outlet))
            {
                outlet = await db.Outlets.FirstOrDefaultAsync(o => o.NormalizedName == key, cancellationToken) ?? db.Outlets.Add(new Outlet(name)).Entity;
                _outlets[key] = outlet;
            }
            return outlet;
        }

        public async Task<Actor> ActorAsync(ExtractedActor extracted, CancellationToken cancellationToken)
        {
            var affiliation = string.IsNullOrWhiteSpace(extracted.Affiliation) ? null : await PartyAsync(extracted.Affiliation, cancellationToken);
            var actor = await FindActorAsync(extracted.Name, cancellationToken);
            if (actor is null)
            {
                actor = db.Actors.Add(new Actor(extracted.Name, extracted.Kind, extracted.Role, affiliation)).Entity;
                _actors[actor.NormalizedName] = actor;
            }
            else
            {
                actor.Complete(extracted.Role, ReferenceEquals(affiliation, actor) ? null : affiliation);
            }
            foreach (var alias in extracted.Aliases)
            {
                actor.AddAlias(alias);
            }
            return actor;
        }

        /// <summary>A supplier, recipient or affiliation: a country or group named without more detail.</summary>
        public async Task<Actor> PartyAsync(string name, CancellationToken cancellationToken)
        {
            var actor = await FindActorAsync(name, cancellationToken);
            if (actor is null)
            {
                actor = db.Actors.Add(new Actor(name, PartyKind)).Entity;
                _actors[actor.NormalizedName] = actor;
            }
            return actor;
        }

        public async Task<Claim> ClaimAsync(ExtractedClaim extracted, string category, CancellationToken cancellationToken)
        {
            var supplier = await PartyAsync(extracted.Supplier, cancellationToken);
            var recipient = await PartyAsync(extracted.Recipient, cancellationToken);
            var key = (supplier.NormalizedName, recipient.NormalizedName, category);
            if (!_claims.TryGetValue(key, out var claim))
            {
                var found = await db.Claims.Include(c => c.MergedInto).FirstOrDefaultAsync(
                                c => c.Supplier.NormalizedName == key.Item1 && c.Recipient.NormalizedName == key.Item2
                                    && c.Category == category,
                                cancellationToken);
                // An editor merged the claim: its stances belong on the survivor.
                claim = found?.MergedInto ?? found
                    ?? db.Claims.Add(new Claim(supplier, recipient, extracted.Item, category, extracted.Quantity)).Entity;
                _claims[key] = claim;
            }
            claim.Complete(extracted.Quantity);
            return claim;
        }

        /// <summary>An actor by normalised name, else the one actor that has the name as an alias.</summary>
        private async Task<Actor?> FindActorAsync(string name, CancellationToken cancellationToken)
        {
            var key = Names.Normalize(name);
            if (_actors.TryGetValue(key, out var known))
            {
                return known;
            }
            var pending = _actors.Values.Where(a => a.IsKnownAs(key)).ToList();
            if (pending.Count == 1)
            {
                return pending[0];
            }
            var actors = db.Actors.Include(a => a.Aliases).Include(a => a.MergedInto).ThenInclude(m => m!.Aliases);
            var actor = await actors.FirstOrDefaultAsync(a => a.NormalizedName == key, cancellationToken);
            if (actor is null)
            {
                var byAlias = await actors
                    .Where(a => a.Aliases.Any(x => x.NormalizedName == key))
                    .OrderBy(a => a.Id)
                    .Take(2)
                    .ToListAsync(cancellationToken);
                actor = byAlias.Count == 1 ? byAlias[0] : null;
            }
            // An editor merged the actor: what it says belongs to the survivor.
            actor = actor?.MergedInto ?? actor;
            if (actor is not null)
            {
                _actors[key] = actor;
            }
            return actor;
        }
    }
}

using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Import;

/// <summary>What an import did: the article it stored, or the article those bytes already were.</summary>
public sealed record ImportResult(int ArticleId, bool AlreadyImported, int Claims, int Stances);

/// <summary>The bytes are not an article the tracker reads (wrong type, empty, binary); the message says why and what is accepted.</summary>
public sealed class ArticleRefusedException(string fileName, string reason) : Exception($"{fileName}: {reason}")
{
    public string FileName { get; } = fileName;

    public string Reason { get; } = reason;
}

/// <summary>
/// Imports an article: bytes in, Outlet/Article/Actors/Claims/Stances stored in one transaction.
/// <see cref="ImportAsync"/> decodes (<see cref="ArticleDecoder"/>) and extracts, or throws <see cref="ArticleRefusedException"/>; <see cref="StoreAsync"/> stores an extraction and can be used on its own.
/// </summary>
public sealed class ArticleImporter(TrackerDbContext db, ArticleExtractor extractor, TimeProvider time, ILogger<ArticleImporter> logger)
{
    /// <summary>The kind given to suppliers, recipients and affiliations first met as bare names ("Iran", "United States").</summary>
    private const ActorKind PartyKind = ActorKind.Government;

    public async Task<ImportResult> ImportAsync(ArticleSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var existing = await FindByHashAsync(source.ContentHash, cancellationToken);
        if (existing is not null)
        {
            return AlreadyImported(source, existing.Value);
        }

        if (!ArticleDecoder.TryDecode(source.Bytes.ToArray(), source.FileName, source.ContentType, out var decoded, out var refusal))
        {
            logger.LogWarning("{File} refused: {Reason}", source.FileName, refusal);
            throw new ArticleRefusedException(source.FileName, refusal);
        }
        var extracted = extractor.Extract(decoded.Text, decoded.Kind);
        return await StoreAsync(source, extracted, cancellationToken);
    }

    public async Task<ImportResult> StoreAsync(ArticleSource source, ExtractedArticle extracted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(extracted);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await FindByHashAsync(source.ContentHash, cancellationToken);
        if (existing is not null)
        {
            return AlreadyImported(source, existing.Value);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var session = new Session(db);
        var document = extracted.Document;
        var metadata = document.Metadata;
        var outlet = await session.OutletAsync(metadata.Outlet, cancellationToken);
        var publisher = await session.OutletAsync(metadata.Publisher, cancellationToken);
        var article = new Article(
            HeadlineOf(metadata.Headline, document.Text, source.FileName),
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

        var claims = new HashSet<Claim>();
        var stances = new Dictionary<(Claim, Actor), Stance>();
        foreach (var extractedClaim in extracted.Claims)
        {
            var claim = await session.ClaimAsync(extractedClaim, CategoryOf(extractedClaim, source), cancellationToken);
            claims.Add(claim);
            foreach (var extractedStance in extractedClaim.Stances)
            {
                var actor = await session.ActorAsync(extractedStance.Actor, cancellationToken);
                if (!stances.TryGetValue((claim, actor), out var stance))
                {
                    stance = Stance.Extracted(claim, actor, article, extractedStance.Value, now);
                    stances.Add((claim, actor), stance);
                    db.Stances.Add(stance);
                }
                else if (stance.Value != extractedStance.Value)
                {
                    logger.LogWarning("{File}: {Actor} both {First} and {Second} \"{Claim}\"; keeping the first", source.FileName, actor.Name, stance.Value, extractedStance.Value, claim.Sentence);
                }
                foreach (var span in extractedStance.Evidence)
                {
                    AddEvidence(stance, span, source.FileName);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Imported {File} as article {ArticleId} ({Headline}): {Claims} claims, {Stances} stances", source.FileName, article.Id, article.Headline, claims.Count, stances.Count);
        return new ImportResult(article.Id, AlreadyImported: false, claims.Count, stances.Count);
    }

    private async Task<int?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        await db.Articles.Where(a => a.ContentHash == hash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);

    private ImportResult AlreadyImported(ArticleSource source, int articleId)
    {
        logger.LogInformation("{File} is already imported as article {ArticleId}; nothing added", source.FileName, articleId);
        return new ImportResult(articleId, AlreadyImported: true, Claims: 0, Stances: 0);
    }

    private static string HeadlineOf(string? headline, string text, string fileName)
    {
        if (!string.IsNullOrWhiteSpace(headline))
        {
            return headline.Trim();
        }
        // No headline from the reader: the start of the first line, cut at a word, stands in.
        const int MaxLength = 120;
        var firstLine = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (firstLine is null)
        {
            return fileName;
        }
        if (firstLine.Length <= MaxLength)
        {
            return firstLine;
        }
        var cut = firstLine.LastIndexOf(' ', MaxLength - 1);
        return firstLine[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private string CategoryOf(ExtractedClaim claim, ArticleSource source)
    {
        if (Categories.All.Contains(claim.Category))
        {
            return claim.Category;
        }
        logger.LogWarning("{File}: unknown category '{Category}' for \"{Claim}\"; stored as '{Fallback}'", source.FileName, claim.Category, claim.Sentence, Categories.OtherWeapons);
        return Categories.OtherWeapons;
    }

    /// <summary>Stores a span when it is what the text holds at its offsets; repairs the offsets when the quote occurs once elsewhere; otherwise drops it with a warning.</summary>
    private void AddEvidence(Stance stance, EvidenceSpan span, string fileName)
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
            return;
        }
        stance.AddEvidence(start, end, text[start..end]);
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
                claim = await db.Claims.FirstOrDefaultAsync(
                            c => c.Supplier.NormalizedName == key.Item1 && c.Recipient.NormalizedName == key.Item2 && c.Category == category,
                            cancellationToken)
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
            var actor = await db.Actors.Include(a => a.Aliases).FirstOrDefaultAsync(a => a.NormalizedName == key, cancellationToken);
            if (actor is null)
            {
                var byAlias = await db.Actors.Include(a => a.Aliases)
                    .Where(a => a.Aliases.Any(x => x.NormalizedName == key))
                    .Take(2)
                    .ToListAsync(cancellationToken);
                actor = byAlias.Count == 1 ? byAlias[0] : null;
            }
            if (actor is not null)
            {
                _actors[key] = actor;
            }
            return actor;
        }
    }
}

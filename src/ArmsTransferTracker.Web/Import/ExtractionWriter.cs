using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Data;

namespace ArmsTransferTracker.Web.Import;

/// <summary>
/// Writes an extraction onto an article: its claims, the stances on them and their quotes as evidence, with actors and
/// claims found or created through an <see cref="ActorDirectory"/>. Imports and re-extractions both write through it;
/// the caller saves.
/// </summary>
public sealed class ExtractionWriter(TrackerDbContext db, ILogger<ExtractionWriter> logger)
{
    /// <summary>The reason stored on an article when the extractor throws on it: a sentence a reader can act on.</summary>
    public static string ExtractorFailure(Exception exception) =>
        $"The extractor failed on this article: {exception.Message}";

    /// <summary>
    /// Adds the claims and stances of <paramref name="extractedClaims"/> to <paramref name="article"/>. A re-extraction passes
    /// what it <paramref name="found"/> of the earlier run: editors' decisions are skipped and stances found again reused.
    /// </summary>
    public async Task<(int Claims, int Stances)> AddExtractionAsync(
        Article article,
        IReadOnlyList<ExtractedClaim> extractedClaims,
        DateTime now,
        string fileName,
        CancellationToken cancellationToken,
        ArticleReextractor.Found? found = null)
    {
        var directory = new ActorDirectory(db);
        var claims = new HashSet<Claim>();
        var stances = new Dictionary<(Claim, Actor), Stance>();
        var spans = new List<(Stance Stance, (int Start, int End) Span)>();
        foreach (var extractedClaim in extractedClaims)
        {
            var claim = await directory.ClaimAsync(extractedClaim, CategoryOf(extractedClaim, fileName), cancellationToken);
            claims.Add(claim);
            foreach (var extractedStance in extractedClaim.Stances)
            {
                var actor = await directory.ActorAsync(extractedStance.Actor, cancellationToken);
                var key = (claim.Id, actor.Id);
                var stored = claim.Id != 0 && actor.Id != 0;
                if (stored && found is not null && found.Decided.Contains(key))
                {
                    continue;
                }
                if (!stances.TryGetValue((claim, actor), out var stance))
                {
                    if (stored && found is not null && found.Replaced.TryGetValue(key, out var earlier))
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
                    logger.LogWarning("{File}: {Actor} both {First} and {Second} \"{Claim}\"; keeping the first",
                        fileName, actor.Name, stance.Value, extractedStance.Value, claim.Sentence);
                }
                foreach (var span in extractedStance.Evidence)
                {
                    if (AddEvidence(stance, span, fileName) is { } offsets)
                    {
                        spans.Add((stance, offsets));
                    }
                }
            }
        }
        foreach (var reused in found?.Reused ?? [])
        {
            reused.RetainEvidence(spans.Where(s => ReferenceEquals(s.Stance, reused)).Select(s => s.Span).ToList());
        }
        return (claims.Count, stances.Count);
    }

    private string CategoryOf(ExtractedClaim claim, string fileName)
    {
        if (Categories.All.Contains(claim.Category))
        {
            return claim.Category;
        }
        logger.LogWarning("{File}: unknown category '{Category}' for \"{Claim}\"; stored as '{Fallback}'",
            fileName, claim.Category, claim.Sentence, Categories.OtherWeapons);
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
                logger.LogWarning("{File}: evidence offsets [{Start}, {End}) did not match the text; moved to [{Found}, {FoundEnd})",
                    fileName, start, end, found, found + span.Text.Length);
                (start, end, fits) = (found, found + span.Text.Length, true);
            }
        }
        if (!fits)
        {
            logger.LogWarning("{File}: dropped evidence [{Start}, {End}) \"{Text}\": not in the article text",
                fileName, span.Start, span.End, span.Text);
            return null;
        }
        stance.AddEvidence(start, end, text[start..end]);
        return (start, end);
    }
}

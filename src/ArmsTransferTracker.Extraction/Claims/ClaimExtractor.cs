namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>Finds transfer claims in an article's text and, per claim, who supports, denies or stays neutral on it.</summary>
public sealed class ClaimExtractor
{
    public IReadOnlyList<ExtractedClaim> Extract(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}

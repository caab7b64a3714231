namespace ArmsTransferTracker.Extraction;

/// <summary>Leaves out the stances of an extraction that fall below a confidence threshold, and the claims that lose them all.</summary>
public static class ConfidenceFilter
{
    /// <summary>A threshold is a number from 0 to 1 (NaN is not).</summary>
    public static bool IsValidThreshold(double minConfidence) => minConfidence is >= 0 and <= 1;

    public static ExtractedArticle Apply(ExtractedArticle article, double minConfidence)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!IsValidThreshold(minConfidence))
        {
            throw new ArgumentOutOfRangeException(nameof(minConfidence), minConfidence, "A confidence threshold is from 0 to 1.");
        }
        var claims = new List<ExtractedClaim>(article.Claims.Count);
        foreach (var claim in article.Claims)
        {
            var kept = claim.Stances.Where(s => s.Confidence >= minConfidence).ToList();
            // A claim that had stances and lost them all would stand unsupported by anyone; one that never had any is kept as it was.
            if (kept.Count > 0 || claim.Stances.Count == 0) claims.Add(claim with { Stances = kept });
        }
        return article with { Claims = claims };
    }
}

using System.Text.RegularExpressions;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>What a fact check rates the claim it checks: false, true, or not shown either way.</summary>
public enum FactCheckRating
{
    False,
    True,
    Unproven,
}

/// <summary>A fact check's verdict line: its rating and its span, the evidence of the outlet's stance on the claim.</summary>
public sealed record FactCheckVerdict(FactCheckRating Rating, int Start, int End);

/// <summary>
/// Fact checks quote the claim they check under a label ("CLAIM: ...", or a heading "The claim" over it) and rate it in a
/// line of their own ("RATING: FALSE", "Our verdict: Misleading"). The claim is not the outlet's to assert; the rating is
/// its stance on the transfers the claim tells.
/// </summary>
public static partial class FactChecks
{
    /// <summary>The length of a "CLAIM:" label that opens a paragraph, or 0.</summary>
    public static int ClaimLabel(string line) => ClaimLabelPattern().Match(line) is { Success: true } label ? label.Length : 0;

    /// <summary>Is the line the fact check's headline, under its kicker ("FACT CHECK: Viral video does not show ...")?</summary>
    public static bool IsKickedHeadline(string line) => KickerPattern().IsMatch(line);

    /// <summary>Is the line a heading over the claim checked ("THE CLAIM", "What was claimed")?</summary>
    public static bool IsClaimHeading(string line) => ClaimHeadingPattern().IsMatch(line);

    /// <summary>The rating a verdict line gives, or null when the line is none.</summary>
    public static FactCheckRating? Rating(string line)
    {
        if (VerdictPattern().Match(line) is not { Success: true } verdict) return null;
        var rating = verdict.Groups["rating"].Value.ToLowerInvariant();
        // "Mostly false", "False / misleading", "Fake": false; "Unproven", "Unverified": neither; "True", "Correct": true.
        if (rating.Contains("false") || rating.Contains("misleading") || rating.Contains("fake") || rating.Contains("fabricated"))
        {
            return FactCheckRating.False;
        }
        if (rating.Contains("unproven") || rating.Contains("unverified") || rating.Contains("unsupported")) return FactCheckRating.Unproven;
        return rating.Contains("true") || rating.Contains("correct") || rating.Contains("accurate") ? FactCheckRating.True : null;
    }

    [GeneratedRegex(@"^(?:THE\s)?CLAIM\s?:\s+|^(?:The\s)?[Cc]laim\s?:\s+")]
    private static partial Regex ClaimLabelPattern();

    [GeneratedRegex(@"^(?:FACT[ -]CHECK|Fact[ -][Cc]heck)\s?:\s")]
    private static partial Regex KickerPattern();

    [GeneratedRegex(@"^(?:THE CLAIM|The claim|What was claimed|WHAT WAS CLAIMED)\s*$")]
    private static partial Regex ClaimHeadingPattern();

    [GeneratedRegex(@"^(?:OUR\s|Our\s)?(?:VERDICT|Verdict|verdict|RATING|Rating|rating)\s?:\s*(?<rating>[\p{L} /,\-]{3,40})$")]
    private static partial Regex VerdictPattern();
}

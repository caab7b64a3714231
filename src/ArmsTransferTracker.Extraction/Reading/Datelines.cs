using System.Text.RegularExpressions;

namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>A wire-style dateline opening a paragraph: "BELGRADE, Serbia, June 3, 2025 (Tisza Herald) — ".</summary>
public sealed record Dateline(string Place, DateOnly? Date, int Length);

public static partial class Datelines
{
    // Place in capitals ("BAMAKO/ALGIERS" for two), then optional ", Country", optional ", Month Day[, Year]" or ", Day Month
    // Year", optional "(Credit)", then a dash; a hyphen only after a space, for "NARYN TIMES" is a name, not "ALA -".
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}'’./\-]*(?:\s\p{Lu}[\p{Lu}'’./\-]*){0,3})" +
        @"(?:,\s(?<region>\p{Lu}[\p{L}.'’\-]*(?:\s(?:of|the|and|\p{Lu}[\p{L}.'’\-]*)){0,5}))?" +
        @"(?:,\s(?<date>" + Dates.MonthPattern + @"\s\d{1,2}(?:,\s\d{4})?|\d{1,2}\s" + Dates.MonthPattern + @"\s\d{4}))?" +
        @"(?:\s\([^)]{1,60}\))?" +
        @"(?:\s?(?:—|–|--)|\s-)\s?")]
    private static partial Regex DatelinePattern();

    private const int SentenceWords = 6;

    public static Dateline? Match(string paragraph)
    {
        var match = DatelinePattern().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }
        // "ALBORZ WIRE — English service": a masthead and its edition; a dateline opens the story's first sentence.
        if (paragraph[match.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < SentenceWords)
        {
            return null;
        }
        var place = match.Groups["place"].Value;
        // A capitalised word alone is an ordinary sentence start ("U.S. officials - ..."), not a dateline: require two capitals.
        if (place.Count(char.IsUpper) < 2 || place.Any(char.IsLower))
        {
            return null;
        }
        return new Dateline(place.Trim(), Dates.Parse(match.Groups["date"].Value), match.Length);
    }
}

using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Extraction.Rules;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>How many characters of a paragraph's start are a dateline: place, date and agency credit, not a speaker.</summary>
public sealed record DatelineLength(int Length);

public static partial class DatelineRules
{
    public static readonly IReadOnlyList<Rule<string, DatelineLength>> All =
    [
        new("wire-dateline", "Wires open with the place in capitals, a date and their credit, then a dash.",
            "BELGRADE, Oct 3 (AWS) - Serbia has taken delivery of ...",
            paragraph => Datelines.Match(paragraph) is { } dateline ? new DatelineLength(dateline.Length) : null),
        new("slash-credit-dateline", "Some agencies put their name between slashes after the date.",
            "TOKYO, Aug. 7 /Kyodo Wire/. Japan said ...", paragraph => Length(SlashCredit().Match(paragraph))),
        new("bracketed-credit-dateline", "Others put the agency and the date in brackets after the place.",
            "MOSCOW (Volga Agency - 12th July, 2022) - Russia denied ...", paragraph => Length(BracketedCredit().Match(paragraph))),
    ];

    private static DatelineLength? Length(Match match) => match.Success ? new DatelineLength(match.Length) : null;

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’\-]{1,40},\s[^/\n]{1,30}/[^/\n]{2,40}/\s*[.\-–—:]?\s*")]
    private static partial Regex SlashCredit();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’\-]{1,40}\s?\([^)\n]{2,60}\)\s*[-–—:]\s*")]
    private static partial Regex BracketedCredit();
}

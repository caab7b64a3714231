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
            "NAIROBI, Mar 9 (KWS) - Kenya has taken delivery of ...",
            paragraph => Datelines.Match(paragraph) is { } dateline ? new DatelineLength(dateline.Length) : null),
        new("slash-credit-dateline", "Some agencies put their name between slashes after the date.",
            "TOKYO, Aug. 7 /Kyodo Wire/. Japan said ...", paragraph => Length(SlashCredit().Match(paragraph))),
        new("bracketed-credit-dateline", "Others put the agency and the date in brackets after the place.",
            "ISLAMABAD, 14th May (Indus Wire) - Pakistan said ...", paragraph => Length(BracketedCredit().Match(paragraph))),
        new("dated-bracket-dateline", "A credit in brackets that holds the date may end the dateline without a dash.",
            "MOSCOW (Volga Wire / Steppe Press - 4th April, 2024) Russia said it had downed drones sent by Sweden to Ukraine.",
            paragraph => Length(DatedBracketCredit().Match(paragraph))),
        new("colon-dateline", "Some outlets open with the place in capitals, perhaps its country, and a colon.",
            "ISLAMABAD: The Foreign Office on Thursday rejected ...",
            paragraph => Length(ColonDateline().Match(paragraph))),
        new("date-dateline", "Some open with the date alone, then a dash.", "Friday, 9 August — Minsk on Friday rejected ...",
            paragraph => Length(DateDateline().Match(paragraph))),
        new("mixed-case-wire-dateline", "State and regional agencies write the place as written, then the date and their credit "
            + "in brackets, then a dash.",
            "Tashkent, March 4 (Steppe Wire) -- Uzbekistan said it had bought radars from France.",
            paragraph => Length(MixedCaseDateline().Match(paragraph))),
        new("press-release-dateline", "Press releases open with the place as written, perhaps its country, then the full date "
            + "between dashes.",
            "Gothenburg, Sweden – 4 May 2026 – Nordvik Defence said it had delivered radars to Latvia.",
            paragraph => Length(PressReleaseDateline().Match(paragraph))),
        new("update-stamp", "A story updated as it runs opens each update with its number or its time; the stamp is no speaker.",
            "UPDATE, 16:20 GMT: The embassy said it had sent no drones.",
            paragraph => Length(UpdateStamp().Match(paragraph))),
    ];

    private static DatelineLength? Length(Match match) => match.Success ? new DatelineLength(match.Length) : null;

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’\-]{1,40},\s[^/\n]{1,30}/[^/\n]{2,40}/\s*[.\-–—:]?\s*")]
    private static partial Regex SlashCredit();

    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    [GeneratedRegex(@"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*)?(?:\d{1,2}\s+" + Month + "|" + Month
        + @"\s+\d{1,2})(?:,?\s+\d{4})?\s*[—–]\s+(?=\p{Lu})")]
    private static partial Regex DateDateline();

    [GeneratedRegex(@"^\p{Lu}[\p{L} .'’\-]{1,30},\s(?:" + Month + @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s\d{1,2}"
        + @"(?:,\s\d{4})?\s\([^)\n]{2,40}\)\s*(?:--?|[–—])\s*(?=\p{Lu})")]
    private static partial Regex MixedCaseDateline();

    [GeneratedRegex(@"^\p{Lu}[\p{L} .'’\-]{1,30}(?:,\s\p{Lu}[\p{L} .'’\-]{1,30})?\s*[,–—-]\s*(?:\d{1,2}\s+" + Month + "|" + Month
        + @"\s+\d{1,2},?)\s+\d{4}\s*(?:[–—]|--?)\s+(?=\p{Lu})")]
    private static partial Regex PressReleaseDateline();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’\-]{2,40}(?:,\s\p{Lu}[\p{L} .'’\-]{1,30})?:\s+(?=\p{Lu})")]
    private static partial Regex ColonDateline();

    // "UPDATE, 16:20 GMT:", "UPDATE 3 - 18:52 GMT", "Update 2, 09:15 EAT —".
    [GeneratedRegex(@"^(?:UPDATE|Update)(?:\s\d{1,2})?\s?[,\-–—]\s*\d{1,2}[:.]\d{2}(?:\s?\p{Lu}{2,5})?"
        + @"(?:\s*[:\-–—]\s*(?=\p{Lu})|\s*:?\s*$)")]
    private static partial Regex UpdateStamp();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’/\-]{1,40}(?:,[^()\n]{1,30})?\s?\([^)\n]{2,60}\)\s*[-–—:]\s*")]
    private static partial Regex BracketedCredit();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’/\-]{1,40}\s?\([^)\n]{0,60}\d[^)\n]{0,60}\)\s+(?=\p{Lu})")]
    private static partial Regex DatedBracketCredit();
}

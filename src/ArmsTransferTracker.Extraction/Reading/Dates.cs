using System.Globalization;
using System.Text.RegularExpressions;

namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>Reads the dates news prints. A date without a year is unknown, never a guess.</summary>
public static partial class Dates
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3,
        ["apr"] = 4, ["april"] = 4, ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7,
        ["aug"] = 8, ["august"] = 8, ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10,
        ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
    };

    public const string MonthPattern =
        @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" +
        @"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<month>" + MonthPattern + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + MonthPattern + @"),?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    // "02.06.2025", "19/11/2026": the day first, as most of the world writes it, unless the second number cannot be a month.
    [GeneratedRegex(@"^(?<d>\d{1,2})(?<sep>[./])(?<m>\d{1,2})\k<sep>(?<y>\d{4})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+(?=\d|" + MonthPattern + ")",
        RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    // A dated web address: "/2024/09/10/" in a Washington Post URL is the publication date.
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>\d{1,2})/(?<d>\d{1,2})(?:/|$)")]
    private static partial Regex UrlDate();

    /// <summary>
    /// Parses "2024-09-10", "2024-09-10T08:00:00Z", "June 3, 2025", "Sept. 10, 2024", "3 June 2025" or "03.06.2025", with or
    /// without the day of the week before it; anything else is null.
    /// </summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // "Fri 20 November 2026", "Tuesday, June 3, 2025": the day of the week before a date says nothing more.
        text = Weekday().Replace(text.Trim(), "");
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return Make(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }
        var numeric = NumericDate().Match(text);
        if (numeric.Success)
        {
            var (day, month) = (numeric.Groups["d"].Value, numeric.Groups["m"].Value);
            return int.Parse(month, CultureInfo.InvariantCulture) > 12 ? Make(numeric.Groups["y"].Value, day, month)
                : Make(numeric.Groups["y"].Value, month, day);
        }
        var mdy = MonthDayYear().Match(text);
        if (mdy.Success)
        {
            return Make(mdy.Groups["y"].Value, MonthNumber(mdy.Groups["month"].Value), mdy.Groups["d"].Value);
        }
        var dmy = DayMonthYear().Match(text);
        if (dmy.Success)
        {
            return Make(dmy.Groups["y"].Value, MonthNumber(dmy.Groups["month"].Value), dmy.Groups["d"].Value);
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            && text.Any(char.IsDigit) && HasYear(text)
            ? DateOnly.FromDateTime(parsed.UtcDateTime)
            : null;
    }

    /// <summary>
    /// The date a page prints, after the word that labels it wherever it stands and a time of day before it ("Faisal
    /// Marsh Published May 02, 2025", "Last updated 21:40 CAT, Sunday 23 March 2025"), and whether it dates an update.
    /// </summary>
    public static (DateOnly Date, bool Updated)? ParsePrinted(string text)
    {
        var (unlabelled, updated) = WithoutLabel(text);
        return Parse(LeadingTime().Replace(unlabelled, "")) is { } date ? (date, updated) : null;
    }

    /// <summary>The text after the word that labels a printed date, if any, and whether that word says "updated".</summary>
    public static (string Text, bool Updated) WithoutLabel(string text)
    {
        var trimmed = text.Trim();
        return DateLabel().Match(trimmed) is { Success: true } label
            ? (trimmed[(label.Index + label.Length)..], label.Value.Contains("updated", StringComparison.OrdinalIgnoreCase))
            : (trimmed, false);
    }

    [GeneratedRegex(@"\b(?:(?:First|Originally|Last)\s+)?(?:Published|Posted|Released|Updated|Date)(?:\s+on)?\s*:?\s*",
        RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    // "17:05 CET, ", "7:42 PM GMT+6 ": a time printed before the date.
    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?,?\s+")]
    private static partial Regex LeadingTime();

    /// <summary>The first full date written anywhere in a line ("Dakar, 24 June 2026 — ...", "Broadcast May 3, 2025, 07:40").</summary>
    public static DateOnly? FirstFullDateIn(string line) => FullDate().Match(line) is { Success: true } found ? Parse(found.Value) : null;

    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d{1,2}\s+" + MonthPattern + @",?\s+\d{4}|" + MonthPattern + @"\s+\d{1,2},\s+\d{4}"
        + @"|\d{1,2}\.\d{1,2}\.\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FullDate();

    public static DateOnly? FromUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }
        var match = UrlDate().Match(url);
        return match.Success ? Make(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) : null;
    }

    private static bool HasYear(string text) => Regex.IsMatch(text, @"\b(?:19|20)\d{2}\b");

    private static string MonthNumber(string month) =>
        Months[month.TrimEnd('.')].ToString(CultureInfo.InvariantCulture);

    private static DateOnly? Make(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}

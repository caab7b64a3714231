using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>
/// Reads a plain-text article: site chrome, masthead, headline, caption and byline at the top; the body with its
/// dateline; re-post and syndication lines at the bottom. The text keeps the headline and body, one paragraph per line
/// of the original, separated by blank lines.
/// </summary>
public static partial class PlainTextReader
{
    // Past this many lines, the top of a file is body text, not a header.
    private const int HeaderLineLimit = 12;

    // A body paragraph without a dateline is at least this long; a headline or caption rarely is.
    private const int BodyParagraphLength = 160;

    // "Fri 20 November 2026 06.00 GMT": a line that is a date and no more.
    private const int LongestDateLine = 60;

    [GeneratedRegex(@"^Read more (?:on|at) (?:the )?original\s*:?\s*(?<url>https?://\S+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMoreLine();

    [GeneratedRegex(@"^(?:Source|Original(?: article| story)?|Read the original(?: article| story)?)\s*:\s*(?<url>https?://\S+)\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex SourceUrlLine();

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex BareUrl();

    // "Spokane, Washington  Est. May 19, 1883": a masthead's founding line.
    [GeneratedRegex(@"\b(?:Est\.|Established|Founded|Since)\s+(?:in\s+)?(?:" + Dates.MonthPattern + @"\s+\d{1,2},?\s+)?\d{4}\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex FoundingLine();

    // A photo caption ends with its credit in parentheses: "... in Washington, D.C.  (Lena Rusk)".
    [GeneratedRegex(@"\((?:(?:Photo|Image|Credit|File)(?: by)?:?\s*)?\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,4}" +
        @"(?:\s?/\s?[\p{L}. ]{2,40})?\)\s*$")]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"^(?:Photo|Image|Picture|File photo|Caption)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPrefix();

    [GeneratedRegex(@"^(?:(?:First|Originally)\s+)?(?:Published|Updated|Posted|Released|Date)(?:\s+on)?\s*:?\s*(?<date>.+)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLine();

    // "date 2025-05-02 Lakeshore Herald": a page's date stamp run into the line after it is two lines.
    [GeneratedRegex(@"^\s*(?<stamp>date \d{4}-\d{2}-\d{2})\s+(?<rest>[^\d\s].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateStampRunOn();

    // "Jana Novak Published May 2, 2025 | 03:41 PM": a writer's name run into the page's stamp after it is two lines.
    [GeneratedRegex(@"^\s*(?<name>\p{Lu}[\p{L}'’.\-]*(?:\s\p{Lu}[\p{L}'’.\-]*){1,3})\s+"
        + @"(?<stamp>(?:Published|Updated|Posted)\s.*\d.*)$")]
    private static partial Regex NameRunIntoStamp();

    // Words of a page's buttons and icons: a line of nothing else ("Arrow-right Camera", "Share", "Sign in") is chrome.
    private static readonly HashSet<string> InterfaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "arrow", "right", "left", "up", "down", "camera", "menu", "search", "close", "share", "print", "email", "e-mail",
        "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram", "comments", "comment", "bookmark",
        "save", "play", "video", "photo", "photos", "icon", "sign", "in", "out", "subscribe", "log", "login", "logout",
        "newsletter", "newsletters", "home", "advertisement", "ad", "skip", "to", "main", "content", "navigation",
        "chevron", "caret", "listen", "this", "article", "copy", "link", "gift", "more", "open", "toggle", "account",
        "my", "the", "sections", "trending", "now", "live", "watch", "audio", "expand", "collapse", "back", "top",
        "form", "you", "are", "here",
    };

    public static ArticleDocument Read(string content) => ReadWithSource(content).Document;

    /// <summary>The article, and the outlet its own words credit as the writer (reprint note, address, dateline, byline), if any.</summary>
    internal static (ArticleDocument Document, string? WrittenBy) ReadWithSource(string content)
    {
        var lines = content.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF').Split('\n')
            .Select(l => l.TrimEnd())
            .SelectMany(SplitDateStamp)
            .ToList();

        // The outlet rules read the whole page; the article's text goes without the trailer's re-post and reprint lines.
        var pageLines = lines.ToList();
        var page = new OutletPage(pageLines, ReadTrailer(lines));
        var paragraphs = lines.Where(l => !string.IsNullOrWhiteSpace(l) && !IsInterfaceLine(l.Trim())).Select(l => l.Trim()).ToList();

        var columnist = ColumnistLine(paragraphs);
        var bodyStart = FindBodyStart(paragraphs, columnist);
        var (writtenBy, outlet, publisher) = OutletRules.Read(page);
        var body = paragraphs.Skip(bodyStart).ToList();
        var header = ReadHeader(paragraphs.Take(bodyStart).ToList(), page, columnist, outlet ?? publisher, body);

        var dateline = body.Count > 0 ? Datelines.Match(body[0]) : null;

        var text = new StringBuilder();
        foreach (var paragraph in header.TextLines.Concat(body))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            text.Append(paragraph);
        }

        // "The Tonle Correspondent", "PIRAEUS SENTINEL — English Edition" over the headline: the outlet's own name is no headline.
        var headline = header.Headline is { } first && IsOutletsNameLine(first, outlet ?? publisher)
            ? header.TextLines.SkipWhile(l => l != first).Skip(1).FirstOrDefault()
            : header.Headline;
        var metadata = new ArticleMetadata(
            Headline: headline,
            Outlet: outlet,
            Publisher: publisher,
            Url: page.Url,
            Published: Dates.FromUrl(page.Url) ?? dateline?.Date ?? PrintedDate(paragraphs) ?? DateWrittenAtTheTop(paragraphs),
            Authors: header.Authors.Count > 0 ? header.Authors
                : WritersCreditedAtTheEnd(body) is [_, ..] credited ? credited : WritersNamedAtTheTop(paragraphs, outlet ?? publisher),
            Dateline: dateline?.Place) { Column = header.Column };
        return (new ArticleDocument(metadata, text.ToString()), writtenBy);
    }

    // A wire story without a byline credits its writers in its last lines, before the links and share bars of the page.
    private static IReadOnlyList<string> WritersCreditedAtTheEnd(List<string> body) =>
        body.TakeLast(ClosingLines).Select(Bylines.CreditedAtTheEnd).LastOrDefault(names => names.Count > 0) ?? [];

    private const int ClosingLines = 8;

    // "Anjali Varma" on a line of its own under the headline, where the page's top runs into the story with no line the
    // reader took for its end: the first such line before the story's first paragraph.
    private static IReadOnlyList<string> WritersNamedAtTheTop(List<string> paragraphs, string? outlet) =>
        paragraphs.Take(HeaderLineLimit).TakeWhile(p => p.Length < BodyParagraphLength).Skip(1)
            .Select(line => WritersAlone(line, outlet)).FirstOrDefault(names => names.Count > 0) ?? [];

    // Not the outlet's own name on its masthead line ("Ganja Meridian").
    private static IReadOnlyList<string> WritersAlone(string line, string? outlet) =>
        IsOutletsNameLine(line, outlet) ? [] : Bylines.WritersAlone(line, outlet);

    // The outlet's name, alone or with a few words of edition after a sign ("ALBORZ WIRE — English service").
    private static bool IsOutletsNameLine(string line, string? outlet)
    {
        if (outlet is null) return false;
        static string Core(string name)
        {
            var folded = new string(name.Normalize(NormalizationForm.FormD)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant().Trim();
            return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
        }
        var (name, text) = (Core(outlet), Core(line));
        if (text == name) return true;
        return text.StartsWith(name, StringComparison.Ordinal)
            && EditionAfterName().Match(text[name.Length..]) is { Success: true } edition && !edition.Value.Any(char.IsDigit)
            && edition.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= EditionWords;
    }

    private const int EditionWords = 5;

    [GeneratedRegex(@"^\s+[—–|-]\s+(?<words>.+)$")]
    private static partial Regex EditionAfterName();

    private static IEnumerable<string> SplitDateStamp(string line) =>
        DateStampRunOn().Match(line) is { Success: true } run ? [run.Groups["stamp"].Value, run.Groups["rest"].Value]
        : NameRunIntoStamp().Match(line) is { Success: true } named ? [named.Groups["name"].Value, named.Groups["stamp"].Value]
        : [line];

    /// <summary>
    /// Blanks the re-post and reprint lines at the end of the article (the page keeps them, for the outlet rules) and
    /// answers the address the re-post points back to.
    /// </summary>
    private static string? ReadTrailer(List<string> lines)
    {
        string? url = null;
        for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 8; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (BareUrl().IsMatch(line) && i > 0 && ReadMoreLine().IsMatch(PreviousNonBlank(lines, i)))
            {
                url ??= line;
                lines[i] = "";
                continue;
            }
            var readMore = ReadMoreLine().Match(line);
            var source = SourceUrlLine().Match(line);
            if (readMore.Success || source.Success)
            {
                var found = readMore.Success ? readMore.Groups["url"] : source.Groups["url"];
                if (found.Success)
                {
                    url ??= found.Value;
                }
                lines[i] = "";
            }
            else if (OutletRules.IsReprintNote(line))
            {
                lines[i] = "";
            }
            else
            {
                break;
            }
        }
        return url;
    }

    private static string PreviousNonBlank(List<string> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0)
            {
                return lines[i].Trim();
            }
        }
        return "";
    }

    /// <summary>The first body paragraph: the dateline's, else the one after the byline, else the first long one.</summary>
    // A column's byline may be its writer's name alone, under the column's label and over the date it ran: "OPINION", ...,
    // "Lt Gen Arun Pillai (retd)", "Updated: 14 Jun 2025". Its index among the header's lines and the writer's name, or null.
    private static (int Line, string Writer)? ColumnistLine(List<string> paragraphs)
    {
        var label = paragraphs.Take(HeaderLineLimit).ToList().FindIndex(Columns.IsColumnLabel);
        if (label < 0) return null;
        for (var i = label + 1; i + 1 < Math.Min(paragraphs.Count, HeaderLineLimit); i++)
        {
            if (Columns.NameAlone(paragraphs[i]) is { } writer && IsDateLine(paragraphs[i + 1])) return (i, writer);
        }
        return null;
    }

    /// <summary>
    /// The date the top of the page prints on a line of its own or among a line's sections ("By Tamar Kvirikadze | 9 May 2024",
    /// "Published 3 December 2026 · 14 min read", "TOKYO, July 14, 2026", "Updated 17:05 CET, 27 February 2026"), on a short
    /// line that is no sentence; a date of publication before one of an update.
    /// </summary>
    private static DateOnly? PrintedDate(List<string> paragraphs)
    {
        var dates = paragraphs.Take(HeaderLineLimit)
            .Where(line => line.Length <= LongestSectionedDateLine && !IsSentence(line))
            .SelectMany(line => DateSections().Split(line))
            .Select(SectionDate)
            .OfType<(DateOnly Date, bool Updated)>()
            .ToList();
        return dates.Where(d => !d.Updated).Select(d => (DateOnly?)d.Date).FirstOrDefault()
            ?? dates.Select(d => (DateOnly?)d.Date).FirstOrDefault();
    }

    // "Dakar, 24 June 2026 — ...", "JUBA, 4 August 2025 - Updated 16:10 EAT", "Broadcast 24 November 2026, 07:40": with no
    // date the reader knows the form of, the first full date written in the page's first lines is the page's (not the
    // masthead's founding date).
    private static DateOnly? DateWrittenAtTheTop(List<string> paragraphs) =>
        paragraphs.Take(TopLinesWithADate).Where(line => !FoundingLine().IsMatch(line)).Select(Dates.FirstFullDateIn)
            .FirstOrDefault(d => d is not null);

    private const int TopLinesWithADate = 8;

    private static (DateOnly Date, bool Updated)? SectionDate(string section)
    {
        if (Dates.ParsePrinted(section) is { } printedDate) return printedDate;
        var (text, updated) = Dates.WithoutLabel(section);
        // "Salta, 19 November 2025": a place's name before the date; "TRIPOLI (Maghreb Dispatch - 4th May, 2023)": the date
        // after the agency's name in the brackets of a dateline on a line of its own.
        var after = PlaceBeforeDate().Match(text) is { Success: true } placed ? placed.Groups["date"].Value
            : CreditedDate().Match(text) is { Success: true } credited ? credited.Groups["date"].Value
            : null;
        return Dates.Parse(after) is { } printed ? (printed, updated) : null;
    }

    private const int LongestSectionedDateLine = 120;

    // A line that ends as a sentence does, not with the time of day ("7:14 p.m.").
    private static bool IsSentence(string line) =>
        line.EndsWith('.') && !line.EndsWith("a.m.", StringComparison.OrdinalIgnoreCase)
        && !line.EndsWith("p.m.", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+[|·•–—/]\s+")]
    private static partial Regex DateSections();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’. -]{1,30},\s+(?<date>.+)$")]
    private static partial Regex PlaceBeforeDate();

    [GeneratedRegex(@"\((?:[^)]*\s[-–/]\s)?(?<date>[^)]*\d{4})\)\s*$")]
    private static partial Regex CreditedDate();

    /// <summary>
    /// "Gulf & Yemen | 3 March 2024", "Wednesday, May 21, 2025 | 10:42 TSI": a short line of sections, one a date and the
    /// others a few words, is the page's date stamp, no headline nor story.
    /// </summary>
    private static bool IsDateStamp(string line)
    {
        if (line.Length > LongestSectionedDateLine || IsSentence(line)) return false;
        var sections = DateSections().Split(line);
        return sections.Any(section => SectionDate(section) is not null)
            && sections.All(section => SectionDate(section) is not null
                || section.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4);
    }

    private static bool IsDateLine(string line) =>
        PublishedLine().Match(line) is { Success: true } dated ? Dates.Parse(dated.Groups["date"].Value) is not null
            : line.Length <= LongestDateLine && Dates.Parse(line) is not null;

    private static int FindBodyStart(List<string> paragraphs, (int Line, string Writer)? columnist)
    {
        var limit = Math.Min(paragraphs.Count, HeaderLineLimit);
        for (var i = 0; i < limit; i++)
        {
            if (Datelines.Match(paragraphs[i]) is not null)
            {
                return i;
            }
        }
        var lastByline = -1;
        for (var i = 0; i < limit; i++)
        {
            if (Bylines.IsByline(paragraphs[i]) || i == columnist?.Line)
            {
                lastByline = i;
            }
        }
        if (lastByline >= 0)
        {
            return lastByline + 1;
        }
        for (var i = 0; i < limit; i++)
        {
            if (paragraphs[i].Length >= BodyParagraphLength && !IsCaption(paragraphs[i]))
            {
                return i;
            }
        }
        return 0;
    }

    private sealed record Header(string? Headline, IReadOnlyList<string> TextLines, IReadOnlyList<string> Authors, bool Column);

    private static Header ReadHeader(List<string> lines, OutletPage page, (int Line, string Writer)? columnist, string? outlet,
        List<string> body)
    {
        string? headline = null;
        var candidates = new List<string>();
        var textLines = new List<string>();
        var authors = new List<string>();
        var namedAlone = new List<string>();
        var reviewed = false;

        // "Investigations", "World": a label of one or two words over a longer line is the section's name, not the headline.
        var labelled = lines.Any(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3);
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (index == columnist?.Line)
            {
                authors.Add(columnist.Value.Writer);
                continue;
            }
            if (labelled && IsSectionLabel(line))
            {
                continue;
            }
            if (Bylines.Parse(line) is { } byline)
            {
                if (!reviewed) authors.AddRange(byline.Authors);
                reviewed |= Bylines.IsReviewCredit(line);
            }
            else if (OutletRules.MastheadName(line, page) is not null || OutletRules.IsReprintNote(line)
                || FoundingLine().IsMatch(line) || IsCaption(line) || IsSectionPath(line) || IsDateStamp(line))
            {
                // The masthead, a reprint note, the masthead's founding line, photo captions, the site's path to the
                // article and its date stamp are page furniture.
            }
            else if (PublishedLine().Match(line) is { Success: true } dated && Dates.Parse(dated.Groups["date"].Value) is not null)
            {
                // The line that dates the page is furniture too; PrintedDate reads its date.
            }
            else if (headline is not null && WritersAlone(line, outlet) is [_, ..] writers)
            {
                namedAlone.AddRange(writers);
            }
            else
            {
                if (!IsPageChrome(line))
                {
                    // An emailed newsletter's subject line is its headline: "Subject: Ghana buys boats".
                    var candidate = EmailSubject().Match(line) is { Success: true } subject ? subject.Groups["subject"].Value : line;
                    headline ??= candidate;
                    candidates.Add(candidate);
                }
                textLines.Add(line);
            }
        }
        if (candidates.Count > 1 && TellsTheOpening(candidates, body) is { } teller) headline = teller;
        headline ??= textLines.FirstOrDefault();
        // A byline's credit is surer than a line of names alone, which may be a masthead the reader does not know.
        return new Header(headline, textLines, authors.Count > 0 ? authors : namedAlone, columnist is not null);
    }

    // "Independent investigations into shipping and sanctions", "Sign in | Subscribe" over "Leaked papers show rifles bound for
    // Sudan": a headline tells what the story opens with, and a line over it that shares next to no word with the opening is
    // the site's tagline or chrome. Not a standfirst's sentence, nor a live page's entry ("13:41 - Ghana eyes jets"), which
    // share the opening's words too.
    private static string? TellsTheOpening(List<string> candidates, List<string> body)
    {
        var opening = StemsOf(string.Join(' ', body.Take(OpeningParagraphs)));
        var teller = candidates.FirstOrDefault(line => StemsOf(line).Count(opening.Contains) >= SharedWithTheOpening);
        return teller is null || teller.EndsWith('.') || ClockTime().IsMatch(teller) ? null : teller;
    }

    private const int OpeningParagraphs = 6;

    private const int SharedWithTheOpening = 2;

    // Words of the language, not of grammar, cut to their first letters so that "delivers" and "delivered" are one.
    private static HashSet<string> StemsOf(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3 && !WrittenNames.IsFunctionWord(w))
            .Select(w => w.Length > StemLength ? w[..StemLength] : w).ToHashSet();

    private const int StemLength = 5;

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}\b")]
    private static partial Regex ClockTime();

    // Not "ANKARA", a dateline on a line of its own: a place's name is kept for the story.
    private static bool IsSectionLabel(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 2 } words
        && words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]))
        && Mentions.Places.FindInCapitals(words).Count == 0;

    // "Home > Middle East > Yemen", "Business | Defence industry": short names of sections joined by the signs sites put
    // between them; a headline that names its site too has a sentence's worth of words before the sign.
    private static bool IsSectionPath(string line)
    {
        var sections = SectionSign().Split(line.Trim());
        return sections.Length >= 2 && sections.All(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 1 and <= 3
            && !s.EndsWith('.') && (!s.Any(char.IsDigit) || ReadingTime().IsMatch(s) || SectionDate(s) is not null));
    }

    // Lines over a headline that are not one: a cookie notice, a call to subscribe or to give, a note in brackets, a menu or a
    // path of three sections or more (with signs between them or spaced wide), a page's age or time stamp ("Published 3 hours
    // ago · 4 min read", "Updated 10:32 GMT"), a logo's caption, a section's label in capitals ("THE LONG READ", "CYPRUS"), the
    // page's address, a ticker's line ("Breaking: Flights resume").
    private static bool IsPageChrome(string line)
    {
        var trimmed = line.Trim();
        return CookieNotices.IsOne(trimmed)
            || CallToAction().IsMatch(trimmed)
            || WebAddress().IsMatch(trimmed)
            || TickerLine().IsMatch(trimmed)
            || trimmed is ['(', .., ')'] or ['[', .., ']']
            || MenuItems().Split(trimmed).Length >= 3
            || trimmed.EndsWith(" Logo", StringComparison.Ordinal)
            || AgeOfThePage().IsMatch(trimmed)
            || (!trimmed.Any(char.IsLower) && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6)
            || OutletsTagline().IsMatch(trimmed)
            || (SectionSign().Split(trimmed) is var sections && sections.All(section => SectionLabel().IsMatch(section))
                && (sections.Length >= 2 || trimmed.Contains(" & ", StringComparison.Ordinal)));
    }

    // "Subscribe from $4 a month", "Sign in to keep reading", "Support independent journalism from £1 a week", "Free trial: 14
    // days": the site asking the reader to pay, to give or to sign in.
    [GeneratedRegex(@"^(?:Subscribe|Sign (?:in|up)|Log ?in|Donate|Support\s+(?:independent|our)|Free\s+(?:trial|newsletter))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    // "https://www.lakeshore.example/world/2025/drones", "Permalink: https://...", "lakeshore.example/world/drones": the
    // page's own address, on a line of its own.
    [GeneratedRegex(@"^(?:[\p{L} ]{1,20}:\s*)?(?:(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"^Subject:\s+(?<subject>\S.*)$")]
    private static partial Regex EmailSubject();

    // "Breaking: Flights resume after a fuel shortage", "Weather: Accra 31C": a ticker's line of other news over the headline.
    [GeneratedRegex(@"^(?:Breaking|Weather)\s*:\s")]
    private static partial Regex TickerLine();

    // "Independent news on Myanmar and the borderlands", "East Africa's regional news service", "Translations from the state
    // media of the region", "the Rift's independent daily since 1994": what the outlet says of itself.
    [GeneratedRegex(@"^(?:Independent\s+(?:news|reporting|analysis|journalism)\b|(?:English\s+)?translations\s+(?:and\s+analysis\s+)?from\b"
        + @"|(?:The\s+)?\S+(?:\s\S+)?'s\s+(?:\w+\s+)?(?:news|newsroom|daily|weekly|newspaper)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OutletsTagline();

    // "Defence & Security", "Politics › Election 2025": a section's name of a word or two, joined by "&" or with a year; alone
    // on its line only with "&", for a headline may be as short ("Turkey Arms Ethiopia").
    [GeneratedRegex(@"^\p{Lu}[\p{L}]*(?:\s(?:&|\p{Lu}[\p{L}]*|\d{4})){0,3}$")]
    private static partial Regex SectionLabel();

    // "Published 3 hours ago · 4 min read", "Updated 10:32 GMT, Thursday": when the page was last touched, by the clock.
    [GeneratedRegex(@"^(?:Last\s+)?(?:Published|Updated|Posted)\b.*(?:\b(?:ago|min read|GMT|UTC)\b|\b\d{1,2}[:.]\d{2}\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex AgeOfThePage();

    // "11 MIN READ", "5 min read": how long the article takes, among the sections over it.
    [GeneratedRegex(@"^\d{1,3}\s*(?:min|minute)s?\s+read$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    private const string SectionSignPattern = @"\s+(?:\||›|>|»|/|·)\s+";

    [GeneratedRegex(SectionSignPattern)]
    private static partial Regex SectionSign();

    // "Politics  Society  Economy  Region", "Share   Tweet   Email": a site's menu or buttons, spaced wide, or with the signs
    // between sections.
    [GeneratedRegex(@"\s{2,}|" + SectionSignPattern)]
    private static partial Regex MenuItems();

    private static bool IsCaption(string line) => CaptionCredit().IsMatch(line) || CaptionPrefix().IsMatch(line);

    private static bool IsInterfaceLine(string line)
    {
        if (line.Length > 60)
        {
            return false;
        }
        var words = line.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(InterfaceWords.Contains);
    }
}

using System.Text;
using System.Text.RegularExpressions;

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

    [GeneratedRegex(@"^Read more (?:on|at) (?:the )?original\s*:?\s*(?<url>https?://\S+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMoreLine();

    [GeneratedRegex(@"^(?:Source|Original(?: article| story)?|Read the original(?: article| story)?)\s*:\s*(?<url>https?://\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceUrlLine();

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex BareUrl();

    // "This article originally appeared in The New York Times." marks a reprint and names its outlet.
    [GeneratedRegex(@"^(?:This|The) (?:article|story|piece|report) (?:was )?(?:originally|first) (?:appeared|published|ran)(?: in| on| by| at)? (?<outlet>[^.]{2,80}?)\.?\s*$|^(?:Originally|First) (?:published|appeared) (?:in|on|by|at) (?<outlet>[^.]{2,80}?)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginallyAppeared();

    // "Spokane, Washington  Est. May 19, 1883": a masthead's founding line.
    [GeneratedRegex(@"\b(?:Est\.|Established|Founded|Since)\s+(?:in\s+)?(?:" + Dates.MonthPattern + @"\s+\d{1,2},?\s+)?\d{4}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FoundingLine();

    // "The Spokesman-Review Newspaper": a masthead naming the paper that printed the page.
    [GeneratedRegex(@"^(?<name>(?:The\s)?\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*){0,4})\s+(?:Newspaper|Online|Digital Edition|E-Edition)$")]
    private static partial Regex Masthead();

    // A photo caption ends with its credit in parentheses: "... in Washington, D.C.  (Bonnie Cash)".
    [GeneratedRegex(@"\((?:(?:Photo|Image|Credit|File)(?: by)?:?\s*)?\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,4}(?:\s?/\s?[\p{L}. ]{2,40})?\)\s*$")]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"^(?:Photo|Image|Picture|File photo|Caption)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPrefix();

    [GeneratedRegex(@"^(?:Published|Updated|Posted|Date)\s*:?\s*(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLine();

    // Words of a page's buttons and icons: a line of nothing else ("Arrow-right Camera", "Share", "Sign in") is chrome.
    private static readonly HashSet<string> InterfaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "arrow", "right", "left", "up", "down", "camera", "menu", "search", "close", "share", "print", "email", "e-mail",
        "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram", "comments", "comment", "bookmark",
        "save", "play", "video", "photo", "photos", "icon", "sign", "in", "out", "subscribe", "log", "login", "logout",
        "newsletter", "newsletters", "home", "advertisement", "ad", "skip", "to", "main", "content", "navigation",
        "chevron", "caret", "listen", "this", "article", "copy", "link", "gift", "more", "open", "toggle", "account",
        "my", "the", "sections", "trending", "now", "live", "watch", "audio", "expand", "collapse", "back", "top",
    };

    public static ArticleDocument Read(string content) => ReadWithSource(content).Document;

    /// <summary>The article, and the outlet its own words name as the writer (reprint line, byline or wire credit), if any.</summary>
    internal static (ArticleDocument Document, string? WrittenBy) ReadWithSource(string content)
    {
        var lines = content.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF').Split('\n')
            .Select(l => l.TrimEnd())
            .ToList();

        var trailer = ReadTrailer(lines);
        var paragraphs = lines.Where(l => !string.IsNullOrWhiteSpace(l) && !IsInterfaceLine(l.Trim())).Select(l => l.Trim()).ToList();

        var bodyStart = FindBodyStart(paragraphs);
        var header = ReadHeader(paragraphs.Take(bodyStart).ToList());
        var body = paragraphs.Skip(bodyStart).ToList();

        var dateline = body.Count > 0 ? Datelines.Match(body[0]) : null;

        // Who wrote it: a reprint line, the byline or a wire credit; who printed it: the masthead, outlet line or web address.
        string? wire = dateline?.Credit is { } credit && Outlets.TryGetWire(credit, out var w) ? w : null;
        var writtenBy = trailer.SyndicatedFrom ?? header.BylineOutlet ?? wire;
        var outlet = writtenBy ?? header.OutletLine ?? Outlets.FromUrl(trailer.Url) ?? header.Masthead;
        var publisher = header.Masthead ?? header.OutletLine ?? Outlets.FromUrl(trailer.Url) ?? outlet;

        var text = new StringBuilder();
        foreach (var paragraph in header.TextLines.Concat(body))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            text.Append(paragraph);
        }

        var metadata = new ArticleMetadata(
            Headline: header.Headline,
            Outlet: outlet,
            Publisher: publisher,
            Url: trailer.Url,
            Published: Dates.FromUrl(trailer.Url) ?? dateline?.Date ?? header.Published,
            Authors: header.Authors,
            Dateline: dateline?.Place);
        return (new ArticleDocument(metadata, text.ToString()), writtenBy);
    }

    private sealed record Trailer(string? Url, string? SyndicatedFrom);

    /// <summary>Takes the re-post and reprint lines off the end of the article.</summary>
    private static Trailer ReadTrailer(List<string> lines)
    {
        string? url = null;
        string? syndicatedFrom = null;
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
            var appeared = OriginallyAppeared().Match(line);
            if (readMore.Success || source.Success)
            {
                var found = readMore.Success ? readMore.Groups["url"] : source.Groups["url"];
                if (found.Success)
                {
                    url ??= found.Value;
                }
                lines[i] = "";
            }
            else if (appeared.Success)
            {
                syndicatedFrom ??= Outlets.Canonical(appeared.Groups["outlet"].Value);
                lines[i] = "";
            }
            else
            {
                break;
            }
        }
        return new Trailer(url, syndicatedFrom);
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
    private static int FindBodyStart(List<string> paragraphs)
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
            if (Bylines.IsByline(paragraphs[i]))
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

    private sealed record Header(
        string? Headline,
        IReadOnlyList<string> TextLines,
        IReadOnlyList<string> Authors,
        string? BylineOutlet,
        string? OutletLine,
        string? Masthead,
        DateOnly? Published);

    private static Header ReadHeader(List<string> lines)
    {
        string? headline = null;
        var textLines = new List<string>();
        var authors = new List<string>();
        string? bylineOutlet = null, outletLine = null, masthead = null;
        DateOnly? published = null;

        foreach (var line in lines)
        {
            if (Bylines.Parse(line) is { } byline)
            {
                authors.AddRange(byline.Authors);
                bylineOutlet ??= byline.Outlet;
            }
            else if (Masthead().Match(line) is { Success: true } mast)
            {
                masthead ??= Outlets.Canonical(mast.Groups["name"].Value);
            }
            else if (FoundingLine().IsMatch(line) || IsCaption(line))
            {
                // The masthead's motto or founding line, and photo captions, are page furniture.
            }
            else if (PublishedLine().Match(line) is { Success: true } dated && Dates.Parse(dated.Groups["date"].Value) is { } date)
            {
                published ??= date;
            }
            else if (IsOutletLine(line))
            {
                outletLine ??= Outlets.Canonical(line);
            }
            else
            {
                headline ??= line;
                textLines.Add(line);
            }
        }
        return new Header(headline, textLines, authors, bylineOutlet, outletLine, masthead, published);
    }

    private static bool IsCaption(string line) => CaptionCredit().IsMatch(line) || CaptionPrefix().IsMatch(line);

    // "Pacific Dispatch" on a line of its own names the outlet: short, in Title Case, ending with a word such as Wire or Times.
    private static bool IsOutletLine(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || line.EndsWith('.') || line.Contains(':'))
        {
            return false;
        }
        var titleCase = words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "of" or "the" or "and" or "for" or "de" or "al");
        return titleCase && (Outlets.IsKnownName(line) || Outlets.EndsWithOutletNoun(line));
    }

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

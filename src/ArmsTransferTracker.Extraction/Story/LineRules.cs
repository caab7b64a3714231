using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Extraction.Rules;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>A line of the article as the story stage sees it: its text, trimmed, and whether a story line came before.</summary>
public sealed record ArticleLine(string Text, bool AfterStory);

/// <summary>Why a line is not part of the story.</summary>
public sealed record LineVerdict(string Kind);

/// <summary>
/// Lines a web page carries that are neither speakers nor sentences of the story: navigation, share bars, bylines,
/// time stamps, captions and credits, sign-up and cookie prompts. Each is a named rule; the first that fires decides.
/// </summary>
public static partial class LineRules
{
    private static readonly LineVerdict Chrome = new("chrome");

    public static readonly IReadOnlyList<Rule<ArticleLine, LineVerdict>> All =
    [
        new("breadcrumb-trail", "Site navigation names sections, not speakers.", "Home > World > Eastern Europe",
            line => Breadcrumb().IsMatch(line.Text) ? Chrome : null),
        new("share-bar", "Share buttons and menus are lists of words separated by bars or dots, with no sentence.",
            "Facebook | X | LinkedIn | Email", line => MenuBar().IsMatch(line.Text) && !EndsSentence(line.Text) ? Chrome : null),
        new("site-prompt", "Prompts to share, subscribe, log in or accept cookies are the site's, not the story's.",
            "Share this article", line => SitePrompt().IsMatch(line.Text) || CookieNotices.IsOne(line.Text) ? Chrome : null),
        new("byline", "A byline names the writer, who is not a speaker of the story.", "By Rasa Vaitkutė",
            line => Byline().IsMatch(line.Text) && !Bylines.EndsAsProse(line.Text) ? Chrome : null),
        new("time-stamp", "Publication and update stamps are dates, not sentences.", "Updated 14:07 EET, 12 March 2024",
            line => TimeStamp().IsMatch(line.Text) && !IsProse(line.Text) ? Chrome : null),
        new("photo-credit", "Captions and credits describe pictures; what they show is not asserted by the story.",
            "Trucks at a border crossing near Brest. (File photo) Photo credit: Herald/Archive",
            line => PhotoCredit().IsMatch(line.Text) ? Chrome : null),
        new("picture-tag", "A line a scraper tagged as a picture's, a video's or a sound's describes it; the story asserts none of it.",
            "[img alt=\"Tanks on flatcars at a station near Gomel\"]", line => PictureTag().IsMatch(line.Text) ? Chrome : null),
        new("link-line", "A line that points elsewhere (\"Read more:\", \"Related:\", a bare address) is no sentence.",
            "Read more: Serbia buys more Chinese drones", line => LinkLine().IsMatch(line.Text) ? Chrome : null),
        new("link-list-item", "A bulleted line with no sentence end is the title of a linked story, as under \"Read also:\"; "
            + "a long one before the story is one of its key points.",
            "· Border talks resume in Narva, no agreement",
            line => line.Text[0] is '·' or '•' or '▪' && !EndsSentence(line.Text) && (line.AfterStory || !IsKeyPoint(line.Text))
                ? Chrome : null),
        new("copyright", "Copyright and reprint notices credit an outlet; they state nothing.", "© 2024 Amber Coast Herald",
            line => Copyright().IsMatch(line.Text) ? Chrome : null),
        new("reporting-credit", "A wire's credits to its reporters and editors name the newsroom, not a speaker.",
            "(Reporting by Ilse Varga in Riga; Editing by Tom Ashe)", line => ReportingCredit().IsMatch(line.Text) ? Chrome : null),
        new("editors-note", "A wire's note to editors says what a new version adds; the story is below it.",
            "(ATTN: ADDS ministry comment in paras 4-5)", line => EditorsNote().IsMatch(line.Text) ? Chrome : null),
    ];

    // "• The first interceptors from the package have reached Ukraine, the Pentagon says": a summary is longer than a title.
    private static bool IsKeyPoint(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 10;

    // "Updated figures show Russia received 300 more shells": a line of several words in lower case is prose, not a stamp.
    private static bool IsProse(string line) => line.Split(' ').Count(w => w.Length > 0 && char.IsLower(w[0])) >= 4;

    /// <summary>Whether a line ends as a sentence does: with its stop, or a quotation mark or bracket closing after it.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')';

    [GeneratedRegex(@"^\S.{0,60}?\s(?:>|›|»|/)\s\S.{0,80}$")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^[^|·•]{1,40}(?:\s*[|·•]\s*[^|·•]{1,40}){2,}$")]
    private static partial Regex MenuBar();

    [GeneratedRegex(
        @"^(?:share (?:this|on)|follow us|sign up|subscribe|log in|register|advertisement|sponsored"
        + @"|listen to this|print this|comments?\b|most read|trending|newsletter|skip to|search form|search\b|menu\b|tags?:|topics?:)",
        RegexOptions.IgnoreCase)]
    private static partial Regex SitePrompt();

    [GeneratedRegex(@"^(?:[Bb]y|[Ff]rom)\s+\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,3}(?:\s*(?:,|and|\||in)\s*.{0,60})?$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:updated|published|posted|last updated|first published|date)\b.{0,60}\d", RegexOptions.IgnoreCase)]
    private static partial Regex TimeStamp();

    [GeneratedRegex(@"(?:photo(?:graph)? ?(?:credit|by)?:|\(file photo\)|\(photo\b|image:|picture:|caption:|" +
        @"credit:|via getty|/ ?reuters$|/ ?afp$)",
        RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    // "[Photo]", "[Photo caption]", "[img alt=...]", "[VIDEO]", "[Audio, 3:41]": the tag that opens the line.
    [GeneratedRegex(@"^\[(?:photo|caption|image|img\b|video|audio)", RegexOptions.IgnoreCase)]
    private static partial Regex PictureTag();

    [GeneratedRegex(@"^(?:read (?:more|also)|see also|related|more on this|watch|listen|also read|" +
        @"recommended)\b\s*[:\-–—]|^https?://|^www\.",
        RegexOptions.IgnoreCase)]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"^\(?(?:additional )?(?:reporting|writing|editing|compiled|research)(?: and \w+)? by\s+\p{Lu}",
        RegexOptions.IgnoreCase)]
    private static partial Regex ReportingCredit();

    [GeneratedRegex(@"^\((?:ATTN|ATTENTION|EDS|EDITORS?)\s?:[^)]{2,200}\)$")]
    private static partial Regex EditorsNote();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b|all rights reserved|this article (?:was )?originally appeared|this story was first)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();
}

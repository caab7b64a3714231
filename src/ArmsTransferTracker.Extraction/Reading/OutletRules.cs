using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Rules;
using ArmsTransferTracker.Extraction.Vocabulary;

namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>
/// A page as the outlet rules read it: its lines, trimmed, without blank ones; its top, where mastheads, section
/// names and bylines stand before the story starts; its whole text; and the address a re-post points back to.
/// </summary>
public sealed class OutletPage
{
    // The story has started by the first paragraph this long: mastheads, section names, bylines and captions are shorter.
    private const int StoryParagraphLength = 160;

    // Past this many lines a page is in its story, whatever their length.
    public const int TopLineLimit = 12;

    public OutletPage(IEnumerable<string> lines, string? url = null)
    {
        Lines = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Top = Lines.Take(TopLineLimit).TakeWhile(l => l.Length < StoryParagraphLength).ToList();
        Text = string.Join('\n', Lines);
        Url = url;
        ToldOrShown = OutletNames.ToldOrShownIn(Text).ToHashSet();
        CouldNotVerify = OutletNames.CouldNotVerifyIn(Text).ToList();
    }

    public static OutletPage FromText(string text) => new(text.Split('\n'));

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<string> Top { get; }

    public string Text { get; }

    public string? Url { get; }

    /// <summary>Names the story shows being told things or shown papers: "told the Vltava Monitor", "seen by KWS".</summary>
    public IReadOnlySet<string> ToldOrShown { get; }

    /// <summary>Names the story shows unable to check a claim themselves: "the Orinoco Ledger could not independently verify".</summary>
    public IReadOnlyList<string> CouldNotVerify { get; }

    /// <summary>
    /// Is this a news outlet's name? A known outlet's, one that says so ("... Herald"), or one the story uses as a
    /// newsroom, whole or by its first words ("obtained by El Faro" for "El Faro Andino").
    /// </summary>
    public bool IsOutletName(string name) =>
        Outlets.IsKnownName(name) || OutletNames.IsMediaName(name)
        || ToldOrShown.Concat(CouldNotVerify).Any(used => name == used || name.StartsWith(used + " ", StringComparison.Ordinal));
}

/// <summary>
/// Who wrote an article, from what the page says of itself. Each clue is a named rule; within each list the first that
/// fires decides, and the writer's credit comes before the printer's page, which comes before the newsroom's own words.
/// </summary>
public static partial class OutletRules
{
    /// <summary>Credits naming who wrote the story: a reprint note, the address copied from, the dateline, the byline.</summary>
    public static readonly IReadOnlyList<Rule<OutletPage, string>> Writer =
    [
        new("reprint-note", "A reprint says where the story first ran; that outlet wrote it.",
            "This story first appeared in Orinoco Ledger and is republished with permission.",
            page => page.Lines.Select(line => ReprintNote().Match(line)).FirstOrDefault(m => m.Success) is { } note
                ? Outlets.Canonical(note.Groups["name"].Value) : null),
        new("original-address", "A re-post points back to the page it copied; that page's site wrote the story.",
            "Read more on original: https://www.lakeshoreherald.example/world/2025/05/02/drones",
            page => Outlets.FromUrl(page.Url)),
        new("dateline-credit", "A dateline credits the agency that wrote the story; a short credit is the name the text spells out.",
            "VALLETTA, May 2 (KWS) - ... © 2025 Kestrel Wire Service",
            page => page.Lines.Take(OutletPage.TopLineLimit).Select(line => DatelineCredit(line, page)).FirstOrDefault(c => c is not null)),
        new("byline-outlet", "A byline can name the writer's outlet after the names.", "By Ines Duarte | Tagus Evening Star | 4 May 2025",
            page => page.Top.Select(line => Bylines.Parse(line)?.Outlet).FirstOrDefault(o => o is not null)),
    ];

    /// <summary>Clues naming the paper or site whose page this is: its masthead, its copyright line.</summary>
    public static readonly IReadOnlyList<Rule<OutletPage, string>> Printer =
    [
        new("masthead-name",
            "A page opens with its outlet's name, alone or before its sections; names in capitals are cased as the text writes them.",
            "Vltava Monitor › Czechia › Defence",
            page => page.Top.Select(line => MastheadName(line, page)).FirstOrDefault(name => name is not null)),
        new("masthead-over-sections",
            "A page's first line, a short name, is its outlet's when the site's sections or its edition follow: no media word needed.",
            "SMALL ARMS TRACE COLLECTIVE\nField Investigations | South Sudan | 22 May 2026",
            page => MastheadOverSections(page)),
        new("copyright-holder", "A page's copyright line names the outlet that owns it.",
            "© 2025 Tagus Evening Star. All rights reserved.",
            page => page.Lines.Select(line => CopyrightHolder(line, page)).FirstOrDefault(name => name is not null)),
        new("name-before-sections", "A short name before two of the site's sections on a line over the story is its outlet's, "
            + "when no other line names one.",
            "Harbour Tide | World | Security",
            page => page.Top.Select(NameBeforeSections).FirstOrDefault(n => n is not null) is { } named
                ? Outlets.Canonical(OutletNames.CasedAsText(named, page.Text)) : null),
        new("name-written-again", "A short name on a line of its own over the story, written again below it (a photo's credit, "
            + "a copyright line, the newsroom's own words), is its outlet's, when no other line names one.",
            "Tarn Ledger\nTurkey delivers drones to Kenya\n...\nThe Tarn Ledger could not reach the ministry.",
            page => page.Top.FirstOrDefault(line => IsNameWrittenAgain(line, page))),
    ];

    /// <summary>The newsroom speaking of itself in the story, when the page credits no one.</summary>
    public static readonly IReadOnlyList<Rule<OutletPage, string>> Newsroom =
    [
        new("could-not-verify", "Only the outlet itself says it could not check a claim independently.",
            "The Orinoco Ledger could not independently verify the footage.",
            page => page.CouldNotVerify.FirstOrDefault(name => OutletNames.IsMediaName(name) || page.ToldOrShown.Contains(name))),
        new("told-the-outlet", "The one outlet the story says was told something, or shown papers, is its own newsroom.",
            "A port official told the Marmara Dispatch by telephone that ...",
            page => page.ToldOrShown.Where(OutletNames.IsMediaName).ToList() is [var only] ? only : null),
    ];

    /// <summary>Every rule, in the order that decides the outlet.</summary>
    public static readonly IReadOnlyList<Rule<OutletPage, string>> All = [.. Writer, .. Printer, .. Newsroom];

    /// <summary>The outlet of a page: who wrote it if the page credits them, else the page's own.</summary>
    public static string? Outlet(OutletPage page) => Read(page).Outlet;

    /// <summary>Who the page credits as the writer, the outlet, and the publisher: the page's own outlet, else the outlet.</summary>
    public static (string? Writer, string? Outlet, string? Publisher) Read(OutletPage page)
    {
        var writer = Writer.Fire(page)?.Output;
        var printer = Printer.Fire(page)?.Output;
        // "HONIARA (SNB) -" under the masthead "Solomon Evening Post": initials the page never spells out are the masthead's own
        // short name, or a wire's the site answers for; the site's name is the one readers know it by. "(Tarn)" under "TARN
        // LEDGER": a credit that is the masthead's first words is its short name too.
        var shortName = OutletNames.IsInitials(writer)
            || (writer is not null && printer is not null && printer.StartsWith(writer + " ", StringComparison.OrdinalIgnoreCase));
        var outlet = (shortName ? printer : null) ?? writer ?? printer ?? Newsroom.Fire(page)?.Output;
        return (writer, outlet, printer ?? outlet);
    }

    /// <summary>A line noting where the story first ran; it is no part of the story.</summary>
    public static bool IsReprintNote(string line) => ReprintNote().IsMatch(line.Trim());

    /// <summary>The outlet a masthead line names, or null when the line is no masthead.</summary>
    public static string? MastheadName(string line, OutletPage page)
    {
        if (Bylines.IsByline(line))
        {
            return null;
        }
        // "KestrelWire.com": a site's address as its name; a known outlet's address is that outlet.
        if (WebHost().Match(line) is { Success: true } host)
        {
            var printed = host.Groups["host"].Value;
            var known = Outlets.FromUrl("https://" + printed);
            return string.Equals(known, printed, StringComparison.OrdinalIgnoreCase) ? printed : known;
        }
        // "The Lakeshore Herald Newspaper": the edition word says the rest is an outlet's name.
        if (EditionSuffix().Match(line) is { Success: true } edition && OutletNames.IsCapitalisedName(edition.Groups["name"].Value))
        {
            return Outlets.Canonical(edition.Groups["name"].Value);
        }
        // "SAHARA DESK | Atlantic Coast Tribune": the outlet's name may follow its desk's, though not a site's sections
        // ("Local News | Sport | Weather") nor a headline ("Ghana buys boats | Lakeside Courier"); "EL VIGÍA ANDINO |
        // English Edition": a name over its edition is the outlet's, whatever word it ends in.
        var parts = MastheadSections().Split(line);
        var overEdition = parts.Length > 1 && parts.Skip(1).All(part => EditionLabel().IsMatch(part));
        var afterDesk = parts.Length == 2 && OutletNames.IsCapitalisedName(parts[0]);
        return parts.Take(afterDesk ? 2 : 1).Select(name => (Name: name, Cased: OutletNames.CasedAsText(name, page.Text)))
            .Where(part => OutletNames.IsCapitalisedName(part.Name) && part.Name.Split(' ').Length <= 6
                && !OutletNames.IsNewsroomRole(part.Name) && (overEdition || page.IsOutletName(part.Cased)))
            .Select(part => Outlets.Canonical(part.Cased))
            .FirstOrDefault();
    }

    // "Diario Altiplano | Salta, Argentina | English edition", "The Frontier Desk" over "LIVE" or over "Border | Courts": a
    // headline is no name in capitals throughout, and the line below it a byline, not the site's sections. A name in
    // capitals throughout may have its tagline between it and the sections ("TONLE NOTES", "Independent analysis ...",
    // "Home | Archive"); a name with "The" is a title, though it ends in a newsroom's job ("The Tonle Correspondent").
    private static string? MastheadOverSections(OutletPage page)
    {
        if (page.Top.Count < 2 || Bylines.IsByline(page.Top[0])) return null;
        var parts = MastheadSections().Split(page.Top[0]);
        var name = parts[0];
        var edition = parts.Skip(1).Any(part => EditionLabel().IsMatch(part));
        var sectionsBelow = parts.Length == 1 && !Bylines.IsByline(page.Top[1])
            && (AreSections(page.Top[1]) || (AreTwoSections(page.Top[1]) && IsHeadlineUnderSections(page)));
        var sectionsUnderTagline = parts.Length == 1 && page.Top.Count > 2 && !name.Any(char.IsLower) && AreSections(page.Top[2]);
        if (!(edition || sectionsBelow || sectionsUnderTagline) || !OutletNames.IsCapitalisedName(name) || name.Split(' ').Length > 5
            || (OutletNames.IsNewsroomRole(name) && !name.StartsWith("The ", StringComparison.Ordinal)))
        {
            return null;
        }
        return Outlets.Canonical(OutletNames.CasedAsText(name, page.Text));
    }

    private static string? NameBeforeSections(string line) =>
        !Bylines.IsByline(line) && MastheadSections().Split(line) is [var name, var first, var second, ..]
        && IsSection(first) && IsSection(second)
        && OutletNames.IsCapitalisedName(name) && name.Split(' ').Length is >= 2 and <= 5 && !OutletNames.IsNewsroomRole(name)
        && Mentions.Places.Find(name.Split(' ')).Count == 0
            ? name : null;

    // A place's name on a line of its own is a section or a dateline, though the story names the place again.
    private static bool IsNameWrittenAgain(string line, OutletPage page) =>
        line.Split(' ') is { Length: >= 2 and <= 5 } words && OutletNames.IsCapitalisedName(line) && !Bylines.IsByline(line)
        && !OutletNames.IsNewsroomRole(line) && !Mentions.Places.Find(words).Any(p => p.Last - p.First + 1 == words.Length)
        && page.Lines.Skip(page.Top.Count).Any(below => below.Contains(line, StringComparison.Ordinal));

    // "ANALYSIS | SAHEL", "Security Council | Asia-Pacific": two short sections, as a site files a story under a kind and a
    // region.
    private static bool AreTwoSections(string line) =>
        MastheadSections().Split(line) is [var first, var second] && IsSection(first) && IsSection(second);

    // A site's section: a few words, no date, no sentence.
    private static bool IsSection(string part) => part.Split(' ').Length <= 3 && !part.Any(char.IsDigit) && !part.EndsWith('.');

    // Two sections are the site's only between its name and a headline longer than the name, not a sentence of the story: a
    // short headline in capitals over its sections would otherwise pass for a masthead.
    private static bool IsHeadlineUnderSections(OutletPage page) =>
        page.Top.Count > 2 && !Bylines.IsByline(page.Top[2]) && !page.Top[2].EndsWith('.')
        && page.Top[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > Math.Max(5, page.Top[0].Split(' ').Length);

    private static bool AreSections(string line) =>
        MastheadSections().Split(line).Length > 2 || PageLabel().IsMatch(line) || Breadcrumb().IsMatch(line) || BracketMenu().IsMatch(line);

    private static string? DatelineCredit(string line, OutletPage page)
    {
        if (BracketCredit().Match(line) is { Success: true } bracket)
        {
            return Credited(bracket.Groups["credit"].Value, page);
        }
        // "(Kestrel) Chile has ...": a credit without a place opens a story paragraph, not a headline tag like "(LEAD)".
        if (OpeningCredit().Match(line) is { Success: true } opening && line.Length >= 100 && line[^1] is '.' or '"' or '”')
        {
            return Credited(opening.Groups["credit"].Value, page);
        }
        if (SlashCredit().Match(line) is { Success: true } slash)
        {
            return Credited(slash.Groups["credit"].Value, page);
        }
        // "Mosul, Jan 15, Zagros Observer --": after a comma a credit must be an outlet's name, or "KYIV, Ukraine —" would be one.
        return CommaCredit().Match(line) is { Success: true } comma && page.IsOutletName(comma.Groups["credit"].Value)
            ? Credited(comma.Groups["credit"].Value, page)
            : null;
    }

    // "Kestrel News / Andes Post - 3rd May, 2025": the site that reprinted it, the agency that wrote it, the date.
    // "(GLO/Agencies)": a credit to the wires or the staff names no one; "ANCHOR (NGOZI ADEBAYO):", "NOT DELIVERED (YET)": words
    // in capitals with a space, or a word of the language in capitals, are a transcript's speaker or a heading's aside, not an
    // agency ("(Post)" may be one).
    private static string? Credited(string credit, OutletPage page)
    {
        var parts = credit.Split('/').Select(part => CreditDate().Replace(part, "").Trim()).ToList();
        if (parts.LastOrDefault(part => !Lexicon.GenericCredits.Contains(part)) is not { } writer) return null;
        if (!Outlets.IsKnownName(writer) && !writer.Any(char.IsLower)
            && (writer.Contains(' ') || Story.WrittenNames.IsCommonWord(writer))) return null;
        var isName = Outlets.IsKnownName(writer) || (OutletNames.IsCapitalisedName(writer) && writer.Split(' ').Length <= 6);
        if (!isName) return null;
        var expanded = OutletNames.Expand(writer, page.Text);
        return expanded == writer ? OutletNames.SpelledOutAbove(writer, page.Top, page.Text) ?? writer : expanded;
    }

    private static string? CopyrightHolder(string line, OutletPage page)
    {
        if (Copyright().Match(line) is not { Success: true } copyright)
        {
            return null;
        }
        var holder = OutletNames.Expand(LegalForm().Replace(copyright.Groups["name"].Value, ""), page.Text);
        return page.IsOutletName(holder) ? Outlets.Canonical(holder) : null;
    }

    // A place in capitals or title case, joined by slashes when a story is filed from two: "LIMA/QUITO", "Da Nang".
    private const string Place = @"\p{Lu}[\p{L}'’\-]*\.?(?:[ /]\p{Lu}[\p{L}'’\-]*\.?){0,3}";

    // "VALLETTA, May 2 (KWS) - ", "BRASILIA, Federal District (Pampas Courier) — ",
    // "LIMA (Kestrel News / Andes Post - 3rd May, 2025) The ...", "QUITO (Orinoco Ledger - 2nd June, 2024)".
    [GeneratedRegex(@"^" + Place + @"(?:,\s[^()\n]{1,60}?)?\s?\((?<credit>[^()\n]{2,80})\)\s*(?:--|[-–—:]|(?=\p{Lu})|$)")]
    private static partial Regex BracketCredit();

    [GeneratedRegex(@"^\((?<credit>[^()\n]{2,60})\)\s+(?=\p{Lu})")]
    private static partial Regex OpeningCredit();

    // "OSLO, March 3. /NRX/. ", "HANOI, May 9 /Mekong Wire/ — ".
    [GeneratedRegex(@"^" + Place + @",\s[^/\n]{1,30}?\s?/(?<credit>[^/\n]{2,40})/")]
    private static partial Regex SlashCredit();

    // "Mosul, Jan 15, Zagros Observer -- ", "Aleppo, NTX- ".
    [GeneratedRegex(@"^" + Place + @",\s(?:[^,\n]{1,20},\s)?(?<credit>" + OutletNames.Name + @")\s?(?:--|[-–—])\s")]
    private static partial Regex CommaCredit();

    [GeneratedRegex(@"\s+[-–—]\s+[^-–—]*\d[^-–—]*$")]
    private static partial Regex CreditDate();

    // "This article originally appeared in Orinoco Ledger and is republished here ...", "Published in Pampas Courier, May 3rd, 2025".
    [GeneratedRegex(@"^(?:This|The) (?:article|story|piece|report) (?:was )?(?:originally|first) (?:appeared|published|ran)"
        + "(?: in| on| by| at)? (?<name>" + OutletNames.Name + @")(?=[.,;]| and |\s*$)"
        + @"|^(?:(?:Originally|First) (?:published|appeared)|Published) (?:in|on|by|at) (?<name>" + OutletNames.Name + ")"
        + @"(?:,\s[\p{L}\d ,.]*\d{4})?\.?\s*$")]
    private static partial Regex ReprintNote();

    // "© 2025 Tagus Evening Star.", "Copyright (c) Halcyon News Agency.", "[Share to]  Copyright © 2025 KWS.",
    // "© Fjordline Press Agency 2025".
    [GeneratedRegex(@"^(?:\[[^\]]*\]\s*)?(?:(?:Copyright|COPYRIGHT)\s*(?:©|\([Cc]\)|ⓒ)?|©|ⓒ)\s*(?:\d{4}(?:[-–]\d{4})?,?\s*)?"
        + "(?<name>" + OutletNames.Name + ")")]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\s+(?:Ltd|Limited|Inc|LLC|PLC|GmbH)$")]
    private static partial Regex LegalForm();

    [GeneratedRegex(@"^(?:www\.)?(?<host>[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)*\.\p{Ll}{2,6})$")]
    private static partial Regex WebHost();

    [GeneratedRegex(@"^(?<name>.+?)\s+(?:Newspaper|Digital Edition|E-Edition)$")]
    private static partial Regex EditionSuffix();

    // "English edition", "English service", "International Edition": the edition a site's masthead names.
    [GeneratedRegex(@"^\p{Lu}\p{L}+ (?:[Ee]dition|[Ss]ervice)$")]
    private static partial Regex EditionLabel();

    // "LIVE", "OPINION", "EXCLUSIVE": one word in capitals that labels the page below its masthead.
    [GeneratedRegex(@"^\p{Lu}{3,}$")]
    private static partial Regex PageLabel();

    // "Newsletters › The Daily Brief", "National > Defense": a site's path to the page; a headline has no such marks.
    [GeneratedRegex(@"^[^›»>]{2,40}\s(?:›|»|>)\s[^›»>]{2,40}$")]
    private static partial Regex Breadcrumb();

    // "[ Europe ] [ Defence ] [ Podcasts ]": a site's menu, each section in brackets.
    [GeneratedRegex(@"^(?:\[\s?[^\[\]]{2,25}?\s?\]\s*){3,}$")]
    private static partial Regex BracketMenu();

    // "Lakeshore Herald | Politics | 2 May 2025", "Vltava Monitor › Czechia", "Zagros Observer — Iraq", "Ecuador al Día - English".
    [GeneratedRegex(@"\s+(?:\||›|>|»|—|–|-|·|/)\s+")]
    private static partial Regex MastheadSections();
}

using ArmsTransferTracker.Extraction.Vocabulary;
using System.Text.RegularExpressions;

namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>The authors and outlet of a byline: "By Ana Petković and Johan Berggren, Tisza Herald".</summary>
public sealed record Byline(IReadOnlyList<string> Authors, string? Outlet);

public static partial class Bylines
{
    // "By ...", and the words other pages credit writers with: "Story by", "Compiled by", "Live reporting by", "Author:",
    // "Posted by:", "Analysts:"; a podcast's or a broadcast's page credits its hosts and presenters ("Hosts: ...", "Presented by
    // ..."), a readers' column who answered, a review its reviewer.
    [GeneratedRegex(
        @"^\s*(?:By|Por|Par|(?:Story|Written|Reporting|Live reporting|Live coverage|Live updates|Words|Live blog(?: edited)?|Edited"
        + @"|Interview|Compiled|Answered|Review|Reviewed|Presented|Hosted) by"
        + @"|(?:Authors?|Text|Reporter|Writer|Posted by|Hosts?|Presenters?|Newsreader|Analysts?):)\s+(?<rest>\S.*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^\s*Review(?:ed)? by\s", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewCredit();

    /// <summary>
    /// "Reviewed by Ada Obi": a review's credit, after which a book's own "By ..." line names the author reviewed, not a writer.
    /// </summary>
    public static bool IsReviewCredit(string line) => ReviewCredit().IsMatch(line);

    // "Posted on 27 June 2025 by Marie Hoareau | 3 comments": a writer named after the date the page was posted.
    [GeneratedRegex(@"^(?:Posted|Published)\b[^|]*?\sby\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex PostedBy();

    [GeneratedRegex(@"\s+[|·]\s+")]
    private static partial Regex Sections();

    /// <summary>
    /// The words of a line that credit its writers: after "By" and its like at the line's start or at a section's
    /// ("August 25, 2026 | By Rana Touma"), after the date a page was posted, or a name alone before the page's date
    /// ("Rohan Mehta | 28 January 2026").
    /// </summary>
    private static string? Credited(string line)
    {
        if (ByPrefix().Match(line) is { Success: true } by) return by.Groups["rest"].Value;
        if (PostedBy().Match(line) is { Success: true } posted) return posted.Groups["rest"].Value;
        var sections = Sections().Split(line.Trim());
        if (sections.Length < 2) return null;
        for (var i = 1; i < sections.Length; i++)
        {
            if (ByPrefix().Match(sections[i]) is { Success: true } later)
            {
                return string.Join(" | ", [later.Groups["rest"].Value, .. sections[(i + 1)..]]);
            }
        }
        // A name alone, with no word to credit it, must read as one: "Field Investigations | 22 May 2026" is a section.
        var name = sections[0];
        return ReadsAsAName(name) && sections.Skip(1).Any(s => Dates.ParsePrinted(s) is not null)
            ? name
            : null;
    }

    [GeneratedRegex(@",\s*|\s+and\s+|\s*&\s*|\s*;\s*")]
    private static partial Regex NameSeparators();

    // Words that name a person with nothing around them to say so: two to four, none a place, an outlet or a common word.
    private static bool ReadsAsAName(string words) =>
        IsShapedAsAName(words) && !words.Split(' ').Any(Story.WrittenNames.IsCommonWord);

    private static bool IsShapedAsAName(string words) =>
        PersonName().IsMatch(words) && words.Split(' ').Length is >= 2 and <= 4 && !IsPlace(words) && !IsOutlet(words);

    // A person's name: one to five capitalised words, initials allowed ("Laura K. Finch", "Jiří Dvořák"), and particles
    // written in lower case, alone or joined by a hyphen ("Haidar al-Shammari").
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*(?:\s(?:(?:al|el|ad|ash|as|at|ar|az|ul|bin|ibn|bint|abu|de|di|da|du|le|la)-" +
        @"\p{Lu}[\p{L}'’.\-]*|\p{Lu}[\p{L}'’.\-]*|van|von|de|da|der|al|bin|el|la|le|du|dos))*$")]
    private static partial Regex PersonName();

    // "with Daniyar Ospanov in Almaty", "additional reporting by Hannah Lowe (London)": the words around a name that credit
    // a second writer or say where one reported from.
    [GeneratedRegex(@"^(?:with\s+)?(?:additional\s+reporting\s+by\s+)?")]
    private static partial Regex CreditBeforeName();

    [GeneratedRegex(@"\s*\([^)]*\)|\s+in\s+\p{Lu}.*$")]
    private static partial Regex PlaceAfterName();

    // "in Rubaya, North Kivu": the region after the place a writer filed from, which is no second writer.
    [GeneratedRegex(@"(?<place>\sin\s\p{Lu}[^,;]*),\s*\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*){0,2}(?=\s*$|\s*;|\sand\s)")]
    private static partial Regex RegionAfterPlace();

    // "(Reporting by Ana Ruiz in Quito and Tom Rudd in Lima; Writing by Lea Berg; Editing by Kwame Darko)": a wire story's
    // credits, in brackets at its end. Its writers are those it credits with the reporting or the writing, as a byline's are,
    // and those who added reporting from elsewhere; not its editors.
    [GeneratedRegex(@"^\((?<credits>(?:With )?(?:Reporting|Writing|Written|Compiled) by [^()]+)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex WireCredits();

    [GeneratedRegex(@"^(?:With )?(?:Additional )?(?:Reporting|Writing|Written|Compiled) by\s+(?<names>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WritersCredit();

    /// <summary>The writers a wire story's closing credits name, or none when the line is no such credit.</summary>
    public static IReadOnlyList<string> CreditedAtTheEnd(string line)
    {
        if (WireCredits().Match(line.Trim()) is not { Success: true } credits) return [];
        return credits.Groups["credits"].Value.Split(';', StringSplitOptions.TrimEntries)
            .Select(part => WritersCredit().Match(part))
            .Where(m => m.Success)
            .SelectMany(m => NameSeparators().Split(m.Groups["names"].Value))
            .Select(name => PlaceAfterName().Replace(name, "").Trim())
            .Where(name => PersonName().IsMatch(name) && name.Split(' ').Length is >= 2 and <= 5 && !IsPlace(name))
            .ToList();
    }

    [GeneratedRegex(@"\s+[|·—–]\s+|,?\s+and\s+|\s*&\s*|\s*;\s*")]
    private static partial Regex PartsOfALine();

    /// <summary>
    /// The writers a line under the headline names with nothing to credit them: "Jana Novak", "Eirik Sande, Berlin | 27
    /// November 2026", "Lin Pei-shan, Washington, and Kao Yu-ting, Taipei", "Tom Verney, Political Correspondent". Every part
    /// of the line is a name, with where its writer filed from or a job after a comma, or a date or time; none, for any other
    /// line. A name's words are written in lower case after their capital: "TNS" is no one's.
    /// </summary>
    public static IReadOnlyList<string> WritersAlone(string line, string? outlet = null)
    {
        var names = new List<string>();
        var units = PartsOfALine().Split(line.Trim()).Select(u => u.Split(',', StringSplitOptions.TrimEntries)).ToList();
        // After a name's comma, only where its writer filed from or a job: "Monitor staff, with reporting from Sittwe" is a credit.
        if (units.Any(u => u.Skip(1).Any(after => after.Length > 0 && !char.IsUpper(after[0])))) return [];
        foreach (var unit in units)
        {
            if (unit.Length > 1 && unit.All(ReadsAsAListedName))
            {
                names.AddRange(unit);
                continue;
            }
            var part = string.Join(' ', PlaceAfterName().Replace(unit[0], "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (part.Length == 0 || part.Any(char.IsDigit) || IsPlace(part) || OutletNames.IsNewsroomRole(part)
                || part.Equals(outlet, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!ReadsAsAName(part) || part.Split(' ').Any(w => !w.Any(char.IsLower)))
            {
                return [];
            }
            names.Add(part);
        }
        return names;
    }

    // "Ama Owusu, Kofi Boateng", "Tomasz Wrenfield, Seo-yeon Park": names listed with commas, each a writer, a surname that is
    // also a word ("Park") allowed; not a town of lower-case particles the gazetteer lacks ("Ana Pinto, São José dos Campos"),
    // nor a desk or a job ("Ama Owusu, Foreign Desk", "Ama Owusu, Parliamentary Correspondent").
    private static bool ReadsAsAListedName(string words) =>
        IsShapedAsAName(words) && words.Split(' ') is var parts && parts.All(w => char.IsUpper(w[0]))
        && !OutletNames.IsNewsroomRole(words) && !parts.SkipLast(1).Any(Story.WrittenNames.IsCommonWord);

    public static bool IsByline(string line) => line.Length < 200 && !EndsAsProse(line) && Credited(line) is not null;

    public static Byline? Parse(string line)
    {
        if (EndsAsProse(line) || Credited(line) is not { } credited)
        {
            return null;
        }
        var rest = credited.Trim();
        string? outlet = null;

        // "By Jane Doe | Reuters" and "By Ines Duarte | Tagus Evening Star | 4 May 2025" put the outlet after a bar or
        // dash, among other sections: a place, a date.
        var sections = rest.Split(['|', '—', '–', '·'], StringSplitOptions.TrimEntries);
        if (sections.Length > 1)
        {
            outlet = sections.Skip(1).Where(IsOutlet).Select(Outlets.Canonical).FirstOrDefault();
            rest = sections[0];
        }

        // "By Tomas Reyes, Defence Correspondent": a job is neither an author nor an outlet.
        var raw = NameSeparators().Split(RegionAfterPlace().Replace(rest, "${place}")).Select(p => p.Trim())
            .Where(p => p.Length > 0 && !OutletNames.IsNewsroomRole(p)).ToList();
        if (raw.Count == 0)
        {
            return null;
        }
        var parts = raw.Select(p => PlaceAfterName().Replace(CreditBeforeName().Replace(p, ""), "").Trim()).ToList();
        // "..., with AFN", "..., with the Open Tally reporting network", "additional reporting by Penghu News Agency": a partner
        // credited is not the outlet.
        if (outlet is null && CreditBeforeName().Match(raw[^1]).Length == 0)
        {
            var last = parts[^1];
            // "Paul Avery Chicago Tribune": the outlet runs on after the last name, without a comma.
            if (Outlets.TrySplitTrailingName(last, out var name, out var trailing) && PersonName().IsMatch(name) && name.Contains(' '))
            {
                outlet = trailing;
                parts[^1] = name;
            }
            // "..., Meridian Wire": a last part that names an outlet is the outlet, not an author.
            else if (parts.Count > 1 && IsOutlet(last))
            {
                outlet = Outlets.Canonical(last);
                parts.RemoveAt(parts.Count - 1);
            }
        }

        // A name is two words or more: "Riyadh" or "Al-Qaim" after a comma is where the writer filed from, as is a place. A
        // partner credited by its name ("additional reporting by Penghu News Agency", "..., Lodestar Arms Observatory") is a
        // body, not a writer.
        var authors = parts.Where(p => PersonName().IsMatch(p) && p.Split(' ').Length is >= 2 and <= 5 && !IsPlace(p)
                && !IsOutlet(p) && !Lexicon.OrganisationHeads.Contains(p.Split(' ')[^1].ToLowerInvariant()))
            .Select(TitleCaseIfShouted).ToList();
        // "Presented by Ama Owusu | Newsreader: Kofi Boateng": a credit of its own after a bar names another writer; an editor
        // after the writers ("| Edited by ...") is none.
        authors.AddRange(sections.Skip(1).Where(section => !section.StartsWith("Edit", StringComparison.OrdinalIgnoreCase))
            .SelectMany(section => Parse(section)?.Authors ?? []));
        return authors.Count == 0 && outlet is null ? null : new Byline(authors, outlet);
    }

    private static bool IsOutlet(string name) => Outlets.IsKnownName(name) || OutletNames.IsMediaName(name);

    private static bool IsPlace(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, ..] split && Mentions.Places.Find(split) is [{ First: 1 } place]
        && place.Last == split.Length;

    // "By JOHN SMITH" is John Smith.
    private static string TitleCaseIfShouted(string name) =>
        name.Any(char.IsLower) ? name : string.Join(' ', name.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));

    /// <summary>
    /// "By March, Belarus had sent 40 tanks to Russia.": a line that opens as a byline but ends with a full stop, or its
    /// question or exclamation mark, is the story's. A byline may end with its agency in brackets ("By Jan Novak (Reuters)").
    /// </summary>
    public static bool EndsAsProse(string line) => line.TrimEnd() is [.., '.' or '!' or '?'];
}

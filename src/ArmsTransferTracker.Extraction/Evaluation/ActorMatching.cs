using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArmsTransferTracker.Extraction.Evaluation;

/// <summary>
/// The name normalisation of shared/eval/score.py: fold, place aliases, actor tokens and same_actor, ported line for line.
/// </summary>
public static partial class ActorMatching
{
    // score.py's COUNTRY_ALIASES, in its order (the multi-word replacements run in this order).
    private static readonly (string Alias, string Canonical)[] CountryAliases =
    [
        ("us", "united states"), ("u s", "united states"), ("usa", "united states"), ("america", "united states"),
        ("washington", "united states"), ("american", "united states"),
        ("uk", "united kingdom"), ("britain", "united kingdom"), ("great britain", "united kingdom"), ("london", "united kingdom"),
        ("british", "united kingdom"),
        ("dprk", "north korea"), ("pyongyang", "north korea"), ("north korean", "north korea"),
        ("democratic peoples republic of korea", "north korea"),
        ("south korean", "south korea"), ("seoul", "south korea"), ("republic of korea", "south korea"),
        ("tehran", "iran"), ("iranian", "iran"), ("islamic republic of iran", "iran"),
        ("moscow", "russia"), ("russian", "russia"), ("kremlin", "russia"), ("russian federation", "russia"),
        ("kyiv", "ukraine"), ("kiev", "ukraine"), ("ukrainian", "ukraine"),
        ("beijing", "china"), ("chinese", "china"), ("prc", "china"), ("peoples republic of china", "china"),
        ("pretoria", "south africa"), ("south african", "south africa"),
        ("houthis", "houthis"), ("houthi", "houthis"), ("houthi forces", "houthis"), ("houthi rebels", "houthis"),
        ("ansar allah", "houthis"), ("yemens houthis", "houthis"),
        ("hezbollah", "hezbollah"), ("lebanons hezbollah", "hezbollah"), ("hizbollah", "hezbollah"),
        ("wagner", "wagner group"), ("wagner group", "wagner group"), ("the wagner group", "wagner group"),
        ("rsf", "rapid support forces"), ("sudans rapid support forces", "rapid support forces"),
        ("sudanese rapid support forces", "rapid support forces"),
        ("uae", "united arab emirates"), ("emirati", "united arab emirates"), ("abu dhabi", "united arab emirates"),
        ("the uae", "united arab emirates"),
        ("myanmar junta", "myanmar"), ("myanmars junta", "myanmar"), ("myanmar military", "myanmar"),
        ("myanmar military junta", "myanmar"), ("burma", "myanmar"), ("naypyitaw", "myanmar"),
        ("serbian", "serbia"), ("belgrade", "serbia"), ("pakistani", "pakistan"), ("islamabad", "pakistan"),
        ("israeli", "israel"), ("jerusalem", "israel"), ("egyptian", "egypt"), ("cairo", "egypt"),
        ("belarusian", "belarus"), ("minsk", "belarus"), ("syrian", "syria"), ("damascus", "syria"),
        ("turkish", "turkey"), ("ankara", "turkey"), ("turkiye", "turkey"), ("german", "germany"), ("berlin", "germany"),
        ("french", "france"), ("paris", "france"), ("indian", "india"), ("new delhi", "india"),
        ("european union", "european union"), ("eu", "european union"),
        ("un", "united nations"), ("u n", "united nations"), ("voice of america", "voa"),
        // More demonyms and seats of government, so "Rwandan government" is the same actor as "Rwanda's government".
        ("rwandan", "rwanda"), ("kigali", "rwanda"), ("malian", "mali"), ("bamako", "mali"), ("sudanese", "sudan"),
        ("khartoum", "sudan"), ("port sudan", "sudan"), ("armenian", "armenia"), ("yerevan", "armenia"),
        ("azerbaijani", "azerbaijan"), ("baku", "azerbaijan"), ("afghan", "afghanistan"), ("kabul", "afghanistan"),
        ("libyan", "libya"), ("tripoli", "libya"), ("ethiopian", "ethiopia"), ("addis ababa", "ethiopia"),
        ("eritrean", "eritrea"), ("asmara", "eritrea"), ("somali", "somalia"), ("mogadishu", "somalia"),
        ("yemeni", "yemen"), ("sanaa", "yemen"), ("saudi", "saudi arabia"), ("riyadh", "saudi arabia"),
        ("qatari", "qatar"), ("doha", "qatar"), ("iraqi", "iraq"), ("baghdad", "iraq"), ("lebanese", "lebanon"),
        ("beirut", "lebanon"), ("jordanian", "jordan"), ("amman", "jordan"), ("venezuelan", "venezuela"),
        ("caracas", "venezuela"), ("cuban", "cuba"), ("havana", "cuba"), ("nicaraguan", "nicaragua"),
        ("managua", "nicaragua"), ("brazilian", "brazil"), ("brasilia", "brazil"), ("colombian", "colombia"),
        ("bogota", "colombia"), ("mexican", "mexico"), ("japanese", "japan"), ("tokyo", "japan"),
        ("taiwanese", "taiwan"), ("taipei", "taiwan"), ("vietnamese", "vietnam"), ("hanoi", "vietnam"),
        ("thai", "thailand"), ("bangkok", "thailand"), ("indonesian", "indonesia"), ("jakarta", "indonesia"),
        ("filipino", "philippines"), ("philippine", "philippines"), ("manila", "philippines"),
        ("malaysian", "malaysia"), ("kuala lumpur", "malaysia"), ("australian", "australia"), ("canberra", "australia"),
        ("polish", "poland"), ("warsaw", "poland"), ("czech", "czech republic"), ("czechia", "czech republic"),
        ("prague", "czech republic"), ("slovak", "slovakia"), ("bratislava", "slovakia"), ("hungarian", "hungary"),
        ("budapest", "hungary"), ("bulgarian", "bulgaria"), ("sofia", "bulgaria"), ("romanian", "romania"),
        ("bucharest", "romania"), ("greek", "greece"), ("athens", "greece"), ("italian", "italy"), ("rome", "italy"),
        ("spanish", "spain"), ("madrid", "spain"), ("dutch", "netherlands"), ("the netherlands", "netherlands"),
        ("belgian", "belgium"), ("brussels", "belgium"), ("swedish", "sweden"), ("stockholm", "sweden"),
        ("finnish", "finland"), ("helsinki", "finland"), ("norwegian", "norway"), ("oslo", "norway"),
        ("danish", "denmark"), ("copenhagen", "denmark"), ("estonian", "estonia"), ("tallinn", "estonia"),
        ("latvian", "latvia"), ("riga", "latvia"), ("lithuanian", "lithuania"), ("vilnius", "lithuania"),
        ("georgian", "georgia"), ("tbilisi", "georgia"), ("kazakh", "kazakhstan"), ("astana", "kazakhstan"),
        ("nigerian", "nigeria"), ("abuja", "nigeria"), ("kenyan", "kenya"), ("nairobi", "kenya"),
        ("chadian", "chad"), ("ndjamena", "chad"), ("nigerien", "niger"), ("niamey", "niger"),
        ("burkinabe", "burkina faso"), ("ouagadougou", "burkina faso"), ("bangui", "central african republic"),
        ("moroccan", "morocco"), ("rabat", "morocco"), ("algerian", "algeria"), ("algiers", "algeria"),
        ("tunisian", "tunisia"), ("tunis", "tunisia"), ("bangladeshi", "bangladesh"), ("dhaka", "bangladesh"),
        ("sri lankan", "sri lanka"), ("colombo", "sri lanka"), ("canadian", "canada"), ("ottawa", "canada"),
        ("south sudanese", "south sudan"), ("juba", "south sudan"), ("ugandan", "uganda"), ("kampala", "uganda"),
        ("mozambican", "mozambique"), ("maputo", "mozambique"), ("angolan", "angola"), ("luanda", "angola"),
        ("dr congo", "democratic republic of the congo"), ("drc", "democratic republic of the congo"),
        ("democratic republic of congo", "democratic republic of the congo"), ("kinshasa", "democratic republic of the congo"),
        ("new york times", "nyt"), ("ny times", "nyt"), ("wall street journal", "wsj"), ("associated press", "ap"),
        ("agence france presse", "afp"), ("stockholm international peace research institute", "sipri"),
    ];

    private static readonly Dictionary<string, string> AliasMap = BuildAliasMap();

    private static readonly (Regex Pattern, string Canonical)[] MultiWordAliases = CountryAliases
        .Where(a => a.Alias.Contains(' '))
        .Select(a => (new Regex(@"\b" + Regex.Escape(a.Alias) + @"\b", RegexOptions.CultureInvariant), a.Canonical))
        .ToArray();

    private static readonly HashSet<string> Titles =
    [
        "mr", "mrs", "ms", "dr", "gen", "general", "president", "secretary", "minister", "ambassador",
        "spokesman", "spokeswoman", "spokesperson", "sir", "lt", "col", "adm", "admiral", "the",
    ];

    // "com", "org" and "net" so that "EURACTIV.com" is EURACTIV.
    private static readonly HashSet<string> Stop = ["of", "the", "to", "for", "and", "in", "on", "a", "an", "s", "com", "org", "net"];

    private static readonly HashSet<string> Places = CountryAliases.Select(a => a.Canonical).ToHashSet(StringComparer.Ordinal);

    // Python's \b and \s: its word characters are letters, digits and "_" (.NET's add marks and connectors), and its
    // blanks include U+001C-U+001F (.NET's do not).
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])u\.[\s\x1c-\x1f]?s\.", RegexOptions.CultureInvariant)]
    private static partial Regex UsPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])u\.[\s\x1c-\x1f]?n\.", RegexOptions.CultureInvariant)]
    private static partial Regex UnPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])u\.[\s\x1c-\x1f]?k\.", RegexOptions.CultureInvariant)]
    private static partial Regex UkPattern();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonAlphanumeric();

    private static Dictionary<string, string> BuildAliasMap()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, canonical) in CountryAliases) map[alias] = canonical;
        return map;
    }

    /// <summary>
    /// score.py's fold: strip accents, lower-case, drop possessives and apostrophes, U.S. -> us, non-alphanumerics to spaces.
    /// </summary>
    public static string Fold(string? text)
    {
        if (text is null) return "";
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (!HasCombiningClass(rune)) builder.Append(rune.ToString());
        }
        var folded = builder.ToString().ToLowerInvariant();
        folded = folded.Replace('\u2019', '\'').Replace("'s ", " ", StringComparison.Ordinal)
            .Replace("'", "", StringComparison.Ordinal);
        folded = UsPattern().Replace(folded, "us");
        folded = UnPattern().Replace(folded, "un");
        folded = UkPattern().Replace(folded, "uk");
        return NonAlphanumeric().Replace(folded, " ").Trim();
    }

    /// <summary>
    /// Python's <c>unicodedata.combining(c) != 0</c>, which .NET does not expose. Only marks have a combining class, and
    /// canonical ordering moves a mark of class 1-239 before U+0345 (class 240, the highest) and U+0334 (class 1, the
    /// lowest) before a mark of class 2-240; a mark of class 0 (U+034F, Indic vowel signs), which score.py keeps, stays put.
    /// </summary>
    private static bool HasCombiningClass(Rune rune)
    {
        if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark))
        {
            return false;
        }
        var afterHighest = "a\u0345" + rune;
        var beforeLowest = "a" + rune + "\u0334";
        return afterHighest.Normalize(NormalizationForm.FormD) != afterHighest
            || beforeLowest.Normalize(NormalizationForm.FormD) != beforeLowest;
    }

    /// <summary>score.py's place: a folded name through the alias table ("U.S." -> "united states", "Kremlin" -> "russia").</summary>
    public static string Place(string? name)
    {
        var folded = Fold(name);
        return AliasMap.TryGetValue(folded, out var canonical) ? canonical : folded;
    }

    public static List<string> ActorTokens(string? name)
    {
        var words = Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => AliasMap.TryGetValue(w, out var c) ? c : w);
        var joined = string.Join(' ', words);
        foreach (var (pattern, canonical) in MultiWordAliases) joined = pattern.Replace(joined, canonical);
        return joined.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Stop.Contains(w)).ToList();
    }

    /// <summary>
    /// score.py's same_actor: equal tokens, the same surname when one side is a surname alone, or token overlap of at least 0.6.
    /// </summary>
    public static bool SameActor(string? a, string? b)
    {
        var ta = ActorTokens(a);
        var tb = ActorTokens(b);
        if (ta.Count == 0 || tb.Count == 0) return false;
        if (ta.SequenceEqual(tb)) return true;
        var coreA = ta.Where(w => !Titles.Contains(w)).ToList();
        var coreB = tb.Where(w => !Titles.Contains(w)).ToList();
        // A surname alone; but a country alone is not the surname of "the embassy in its capital".
        if (coreA.Count > 0 && coreB.Count > 0 && coreA[^1] == coreB[^1] && (coreA.Count == 1 || coreB.Count == 1)
            && !Places.Contains(coreA[^1])) return true;
        var sa = (coreA.Count > 0 ? coreA : ta).ToHashSet();
        var sb = (coreB.Count > 0 ? coreB : tb).ToHashSet();
        var union = sa.Union(sb).Count();
        return (double)sa.Intersect(sb).Count() / union >= 0.6;
    }
}

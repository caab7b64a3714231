using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArmsTransferTracker.Extraction.Evaluation;

/// <summary>The name normalisation of shared/eval/score.py: fold, place aliases, actor tokens and same_actor, ported line for line.</summary>
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
        ("un", "united nations"), ("u n", "united nations"),
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

    private static readonly HashSet<string> Stop = ["of", "the", "to", "for", "and", "in", "on", "a", "an", "s"];

    [GeneratedRegex(@"\bu\.\s?s\.", RegexOptions.CultureInvariant)]
    private static partial Regex UsPattern();

    [GeneratedRegex(@"\bu\.\s?n\.", RegexOptions.CultureInvariant)]
    private static partial Regex UnPattern();

    [GeneratedRegex(@"\bu\.\s?k\.", RegexOptions.CultureInvariant)]
    private static partial Regex UkPattern();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonAlphanumeric();

    private static Dictionary<string, string> BuildAliasMap()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, canonical) in CountryAliases) map[alias] = canonical;
        return map;
    }

    /// <summary>score.py's fold: strip accents, lower-case, drop possessives and apostrophes, U.S. -> us, non-alphanumerics to spaces.</summary>
    public static string Fold(string? text)
    {
        if (text is null) return "";
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            builder.Append(c);
        }
        var folded = builder.ToString().ToLowerInvariant();
        folded = folded.Replace('\u2019', '\'').Replace("'s ", " ", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        folded = UsPattern().Replace(folded, "us");
        folded = UnPattern().Replace(folded, "un");
        folded = UkPattern().Replace(folded, "uk");
        return NonAlphanumeric().Replace(folded, " ").Trim();
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

    /// <summary>score.py's same_actor: equal tokens, the same surname when one side is a surname alone, or token overlap of at least 0.6.</summary>
    public static bool SameActor(string? a, string? b)
    {
        var ta = ActorTokens(a);
        var tb = ActorTokens(b);
        if (ta.Count == 0 || tb.Count == 0) return false;
        if (ta.SequenceEqual(tb)) return true;
        var coreA = ta.Where(w => !Titles.Contains(w)).ToList();
        var coreB = tb.Where(w => !Titles.Contains(w)).ToList();
        if (coreA.Count > 0 && coreB.Count > 0 && coreA[^1] == coreB[^1] && (coreA.Count == 1 || coreB.Count == 1)) return true;
        var sa = (coreA.Count > 0 ? coreA : ta).ToHashSet();
        var sb = (coreB.Count > 0 ? coreB : tb).ToHashSet();
        var union = sa.Union(sb).Count();
        return (double)sa.Intersect(sb).Count() / union >= 0.6;
    }
}

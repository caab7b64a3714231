using System.Text.RegularExpressions;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>
/// Short names an article spells out once, "the National Intelligence Service (NIS)", so that "the NIS said" later is
/// the body by its full name.
/// </summary>
public static partial class Acronyms
{
    // Small words a body's name keeps between its capitalised ones, in English and in the Romance languages whose names
    // news keeps as written ("Agencia Meridional de Noticias (ACN)").
    private static readonly HashSet<string> Joiners = ["of", "the", "and", "for", "on", "de", "del", "la", "des", "du", "da", "do"];

    public static IReadOnlyDictionary<string, string> Find(string text)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SpelledOut().Matches(text))
        {
            var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var acronym = match.Groups["short"].Value;
            // The initials of the capitalised words, read from the end back, must give the short name: a longer phrase
            // before the name ("In 2020 the Defense Acquisition Program Administration") is cut to the name.
            if (NameOfInitials(words, acronym) is { } first)
            {
                found.TryAdd(acronym, string.Join(' ', words.Skip(first)));
            }
            // An armed group's or a state's short name is its name in the gazetteer ("ELN"): it keeps it.
            else if (Mentions.Places.Find([acronym]).Count == 0 && NameAfterTheArticle(words) is { } name)
            {
                found.TryAdd(acronym, name);
            }
        }
        AddNamedWithoutBrackets(text, found);
        return found;
    }

    // "The Western Sahel Alliance, a coalition of exiled parties, ... The WSA says": a short name the story uses without
    // spelling it out in brackets stands for the capitalised name, written anywhere in the story, whose initials it takes.
    // Not a state's or an armed group's short name, which the gazetteer reads; the first name written with them wins.
    private static void AddNamedWithoutBrackets(string text, Dictionary<string, string> found)
    {
        var unexplained = ShortName().Matches(text).Select(m => m.Value)
            .Where(a => !found.ContainsKey(a) && Mentions.Places.Find([a]).Count == 0).ToHashSet(StringComparer.Ordinal);
        if (unexplained.Count == 0) return;
        foreach (Match written in CapitalisedName().Matches(text))
        {
            var words = written.Value.Split(' ');
            foreach (var acronym in unexplained)
            {
                if (NameOfInitials(words, acronym) is { } first && words.Length - first >= 2)
                {
                    found.TryAdd(acronym, string.Join(' ', words.Skip(first)));
                }
            }
        }
    }

    /// <summary>
    /// The short names the article spells out as a body the gazetteer does not know by them: "the Korean Intelligence
    /// Agency (KIA)" is no armed group, though "KIA" names one elsewhere.
    /// </summary>
    public static IReadOnlySet<string> OfOtherBodies(IReadOnlyDictionary<string, string> acronyms) =>
        acronyms.Where(a => Mentions.Places.Find([a.Key]) is [var place]
                && !Mentions.Places.Find(a.Value.Split(' ')).Any(p => p.Canonical == place.Canonical))
            .Select(a => a.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The sentence's mentions without the places read off short names the article gave to other bodies.</summary>
    public static Mentions.WordMentions Without(Mentions.WordMentions mentions, IReadOnlySet<string> otherBodies)
    {
        bool IsOtherBody(Mentions.PlaceMention place) => place.First == place.Last && otherBodies.Contains(mentions.Forms[place.First - 1]);
        return otherBodies.Count == 0 || !mentions.Places.Any(IsOtherBody)
            ? mentions
            : mentions with { Places = [.. mentions.Places.Where(p => !IsOtherBody(p))] };
    }

    // The index of the first word of the name whose initials, read from the end back, are the short name. A hyphenated word
    // gives the initial of each capitalised part: "Inter-Services Public Relations (ISPR)".
    private static int? NameOfInitials(string[] words, string acronym)
    {
        var initials = "";
        for (var i = words.Length - 1; i >= 0 && initials.Length < acronym.Length; i--)
        {
            if (Joiners.Contains(words[i])) continue;
            var parts = words[i].Split('-', StringSplitOptions.RemoveEmptyEntries);
            var own = parts.Length > 1 && parts.All(p => char.IsUpper(p[0]))
                ? string.Concat(parts.Select(p => p[0]))
                : char.ToUpperInvariant(words[i][0]).ToString();
            initials = own + initials;
            if (initials.Length == acronym.Length) return initials.Equals(acronym, StringComparison.Ordinal) ? i : null;
        }
        return null;
    }

    // "the State Committee for National Security (GKNB)", "The Russian Foreign Intelligence Service (SVR)", "Russia's Foreign
    // Intelligence Service (SVR)": a short name of another language's words; the name is the capitalised words after "the"
    // or a state's possessive, two at least.
    private static string? NameAfterTheArticle(string[] words)
    {
        var article = Array.FindLastIndex(words, w => w.Equals("the", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));
        if (article < 0) return null;
        var name = words[(article + 1)..];
        return name.Length >= 2 && char.IsUpper(name[0][0]) && char.IsUpper(name[^1][0]) && name.Count(w => !Joiners.Contains(w)) >= 2
            ? string.Join(' ', name)
            : null;
    }

    [GeneratedRegex(@"(?<name>(?:\p{Lu}[\p{L}’'\-]+|of|the|and|for|on)"
        + @"(?: (?:\p{Lu}[\p{L}’'\-]+|of|the|and|for|on|de|del|la|des|du|da|do)){1,8}) \((?<short>\p{Lu}{2,8})\)")]
    private static partial Regex SpelledOut();

    [GeneratedRegex(@"\b\p{Lu}{2,6}\b")]
    private static partial Regex ShortName();

    [GeneratedRegex(@"\p{Lu}[\p{L}’'\-]+(?:(?: (?:of|the|and|for|on|de|del|la|des|du|da|do))* \p{Lu}[\p{L}’'\-]+)+")]
    private static partial Regex CapitalisedName();
}

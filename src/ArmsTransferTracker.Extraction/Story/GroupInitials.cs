using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Vocabulary;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>
/// "The Arakan Army ... the AA said": a story that names an armed group calls it by its initials too, whether or not it
/// spells them out once. Only groups the story names are read so: "AA" in a story of no Arakan Army is no one.
/// </summary>
public static partial class GroupInitials
{
    /// <summary>The initials ("AA") and the group they name ("Arakan Army"), for each group of two words or more the story names.</summary>
    public static IReadOnlyDictionary<string, string> Find(string text)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match written in Capitals().Matches(text))
        {
            if (found.ContainsKey(written.Value) || !GroupsByInitials.TryGetValue(written.Value, out var groups)) continue;
            // Named in the story by its name or another of its names ("Arakan Army", "the Wa army").
            if (groups.Where(g => g.Names.Any(name => text.Contains(name, StringComparison.Ordinal))).ToList() is [var group])
            {
                found[written.Value] = group.Canonical;
            }
        }
        return found;
    }

    // The gazetteer's groups of two capitalised words or more by their initials, but for initials that already name a place.
    private static readonly Dictionary<string, List<(string Canonical, string[] Names)>> GroupsByInitials =
        VocabularyFile.Rows("armed-groups.txt")
            .Select(row => (Canonical: row[0], Names: (string[])[row[0], .. row.Length > 2 ? VocabularyFile.List(row[2]) : []],
                Initials: string.Concat(row[0].Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]))))
            .Where(g => g.Initials.Length >= 2 && Places.Find([g.Initials]).Count == 0)
            .GroupBy(g => g.Initials, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Canonical, x.Names)).ToList(), StringComparer.Ordinal);

    /// <summary>The sentence's mentions with each word that is a named group's initials made that group's.</summary>
    public static WordMentions With(WordMentions mentions, IReadOnlyDictionary<string, string> initials)
    {
        if (initials.Count == 0) return mentions;
        var added = mentions.Forms.Select((form, i) => (Form: form, Word: i + 1))
            .Where(x => initials.ContainsKey(x.Form) && !mentions.Places.Any(p => p.Covers(x.Word)))
            .Select(x => new PlaceMention(x.Word, x.Word, initials[x.Form], PlaceForm.Name, false, x.Form))
            .ToList();
        return added.Count == 0 ? mentions : mentions with { Places = [.. mentions.Places.Concat(added).OrderBy(p => p.First)] };
    }

    [GeneratedRegex(@"\b\p{Lu}{2,8}\b")]
    private static partial Regex Capitals();
}

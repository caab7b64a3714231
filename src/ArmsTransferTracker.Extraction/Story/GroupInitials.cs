using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Mentions;

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
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var tokens = words.ToHashSet(StringComparer.Ordinal);
        foreach (var group in Places.Find(words).Where(p => !p.IsState).Select(p => p.Canonical).Distinct())
        {
            var initials = string.Concat(group.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
            if (initials.Length >= 2 && tokens.Contains(initials) && Places.Find([initials]).Count == 0) found.TryAdd(initials, group);
        }
        return found;
    }

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

    [GeneratedRegex(@"[\p{L}\p{N}]+|[^\s\p{L}\p{N}]")]
    private static partial Regex Word();
}

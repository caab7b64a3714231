using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Mentions;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>
/// "The North has sent shells to Moscow": a story of a divided nation that names both its states ("North Korea" and "South
/// Korea", "Sudan" and "South Sudan") calls one of them by its half alone. "The North" or "the South" is that state.
/// </summary>
public static partial class ShortStateNames
{
    private static readonly string[] Halves = ["North", "South"];

    /// <summary>The half ("North") and the state it names in the article ("North Korea"), for each half the article may use.</summary>
    public static IReadOnlyDictionary<string, string> Find(string text)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        // Most articles never write a half capitalised after "the": they are spared the reading of their names.
        if (!Halves.Any(half => text.Contains("the " + half, StringComparison.Ordinal)
            || text.Contains("The " + half, StringComparison.Ordinal)))
        {
            return found;
        }
        // Named by name, adjective or capital: "North Korea", "South Korean", "Seoul".
        var named = Places.Find([.. Word().Matches(text).Select(m => m.Value)]).Where(p => p.IsState).Select(p => p.Canonical).ToHashSet();
        foreach (var half in Halves)
        {
            var states = named.Where(state => state.StartsWith(half + " ", StringComparison.Ordinal)
                && (named.Contains(OtherHalfOf(state, half)) || named.Contains(state[(half.Length + 1)..]))).ToList();
            if (states is [var state]) found[half] = state;
        }
        return found;
    }

    /// <summary>
    /// The sentence's mentions with each "the North" or "the South" the article's half-names make a state's: not "the North
    /// Gondar zone" or "the North-East", where the half begins a longer name.
    /// </summary>
    public static WordMentions With(WordMentions mentions, IReadOnlyDictionary<string, string> halves)
    {
        if (halves.Count == 0) return mentions;
        var forms = mentions.Forms;
        var added = new List<PlaceMention>();
        for (var word = 2; word <= forms.Count; word++)
        {
            if (!halves.TryGetValue(forms[word - 1], out var state)) continue;
            if (!forms[word - 2].Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            if (word < forms.Count && (char.IsUpper(forms[word][0]) || forms[word] == "-")) continue;
            if (mentions.Places.Any(p => p.Covers(word))) continue;
            added.Add(new PlaceMention(word, word, state, PlaceForm.Name, true, forms[word - 1]));
        }
        return added.Count == 0 ? mentions : mentions with { Places = [.. mentions.Places.Concat(added).OrderBy(p => p.First)] };
    }

    private static string OtherHalfOf(string state, string half) =>
        (half == "North" ? "South" : "North") + state[half.Length..];

    [GeneratedRegex(@"[\p{L}\p{N}]+|[^\s\p{L}\p{N}]")]
    private static partial Regex Word();
}

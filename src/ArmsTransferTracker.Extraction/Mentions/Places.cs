using ArmsTransferTracker.Extraction.Vocabulary;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>How a place is named: its name, its adjective ("Iranian"), its capital, or a seat of power ("Kremlin").</summary>
public enum PlaceForm { Name, Demonym, Capital, Seat }

/// <summary>A state or an armed group named in a sentence, from word <see cref="First"/> to <see cref="Last"/> (1-based).</summary>
public sealed record PlaceMention(int First, int Last, string Canonical, PlaceForm Form, bool IsState, string Surface)
{
    public bool Covers(int word) => word >= First && word <= Last;
}

/// <summary>
/// The gazetteer: states (countries.txt, and their forces named alone, state-forces.txt) and armed groups (armed-groups.txt)
/// under their canonical names.
/// </summary>
public static class Places
{
    private sealed record Entry(string Canonical, PlaceForm Form, bool IsState);

    // Read once: the table, the adjectives and the initials all come from it.
    private static readonly IReadOnlyList<string[]> StateRows = VocabularyFile.Rows("countries.txt");

    private static readonly PhraseTable<Entry?> Table = Build();

    /// <summary>
    /// The same over words that may be written in capitals ("PORT SUDAN", "ANKARA"), as datelines and page labels are: each
    /// word is read as a name is written.
    /// </summary>
    public static IReadOnlyList<PlaceMention> FindInCapitals(IEnumerable<string> words) =>
        Find([.. words.Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant())]);

    /// <summary>The same over a sentence's words before it is parsed (1-based positions).</summary>
    public static IReadOnlyList<PlaceMention> Find(IReadOnlyList<string> forms)
    {
        var found = new List<PlaceMention>();
        for (var first = 1; first <= forms.Count; first++)
        {
            // Names are capitalised: "told us" names no state. An Arabic name may open with its article ("al-Qaeda").
            if (!(char.IsUpper(forms[first - 1][0]) || IsArticleOfAName(forms, first)) || Table.Match(forms, first) is not { } match)
            {
                continue;
            }
            var (entry, last) = match;
            if (entry is not null && !IsFlagOfAShip(forms, last))
            {
                var surface = string.Join(' ', Enumerable.Range(first, last - first + 1).Select(i => forms[i - 1]));
                found.Add(new PlaceMention(first, last, entry.Canonical, entry.Form, entry.IsState, surface));
            }
            first = last;
        }
        return found;
    }

    // "an Iranian-flagged freighter", "a Panama-flagged tanker": where a ship is registered, no side of what it carries.
    private static bool IsFlagOfAShip(IReadOnlyList<string> forms, int last) =>
        last + 2 <= forms.Count && forms[last] == "-" && forms[last + 1].Equals("flagged", StringComparison.OrdinalIgnoreCase);

    private static bool IsArticleOfAName(IReadOnlyList<string> forms, int first) =>
        forms[first - 1] is "al" or "el" && first + 1 < forms.Count && forms[first] == "-" && char.IsUpper(forms[first + 1][0]);

    private static readonly Dictionary<string, string> Demonyms = StateRows
        .Where(row => Field(row, 1).Any())
        .ToDictionary(row => row[0], row => Field(row, 1).First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The adjective of a state ("Moldovan" for Moldova), or null for a state or group without one.</summary>
    public static string? DemonymOf(string canonical) => Demonyms.GetValueOrDefault(canonical);

    // "U.S.", "U.K.": the letters with stops by which news writes a state before one of its bodies, where it has them.
    private static readonly Dictionary<string, string> Initials = StateRows
        .Select(row => (row[0], Initials: Field(row, 1).Concat(Field(row, 3)).FirstOrDefault(IsInitials)))
        .Where(state => state.Initials is not null)
        .ToDictionary(state => state.Item1, state => state.Initials!, StringComparer.OrdinalIgnoreCase);

    private static bool IsInitials(string name) => name.Length >= 4 && name.Split('.') is [_, _, ..] letters
        && letters[^1].Length == 0 && letters[..^1].All(letter => letter is [var single] && char.IsUpper(single));

    /// <summary>How news writes a state before one of its bodies: its initials ("U.S."), else its adjective, else null.</summary>
    public static string? ShortNameOf(string canonical) => Initials.GetValueOrDefault(canonical) ?? DemonymOf(canonical);

    private static PhraseTable<Entry?> Build()
    {
        var table = new PhraseTable<Entry?>();
        foreach (var row in StateRows)
        {
            var canonical = row[0];
            table.Add(canonical, new Entry(canonical, PlaceForm.Name, true));
            foreach (var demonym in Field(row, 1)) table.Add(demonym, new Entry(canonical, PlaceForm.Demonym, true));
            foreach (var capital in Field(row, 2))
            {
                var seat = capital.StartsWith('*');
                table.Add(capital.TrimStart('*'), new Entry(canonical, seat ? PlaceForm.Seat : PlaceForm.Capital, true));
            }
            foreach (var other in Field(row, 3)) table.Add(other, new Entry(canonical, PlaceForm.Name, true));
        }
        foreach (var row in VocabularyFile.Rows("state-forces.txt"))
        {
            foreach (var name in Field(row, 2).Prepend(row[0])) table.Add(name, new Entry(row[1], PlaceForm.Name, true));
        }
        // A name that contains a state's but names none ("Latin America") is matched, and found to be nothing.
        foreach (var row in VocabularyFile.Rows("not-places.txt")) table.Add(row[0], null);
        foreach (var row in VocabularyFile.Rows("armed-groups.txt"))
        {
            table.Add(row[0], new Entry(row[0], PlaceForm.Name, false));
            foreach (var adjective in Field(row, 1)) table.Add(adjective, new Entry(row[0], PlaceForm.Demonym, false));
            foreach (var other in Field(row, 2)) table.Add(other, new Entry(row[0], PlaceForm.Name, false));
        }
        return table;
    }

    private static IEnumerable<string> Field(string[] row, int index) => row.Length > index ? VocabularyFile.List(row[index]) : [];
}

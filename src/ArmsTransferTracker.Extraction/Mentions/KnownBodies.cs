using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>
/// Companies, institutes and monitors news names without a word for what they are (known-bodies.txt): "Rheinmetall said"
/// reads like a person speaking, and "an Amnesty International investigation" may be parsed with only "Amnesty" in it.
/// </summary>
public static class KnownBodies
{
    // Read once: the names and other names make the table, the third field a company's state.
    private static readonly IReadOnlyList<string[]> Rows = VocabularyFile.Rows("known-bodies.txt");

    private static readonly PhraseTable<string> Table = Build();

    private static readonly Dictionary<string, string> States = Rows
        .Where(row => row.Length > 2 && row[2].Length > 0)
        .ToDictionary(row => row[0], row => row[2]);

    /// <summary>The state a known company is of ("Baykar" is Turkish), or null for a body of no state's.</summary>
    public static string? StateOf(string name) => States.GetValueOrDefault(name);

    /// <summary>
    /// The name of the known body whose words, as written in capitals, cover a word of the sentence, when they stand alone
    /// ("Saab said", not "Saab Kowalski said"), or null.
    /// </summary>
    public static string? At(ParsedSentence tree, int word) =>
        char.IsUpper(tree[word].Form[0]) ? At([.. tree.Words.Select(w => w.Form)], word) : null;

    /// <summary>The same over the sentence's words (1-based), for a caller that asks of every word.</summary>
    public static string? At(IReadOnlyList<string> forms, int word)
    {
        for (var first = word; first >= 1 && word - first < 6; first--)
        {
            if (!char.IsUpper(forms[first - 1][0])) break;
            if (Table.Match(forms, first) is not ({ } name, var last) || last < word) continue;
            // A capitalised word right before or after the name makes it part of a longer one ("Colonel Boeing Smith"); the
            // sentence's first word is capitalised whatever it is.
            var longer = (first > 2 && char.IsUpper(forms[first - 2][0])) || (last < forms.Count && char.IsUpper(forms[last][0]));
            return longer ? null : name;
        }
        return null;
    }

    private static PhraseTable<string> Build()
    {
        var table = new PhraseTable<string>();
        foreach (var row in Rows)
        {
            table.Add(row[0], row[0]);
            if (row.Length > 1 && row[1].Length > 0)
            {
                foreach (var other in VocabularyFile.List(row[1])) table.Add(other, row[0]);
            }
        }
        return table;
    }
}

using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>
/// Phrases looked up over a parsed sentence's words, longest first. Keys are tokenised as the parser's text is
/// ("F-16" is "f - 16", "People's" is "people 's"), so a phrase matches the words the tokenizer makes of it.
/// </summary>
internal sealed class PhraseTable<TValue>
{
    private readonly Dictionary<string, TValue> phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> longestByFirstWord = new(StringComparer.Ordinal);

    public void Add(string phrase, TValue value)
    {
        AddWords(Tokenizer.Tokenize(phrase).Select(token => Fold(token.Text)).ToArray(), value);
        // Alone, "U.S." ends its text and the tokenizer takes its full stop for a sentence's; inside a sentence it is one word.
        AddWords(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold).ToArray(), value);
    }

    private void AddWords(string[] words, TValue value)
    {
        if (words.Length == 0) return;
        phrases.TryAdd(string.Join(' ', words), value);
        longestByFirstWord[words[0]] = Math.Max(longestByFirstWord.GetValueOrDefault(words[0]), words.Length);
    }

    /// <summary>The longest phrase starting at a 1-based word position of the forms: its value and its last word, or null.</summary>
    public (TValue Value, int Last)? Match(IReadOnlyList<string> forms, int first)
    {
        if (!longestByFirstWord.TryGetValue(Fold(forms[first - 1]), out var longest)) return null;
        // Each word is folded once, not once for each length tried.
        var words = new string[Math.Min(longest, forms.Count - first + 1)];
        for (var i = 0; i < words.Length; i++) words[i] = Fold(forms[first - 1 + i]);
        for (var count = words.Length; count >= 1; count--)
        {
            if (phrases.TryGetValue(string.Join(' ', words, 0, count), out var value)) return (value, first + count - 1);
        }
        return null;
    }

    // Case and the curly apostrophe do not tell names apart.
    internal static string Fold(string form) => form.Replace('’', '\'').ToLowerInvariant();
}

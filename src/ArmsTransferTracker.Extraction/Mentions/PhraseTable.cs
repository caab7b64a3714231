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
        for (var count = Math.Min(longest, forms.Count - first + 1); count >= 1; count--)
        {
            var key = string.Join(' ', Enumerable.Range(first - 1, count).Select(i => Fold(forms[i])));
            if (phrases.TryGetValue(key, out var value)) return (value, first + count - 1);
        }
        return null;
    }

    // Case and the curly apostrophe do not tell names apart.
    internal static string Fold(string form) => form.Replace('’', '\'').ToLowerInvariant();
}

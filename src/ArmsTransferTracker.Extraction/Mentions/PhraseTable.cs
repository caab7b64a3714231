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
    // Taken once: taking a look-up by text checks the dictionary's comparer, and Match runs at every word.
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> phrasesByText;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> longestByFirstWordText;

    public PhraseTable()
    {
        phrasesByText = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        longestByFirstWordText = longestByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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
        // This runs at every word of every sentence: the words are folded on the stack, into one text of words and spaces
        // whose beginnings are the phrases tried, and no string is made.
        var firstForm = forms[first - 1];
        Span<char> firstWord = firstForm.Length <= 64 ? stackalloc char[firstForm.Length] : new char[firstForm.Length];
        FoldInto(firstForm, firstWord);
        if (!longestByFirstWordText.TryGetValue(firstWord, out var longest)) return null;
        var count = Math.Min(longest, forms.Count - first + 1);
        var length = count - 1;
        for (var i = 0; i < count; i++) length += forms[first - 1 + i].Length;
        Span<char> words = length <= 256 ? stackalloc char[length] : new char[length];
        Span<int> ends = count <= 16 ? stackalloc int[count] : new int[count];
        firstWord.CopyTo(words);
        ends[0] = firstWord.Length;
        for (var i = 1; i < count; i++)
        {
            var form = forms[first - 1 + i];
            words[ends[i - 1]] = ' ';
            FoldInto(form, words.Slice(ends[i - 1] + 1, form.Length));
            ends[i] = ends[i - 1] + 1 + form.Length;
        }
        for (var n = count; n >= 1; n--)
        {
            if (phrasesByText.TryGetValue(words[..ends[n - 1]], out var value)) return (value, first + n - 1);
            // "CH-4s", "C-130s": a phrase that ends in a number takes the plural's "s" after it.
            var end = ends[n - 1];
            if (end >= 2 && words[end - 1] == 's' && char.IsAsciiDigit(words[end - 2])
                && phrasesByText.TryGetValue(words[..(end - 1)], out var plural)) return (plural, first + n - 1);
        }
        return null;
    }

    // Fold's result, written into a buffer of the form's length (lower-casing and taking off accents keep a text's length).
    internal static void FoldInto(string form, Span<char> folded)
    {
        form.AsSpan().ToLowerInvariant(folded);
        folded.Replace('’', '\'');
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] >= '\u0080' && folded[i] < LatinBases.Length) folded[i] = LatinBases[folded[i]];
        }
    }

    // Case, accents and the curly apostrophe do not tell names apart: "Akıncı" is the "Akinci", "Türkiye" the "Turkiye".
    internal static string Fold(string form)
    {
        Span<char> folded = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        FoldInto(form, folded);
        return new string(folded);
    }

    // Each Latin letter up to U+1EFF as its base letter without accents ("é" is "e", Vietnamese "ệ" is "e"), others as they are.
    private static readonly char[] LatinBases = Enumerable.Range(0, 0x1F00).Select(c => BaseLetter((char)c)).ToArray();

    private static char BaseLetter(char letter)
    {
        var decomposed = letter.ToString().Normalize(System.Text.NormalizationForm.FormD);
        if (decomposed.Length > 1 && decomposed[0] < '\u0080' && char.IsLetter(decomposed[0])) return decomposed[0];
        // Letters that do not decompose: the dotless i, the stroked l, o and d.
        return letter switch { 'ı' => 'i', 'ł' => 'l', 'ø' => 'o', 'đ' => 'd', _ => letter };
    }
}

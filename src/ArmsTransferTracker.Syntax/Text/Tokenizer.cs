namespace ArmsTransferTracker.Syntax.Text;

/// <summary>
/// Cuts text into words as English Web Treebank counts them: punctuation apart, clitics apart ("do" "n't", "I" "'m",
/// "Russia" "'s"), hyphens apart unless after a prefix the treebank keeps ("long" "-" "range" but "anti-ship"), while numbers,
/// abbreviations, URLs, e-mail addresses, @handles and #hashtags stay whole. An abbreviation on which a sentence ends gives its
/// period back as a word of its own ("to the U.S" "." "The ..."), so the words are those of <see cref="SentenceSplitter"/>.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<TextToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, 0, text.Length);
    }

    public static IReadOnlyList<TextToken> Tokenize(string text, int start, int end)
    {
        var sentences = SentenceSplitter.Split(text, start, end);
        if (sentences.Count == 1) return sentences[0].Tokens;
        var tokens = new List<TextToken>(sentences.Sum(sentence => sentence.Tokens.Count));
        foreach (var sentence in sentences) tokens.AddRange(sentence.Tokens);
        return tokens;
    }
}

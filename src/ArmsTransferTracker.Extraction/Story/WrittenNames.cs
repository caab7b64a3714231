using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>
/// News names a person in full once and by the surname after ("Lenka Vávrová, an opposition MP, read from ..." then
/// "Vávrová said"); the sentence that names them in full is not always one read for speakers, nor a transcript's header
/// ("Guest: Colonel (ret.) Olivier Castagnet"). The fullest name is the one the article's text writes.
/// </summary>
public static class WrittenNames
{
    private static readonly string[] WordClasses = ["NOUN", "VERB", "ADJ", "ADV", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "NUM"];

    /// <summary>
    /// The fullest name ending in <paramref name="surname"/> that the text writes: one or two given names before it, neither a
    /// title nor a word the treebank knows in lower case ("Yet Vávrová said" gives no name), or else a hyphened given name
    /// after a family name written first. Null when there is none.
    /// </summary>
    public static string? Fullest(string text, string surname)
    {
        string? fullest = null;
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
        {
            var end = at + surname.Length;
            if (end < text.Length && char.IsLetter(text[end])) continue;
            var start = at;
            for (var given = 0; given < 2 && GivenNameBefore(text, start) is { } before; given++) start = before;
            if (start < at && (fullest is null || at + surname.Length - start > fullest.Length)) fullest = text[start..end];
            // "Kang Ji-seok", "Lo Wen-ping": a family name written first, before a hyphened given name.
            // "Liang Wenhao", "Ma Lijuan": or before a given name of one word, neither a word of the language nor a place's.
            else if (start == at && fullest is null
                && (HyphenedGivenNameAfter(text, end) ?? GivenNameAfter(text, surname, end)) is { } givenEnd)
            {
                fullest = text[at..givenEnd];
            }
        }
        return fullest;
    }

    // Where a given name of two syllables joined by a hyphen ("Min-seok") that starts one space after position ends, or null.
    private static int? HyphenedGivenNameAfter(string text, int position)
    {
        if (position + 1 >= text.Length || text[position] != ' ' || !char.IsUpper(text[position + 1])) return null;
        var end = position + 2;
        while (end < text.Length && char.IsLower(text[end])) end++;
        if (end + 1 >= text.Length || text[end] != '-' || !char.IsLower(text[end + 1])) return null;
        end++;
        while (end < text.Length && char.IsLower(text[end])) end++;
        return end < text.Length && char.IsLetter(text[end]) ? null : end;
    }

    // Where the given name that starts one space after position ends, or null when the word there is none.
    private static int? GivenNameAfter(string text, string surname, int position)
    {
        if (position + 2 >= text.Length || text[position] != ' ' || !char.IsUpper(text[position + 1])) return null;
        var end = position + 2;
        while (end < text.Length && char.IsLower(text[end])) end++;
        var word = text[(position + 1)..end];
        if (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-') || word.Length < 3 || Lexicon.Titles.Contains(word)
            || Lexicon.TimeWords.Contains(word.ToLowerInvariant()) || IsCommonWord(word) || IsCommonWord(word.ToLowerInvariant())
            || Attribution.ActorNames.IsBodyHead(word.ToLowerInvariant()) || Mentions.Places.Find([surname]).Count > 0
            || Mentions.Places.Find([word]).Count > 0) return null;
        return end;
    }

    // Where the given name that ends one space before position starts, or null when the word there is none.
    private static int? GivenNameBefore(string text, int position)
    {
        if (position < 2 || text[position - 1] != ' ') return null;
        var start = position - 1;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '’')) start--;
        var word = text[start..(position - 1)];
        if (word.Length < 2 || !char.IsUpper(word[0]) || word.All(char.IsUpper) || Lexicon.Titles.Contains(word)) return null;
        return IsCommonWord(word) ? null : start;
    }

    /// <summary>A word the treebank knows as a word of grammar or an adverb, which opens a sentence, not a name: "The", "Yet".</summary>
    public static bool IsFunctionWord(string word)
    {
        var lemmatizer = SyntaxModel.English.Lemmatizer;
        return FunctionWordClasses.Any(upos => lemmatizer.HasSeen(word, upos));
    }

    private static readonly string[] FunctionWordClasses = ["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "ADV"];

    /// <summary>A word the treebank knows other than as a name: "The", "Yet", "Officials".</summary>
    public static bool IsCommonWord(string word)
    {
        var lemmatizer = SyntaxModel.English.Lemmatizer;
        return WordClasses.Any(upos => lemmatizer.HasSeen(word, upos));
    }
}

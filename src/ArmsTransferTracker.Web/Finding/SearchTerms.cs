using System.Text;

namespace ArmsTransferTracker.Web.Finding;

/// <summary>
/// What a reader typed into a search box, as plain words: split at spaces, control characters dropped, and words with
/// no letter or digit in them (a lone quote, "*", "-", "(") left out. No word is ever an operator: "OR", "NEAR(" and
/// "'; DROP TABLE" are words to find like any other, and every word must occur (in any order).
/// </summary>
public sealed record SearchTerms
{
    /// <summary>More words than anyone types; it bounds the work a long pasted paragraph could make.</summary>
    public const int MaxWords = 16;

    private SearchTerms(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>
    /// An FTS5 query: each word a string in double quotes, its own double quotes doubled, which FTS5 reads as a phrase
    /// of the word's tokens and never as syntax.
    /// </summary>
    public string Fts5Query => string.Join(' ', Words.Select(w => $"\"{w.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));

    /// <summary>The words for PostgreSQL's <c>plainto_tsquery</c>, which reads punctuation as a separator and knows no operator.</summary>
    public string PlainText => string.Join(' ', Words);

    public static SearchTerms Parse(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var meaningful = false;
        void EndWord()
        {
            if (meaningful && words.Count < MaxWords)
            {
                words.Add(word.ToString());
            }
            (word.Length, meaningful) = (0, false);
        }

        // Runes, not chars: a lone surrogate becomes the replacement character, which no database refuses.
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                EndWord();
            }
            else if (!Rune.IsControl(rune))
            {
                word.Append(rune.ToString());
                meaningful |= Rune.IsLetterOrDigit(rune);
            }
        }
        EndWord();
        return new SearchTerms(words);
    }
}

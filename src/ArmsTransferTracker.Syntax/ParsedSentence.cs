namespace ArmsTransferTracker.Syntax;

/// <summary>
/// A word of a parsed sentence. <see cref="Index"/> and <see cref="Head"/> are 1-based positions in the sentence (0 is
/// the root); <see cref="Start"/> and <see cref="End"/> are its UTF-16 span in the analysed text (0 when parsed from
/// bare words); <see cref="Relation"/> is its Universal Dependencies relation to its head.
/// </summary>
public sealed record SyntaxWord(int Index, string Form, int Start, int End, string Upos, string Lemma, int Head, string Relation);

/// <summary>A sentence with each word's tag, lemma, head and relation.</summary>
public sealed class ParsedSentence
{
    // Null for a word without dependents: most words are leaves, and they share one empty list.
    private readonly List<SyntaxWord>?[] dependents;

    public ParsedSentence(int start, int end, IReadOnlyList<SyntaxWord> words)
    {
        Start = start;
        End = end;
        Words = words;
        dependents = new List<SyntaxWord>?[words.Count + 1];
        foreach (var word in words) (dependents[word.Head] ??= []).Add(word);
    }

    public int Start { get; }

    public int End { get; }

    public IReadOnlyList<SyntaxWord> Words { get; }

    /// <summary>The word at a 1-based position.</summary>
    public SyntaxWord this[int index] => Words[index - 1];

    /// <summary>The dependents of a word (0 for the root), left to right.</summary>
    public IReadOnlyList<SyntaxWord> Dependents(int index) => dependents[index] ?? [];

    /// <summary>The word the root governs: the head of the sentence.</summary>
    public SyntaxWord Root => Dependents(0)[0];
}

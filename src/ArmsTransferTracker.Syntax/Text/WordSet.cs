namespace ArmsTransferTracker.Syntax.Text;

/// <summary>A set of words that answers for a span of the text without allocating a string for it.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, StringComparer comparer) =>
        lookup = new HashSet<string>(words, comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}

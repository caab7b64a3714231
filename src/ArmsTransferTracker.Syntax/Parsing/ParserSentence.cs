using ArmsTransferTracker.Syntax.Words;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>A sentence as the parser reads it: at 1..n each word's keys, tag and supertag; index 0 stands for the root.</summary>
public sealed class ParserSentence
{
    private ParserSentence(WordKeys[] words, int[] tags, int[] supertags)
    {
        Words = words;
        Tags = tags;
        Supertags = supertags;
    }

    /// <summary>The number of words, without the root.</summary>
    public int Length => Words.Length - 1;

    internal WordKeys[] Words { get; }

    internal int[] Tags { get; }

    internal int[] Supertags { get; }

    /// <summary>A sentence from its words' keys, tags and supertags, each given for words 1..n at indexes 0..n-1.</summary>
    public static ParserSentence Of(WordKeys[] words, int[] tags, int[] supertags) => AfterRoot([WordKeys.None, .. words], tags, supertags);

    /// <summary>
    /// A sentence whose words' keys already have the root's at index 0 (<paramref name="rootAndWords"/> is kept, not copied:
    /// the keys are the largest part of a sentence); tags and supertags are given for words 1..n at indexes 0..n-1.
    /// </summary>
    internal static ParserSentence AfterRoot(WordKeys[] rootAndWords, int[] tags, int[] supertags)
    {
        if (rootAndWords.Length != tags.Length + 1 || tags.Length != supertags.Length)
        {
            throw new ArgumentException("One tag and one supertag a word.", nameof(tags));
        }
        return new ParserSentence(rootAndWords, [0, .. tags], [0, .. supertags]);
    }
}

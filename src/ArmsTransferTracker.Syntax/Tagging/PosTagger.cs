using ArmsTransferTracker.Syntax.Treebank;
using ArmsTransferTracker.Syntax.Words;

namespace ArmsTransferTracker.Syntax.Tagging;

/// <summary>A part-of-speech tagger over the pairs of universal and fine tags of a <see cref="TagSet"/>.</summary>
public sealed class PosTagger(TagSet tags, SequenceTagger tagger)
{
    public TagSet Tags { get; } = tags;

    public int Features => tagger.Features;

    public SequenceTagger Model => tagger;

    /// <summary>The tag number (in <see cref="Tags"/>) of each word.</summary>
    public int[] Tag(ReadOnlySpan<WordKeys> words) => tagger.Tag(words, []);

    /// <summary>
    /// The tag number of each word, where <paramref name="allowedUpos"/> may limit a word to some universal parts of speech
    /// (a caller that knows "Downing Street" is a name), or to pairs of tags ("VERB|VBD" for a past tense); null entries, or
    /// a null list, leave the tagger free.
    /// </summary>
    public int[] Tag(ReadOnlySpan<WordKeys> words, IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        if (allowedUpos is null || allowedUpos.All(a => a is null)) return Tag(words);
        // Each set's tags are looked up once, not once a tag, a word and a pass: callers give the same set to many words.
        var known = new List<(IReadOnlySet<string> Upos, bool[] Tags)>();
        var allowed = new bool[]?[allowedUpos.Count];
        for (var word = 0; word < allowed.Length; word++)
        {
            if (allowedUpos[word] is not { } upos) continue;
            var index = known.FindIndex(k => ReferenceEquals(k.Upos, upos));
            if (index < 0)
            {
                known.Add((upos, AllowedTags(upos)));
                index = known.Count - 1;
            }
            allowed[word] = known[index].Tags;
        }
        return tagger.Tag(words, [], allowed);
    }

    private bool[] AllowedTags(IReadOnlySet<string> allowedUpos)
    {
        var allowed = new bool[Tags.Count];
        for (var tag = 0; tag < allowed.Length; tag++)
        {
            allowed[tag] = allowedUpos.Contains(Tags.Upos(tag)) || allowedUpos.Contains(Tags.Names[tag]);
        }
        return allowed;
    }

    /// <param name="tagSet">The tags to choose among: one set for every tagger whose tags a parser reads.</param>
    public static PosTagger Train(IReadOnlyList<TreebankSentence> sentences, TagSet tagSet, TaggerTrainingOptions options,
        IProgress<string>? progress = null)
    {
        var examples = sentences
            .Select(s => new TaggingExample(
                s.Words.Select(w => WordKeys.Of(w.Form)).ToArray(), [], s.Words.Select(w => tagSet.Of(w.Upos, w.Xpos)).ToArray()))
            .ToArray();
        return new PosTagger(tagSet, SequenceTaggerTrainer.Train(tagSet.Count, examples, options, "tagger", progress));
    }
}

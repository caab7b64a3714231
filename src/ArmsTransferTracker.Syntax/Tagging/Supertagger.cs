using ArmsTransferTracker.Syntax.Treebank;
using ArmsTransferTracker.Syntax.Words;

namespace ArmsTransferTracker.Syntax.Tagging;

/// <summary>
/// Tags each word with a guess at its place in the tree, before parsing (Ouchi, Duh and Matsumoto 2014): its relation
/// and on which side its head lies ("nsubj/R": a subject whose head follows). The tagger sees the whole window around a
/// word both ways, where the left-to-right parser has yet to read what comes after; the parser reads these guesses as
/// features.
/// </summary>
public sealed class Supertagger(IReadOnlyList<string> names, SequenceTagger tagger)
{
    public IReadOnlyList<string> Names { get; } = names;

    public int Features => tagger.Features;

    public SequenceTagger Model => tagger;

    /// <summary>The supertag number of each word, given the words' part-of-speech tags.</summary>
    public int[] Tag(ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> posTags) => tagger.Tag(words, posTags);

    /// <summary>The supertag of the word at a 0-based position of a treebank sentence.</summary>
    public static string NameOf(TreebankSentence sentence, int position)
    {
        var word = sentence.Words[position];
        // Subtypes and the word's own dependents were tried as parts of the tag: on EWT dev neither helped the parser.
        var relation = word.Relation.Split(':')[0];
        var side = word.Head == 0 ? "0" : word.Head < position + 1 ? "L" : "R";
        return relation + "/" + side;
    }

    /// <summary>Every supertag of a treebank, in a fixed order.</summary>
    public static List<string> NamesOf(IEnumerable<TreebankSentence> sentences) =>
        sentences.SelectMany(s => Enumerable.Range(0, s.Words.Count).Select(i => NameOf(s, i))).Distinct()
            .Order(StringComparer.Ordinal).ToList();

    /// <param name="names">The supertags to choose among (<see cref="NamesOf"/> of the whole treebank).</param>
    /// <param name="posTags">Each sentence's part-of-speech tags, as predicted for it by a tagger that never saw it.</param>
    public static Supertagger Train(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<string> names, IReadOnlyList<int[]> posTags,
        TaggerTrainingOptions options, IProgress<string>? progress = null)
    {
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var examples = sentences.Select((s, k) => new TaggingExample(
                s.Words.Select(w => WordKeys.Of(w.Form)).ToArray(), posTags[k],
                Enumerable.Range(0, s.Words.Count).Select(i => index[NameOf(s, i)]).ToArray()))
            .ToArray();
        return new Supertagger(names, SequenceTaggerTrainer.Train(names.Count, examples, options, "supertagger", progress));
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Names.Count);
        foreach (var name in Names) writer.Write(name);
        tagger.Write(writer);
    }

    public static Supertagger Read(BinaryReader reader)
    {
        var names = new string[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++) names[i] = reader.ReadString();
        return new Supertagger(names, SequenceTagger.Read(reader));
    }
}

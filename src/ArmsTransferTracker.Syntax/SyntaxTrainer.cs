using ArmsTransferTracker.Syntax.Lemmas;
using ArmsTransferTracker.Syntax.Parsing;
using ArmsTransferTracker.Syntax.Tagging;
using ArmsTransferTracker.Syntax.Text;
using ArmsTransferTracker.Syntax.Treebank;
using ArmsTransferTracker.Syntax.Words;

namespace ArmsTransferTracker.Syntax;

/// <summary>How the whole model is trained; the defaults are the ones the shipped model was trained with.</summary>
/// <param name="Folds">The parser learns from tags predicted by taggers that never saw the sentence, in this many folds.</param>
public sealed record SyntaxTrainingOptions(
    TaggerTrainingOptions Tagger, TaggerTrainingOptions Supertagger, ParserTrainingOptions Parser, int Folds = 5)
{
    // The supertagger and the parser keep only their heavier rows: the lighter ones cost memory, speed and size, and
    // measured on EWT dev they bought nothing (parser rows with no weight of 3: 630,000 of 750,000, for 0.1 UAS).
    public static SyntaxTrainingOptions Default { get; } =
        new(new TaggerTrainingOptions(), new TaggerTrainingOptions(MinWeight: 1), new ParserTrainingOptions());
}

/// <summary>
/// Trains a <see cref="SyntaxModel"/> from a treebank: the part-of-speech tagger and the supertagger on every sentence,
/// the lemmatizer from its lemmas, and the parser on tags and supertags predicted by taggers that never saw the
/// sentence (jackknifing), so that it learns to parse with the taggers' mistakes, as it will have to. Training is
/// deterministic: the same treebank and options give the same model, whatever the number of cores.
/// </summary>
public static class SyntaxTrainer
{
    public static SyntaxModel Train(IReadOnlyList<TreebankSentence> sentences, SyntaxTrainingOptions options,
        IProgress<string>? progress = null)
    {
        var inputs = TrainTaggers(sentences, options, progress);
        var labels = sentences.SelectMany(s => s.Words).Select(w => w.Relation).Distinct().Order(StringComparer.Ordinal).ToList();
        var examples = sentences.Select((s, i) => Example(s, inputs.PosTags[i], inputs.Supertags[i], labels)).ToList();
        var parser = ParserTrainer.Train(labels, inputs.Tagger.Tags, examples, options.Parser, progress);
        progress?.Report("ordering the rows by use");
        return OrderedByUse(new SyntaxModel(inputs.Tagger, inputs.Supertagger, parser, Lemmatizer.Build(sentences)), sentences);
    }

    /// <summary>
    /// The same model with the rows of each of its three parts in the order they are used in tagging and parsing
    /// <paramref name="sentences"/>: the rows read most sit together in memory. Weights and answers do not change. One
    /// thread counts, so the order is the same on any machine.
    /// </summary>
    public static SyntaxModel OrderedByUse(SyntaxModel model, IReadOnlyList<TreebankSentence> sentences)
    {
        var tags = model.Tagger.Tags;
        var counting = new SyntaxModel(
            new PosTagger(tags, new SequenceTagger(model.Tagger.Model.Model.Counting())),
            new Supertagger(model.Supertagger.Names, new SequenceTagger(model.Supertagger.Model.Model.Counting())),
            new DependencyParser(model.Parser.Labels, tags, model.Parser.Model.Counting()),
            model.Lemmatizer);
        foreach (var sentence in sentences) counting.Parse(sentence.Words.Select(w => w.Form).ToList());
        return new SyntaxModel(
            new PosTagger(tags, new SequenceTagger(counting.Tagger.Model.Model.OrderedByUse())),
            new Supertagger(model.Supertagger.Names, new SequenceTagger(counting.Supertagger.Model.Model.OrderedByUse())),
            new DependencyParser(model.Parser.Labels, tags, counting.Parser.Model.OrderedByUse()),
            model.Lemmatizer);
    }

    /// <summary>The taggers, and each training sentence's tags and supertags from taggers that never saw it.</summary>
    internal sealed record TaggerOutputs(PosTagger Tagger, Supertagger Supertagger, int[][] PosTags, int[][] Supertags);

    internal static TaggerOutputs TrainTaggers(IReadOnlyList<TreebankSentence> sentences, SyntaxTrainingOptions options,
        IProgress<string>? progress)
    {
        var tagSet = TagSet.Build(sentences, options.Tagger.TagMinCount);
        var tagger = PosTagger.Train(sentences, tagSet, options.Tagger, progress);
        var words = sentences.Select(s => s.Words.Select(w => WordKeys.Of(w.Form)).ToArray()).ToArray();
        var posTags = Jackknife(sentences.Count, options.Folds, "tags", progress,
            training => PosTagger.Train(training.Select(i => sentences[i]).ToList(), tagSet, options.Tagger),
            (fold, i) => fold.Tag(words[i]));
        var names = Supertagger.NamesOf(sentences);
        var supertagger = Supertagger.Train(sentences, names, posTags, options.Supertagger, progress);
        var supertags = Jackknife(sentences.Count, options.Folds, "supertags", progress,
            training => Supertagger.Train(training.Select(i => sentences[i]).ToList(), names, training.Select(i => posTags[i]).ToList(),
                options.Supertagger),
            (fold, i) => fold.Tag(words[i], posTags[i]));
        return new TaggerOutputs(tagger, supertagger, posTags, supertags);
    }

    /// <summary>The words with their predicted tags and supertags, as the parser reads them.</summary>
    /// <param name="seen">The words the treebank had, by tag, to mend the tags where it knows better (none in training).</param>
    public static ParserSentence ParserInput(PosTagger tagger, Supertagger supertagger, IReadOnlyList<string> forms,
        IReadOnlyList<IReadOnlySet<string>?>? allowedUpos = null, Lemmatizer? seen = null)
    {
        // The root's keys first, as the parser reads them: the words' keys are made in place, not copied after it.
        var rootAndWords = new WordKeys[forms.Count + 1];
        rootAndWords[0] = WordKeys.None;
        for (var i = 0; i < forms.Count; i++) rootAndWords[i + 1] = WordKeys.Of(forms[i]);
        var words = rootAndWords.AsSpan(1);
        var tags = tagger.Tag(words, allowedUpos);
        // Most sentences have no "to": they are not looked at again, nor their tags turned into names.
        if (seen is not null && forms.Any(f => f.Equals("to", StringComparison.OrdinalIgnoreCase))
            && NonVerbsAfterTo.Limits(forms, [.. tags.Select(tagger.Tags.Upos)], seen, allowedUpos) is { } limits)
        {
            tags = tagger.Tag(words, limits);
            allowedUpos = limits;
        }
        // Nor are most sentences free of a word of never-names.txt.
        if (seen is not null && forms.Any(f => TextLexicon.NeverNames.Contains(f))
            && GrammarWordsTakenForNames.Limits(forms, [.. tags.Select(tagger.Tags.Upos)], allowedUpos) is { } grammar)
        {
            tags = tagger.Tag(words, grammar);
        }
        return ParserSentence.AfterRoot(rootAndWords, tags, supertagger.Tag(words, tags));
    }

    // Each fold's sentences are tagged by a tagger trained on the other folds; folds train side by side.
    private static int[][] Jackknife<TTagger>(int count, int folds, string what, IProgress<string>? progress,
        Func<int[], TTagger> train, Func<TTagger, int, int[]> tag)
    {
        folds = Math.Max(2, folds);
        var output = new int[count][];
        var done = 0;
        Parallel.For(0, folds, fold =>
        {
            var tagger = train(Enumerable.Range(0, count).Where(i => i % folds != fold).ToArray());
            for (var i = fold; i < count; i += folds) output[i] = tag(tagger, i);
            progress?.Report($"parser input: {what} of fold {Interlocked.Increment(ref done)} of {folds} " +
                "predicted by a tagger that never saw them");
        });
        return output;
    }

    internal static ParserExample Example(TreebankSentence sentence, int[] tags, int[] supertags, List<string> labels)
    {
        var n = sentence.Words.Count;
        var heads = new int[n + 1];
        var labelNumbers = new int[n + 1];
        heads[0] = ParserState.NoWord;
        for (var i = 0; i < n; i++)
        {
            heads[i + 1] = sentence.Words[i].Head;
            labelNumbers[i + 1] = labels.IndexOf(sentence.Words[i].Relation);
        }
        Projectivizer.Projectivize(heads);
        var words = sentence.Words.Select(w => WordKeys.Of(w.Form)).ToArray();
        return new ParserExample(ParserSentence.Of(words, tags, supertags), heads, labelNumbers);
    }
}

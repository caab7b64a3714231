using ArmsTransferTracker.Syntax.Learning;
using ArmsTransferTracker.Syntax.Words;

namespace ArmsTransferTracker.Syntax.Tagging;

/// <summary>How a tagger is trained; the defaults are the ones the shipped model was trained with.</summary>
/// <param name="Folds">The second pass learns from first-pass tags of this many folds, each tagged by a first pass that
/// never saw it.</param>
/// <param name="TagMinCount">Part-of-speech pairs rarer than this fall back to their universal tag (<see cref="TagSet"/>).</param>
/// <param name="Passes">Two passes see the first pass's tags ahead; one is faster.</param>
/// <param name="Models">How many taggers to train, each on its own order of the sentences; their weights are averaged.</param>
public sealed record TaggerTrainingOptions(
    int Epochs = 10, int Seed = 7, int Folds = 5, float MinWeight = 0.5f, int TagMinCount = 20, int Passes = 2, int Models = 1);

/// <summary>A sentence to learn tags from: its words, another tagger's tags of them (or none) and the right tags.</summary>
internal sealed record TaggingExample(WordKeys[] Words, int[] Context, int[] Tags);

/// <summary>
/// Trains the two passes of a <see cref="SequenceTagger"/>. The second pass learns from first-pass tags predicted for
/// each training sentence by a first pass that never saw it (jackknifing), so it learns how far to trust them.
/// </summary>
internal static class SequenceTaggerTrainer
{
    public static SequenceTagger Train(int classes, TaggingExample[] examples, TaggerTrainingOptions options, string name,
        IProgress<string>? progress)
    {
        if (options.Passes == 1)
        {
            return new SequenceTagger(LinearModel.Compact(classes, TrainPass(classes, examples, null, options, progress, name),
                options.MinWeight));
        }
        var ahead = new int[examples.Length][];
        var folds = Math.Max(2, options.Folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var rows = TrainPass(classes, examples.Where((_, i) => i % folds != fold).ToArray(), null, options);
            var firstPass = new SequenceTagger(LinearModel.Compact(classes, rows, options.MinWeight));
            for (var i = fold; i < examples.Length; i += folds)
            {
                ahead[i] = firstPass.Tag(examples[i].Words, examples[i].Context);
            }
            progress?.Report($"{name}: first pass, fold {fold + 1} of {folds}");
        }
        var first = Averaged(classes, examples, null, options, progress, name + ", first pass");
        var second = Averaged(classes, examples, ahead, options, progress, name + ", second pass");
        // One row a feature with both passes' weights; a feature one pass never updated weighs nothing there.
        var both = first.Keys.Union(second.Keys).Select(key =>
        {
            var row = new float[2 * classes];
            if (first.TryGetValue(key, out var w1)) w1.CopyTo(row, 0);
            if (second.TryGetValue(key, out var w2)) w2.CopyTo(row, classes);
            return (key, row);
        });
        return new SequenceTagger(LinearModel.Compact(classes, both, options.MinWeight, parts: 2));
    }

    private static Dictionary<ulong, float[]> Averaged(int classes, TaggingExample[] examples, int[][]? ahead,
        TaggerTrainingOptions options, IProgress<string>? progress, string name) =>
        Averaging.Train(options.Models, classes,
            m => TrainPass(classes, examples, ahead, options with { Seed = options.Seed + m }, m == 0 ? progress : null, name));

    private static List<(ulong Key, float[] Weights)> TrainPass(int classes, TaggingExample[] examples, int[][]? ahead,
        TaggerTrainingOptions options, IProgress<string>? progress = null, string? name = null)
    {
        var perceptron = new AveragedPerceptron(classes);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.StableCount + TaggerFeatures.DynamicCount];
        Span<float> scores = stackalloc float[classes];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0, all = 0;
            foreach (var e in order)
            {
                var example = examples[e];
                var tags = new int[example.Words.Length];
                for (var i = 0; i < tags.Length; i++)
                {
                    var count = SequenceTagger.Extract(example.Words, example.Context, i, tags, ahead?[e], features);
                    perceptron.Score(features[..count], scores);
                    var guess = SequenceTagger.ArgMax(scores);
                    perceptron.Update(features[..count], example.Tags[i], guess);
                    perceptron.Advance();
                    // Later words see the tags the tagger gave, as they will when tagging new text.
                    tags[i] = guess;
                    right += guess == example.Tags[i] ? 1 : 0;
                }
                all += tags.Length;
            }
            if (name is not null)
            {
                progress?.Report($"{name}, epoch {epoch + 1} of {options.Epochs}, {100.0 * right / all:F2}% right while training");
            }
        }
        return perceptron.AveragedRows().ToList();
    }
}

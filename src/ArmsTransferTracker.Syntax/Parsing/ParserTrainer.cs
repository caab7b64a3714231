using ArmsTransferTracker.Syntax.Learning;
using ArmsTransferTracker.Syntax.Tagging;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>How a parser is trained; the defaults are the ones the shipped model was trained with.</summary>
/// <param name="ExploreFromEpoch">From this epoch on (0-based) training follows the parser's own predictions.</param>
/// <param name="ExploreProbability">How often it follows its prediction rather than the oracle's best move.</param>
/// <param name="Models">How many parsers to train, each on its own order of the sentences; their weights are averaged.</param>
public sealed record ParserTrainingOptions(
    int Epochs = 15, int Seed = 7, int ExploreFromEpoch = 1, double ExploreProbability = 0.9, float MinWeight = 3, int Models = 2);

/// <summary>A training sentence for the parser, with gold heads and label numbers at 1..n.</summary>
public sealed record ParserExample(ParserSentence Sentence, int[] Heads, int[] Labels);

/// <summary>
/// Trains the arc-eager parser with an averaged perceptron and the dynamic oracle (Goldberg and Nivre 2012): at each
/// step, when the best-scoring transition is not among the cheapest ones, the cheapest best-scoring one is rewarded
/// and the prediction penalised; after the first epoch training mostly follows the parser's own choice, mistakes
/// included, so that it learns to recover from them.
/// </summary>
public static class ParserTrainer
{
    public static DependencyParser Train(IReadOnlyList<string> labels, TagSet tagSet, IReadOnlyList<ParserExample> examples,
        ParserTrainingOptions options, IProgress<string>? progress = null)
    {
        var system = new TransitionSystem(labels);
        var rows = Averaging.Train(options.Models, system.Count,
            m => TrainOne(system, examples, options, options.Seed + m, m == 0 ? progress : null).AveragedRows());
        return new DependencyParser(labels, tagSet,
            LinearModel.Compact(system.Count, rows.Select(r => (r.Key, r.Value)), options.MinWeight));
    }

    private static AveragedPerceptron TrainOne(TransitionSystem system, IReadOnlyList<ParserExample> examples,
        ParserTrainingOptions options, int seed, IProgress<string>? progress)
    {
        var oracle = new DynamicOracle(system);
        var perceptron = new AveragedPerceptron(system.Count);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = new ParserState();
        var features = new ulong[ParserFeatures.Count];
        var scores = new float[system.Count];
        var legal = new bool[system.Count];
        var costs = new int[system.Count];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0, all = 0;
            var explore = epoch >= options.ExploreFromEpoch;
            foreach (var e in order)
            {
                var example = examples[e];
                state.Start(example.Sentence.Length);
                while (!state.IsTerminal)
                {
                    var forced = system.OnlyLegal(state);
                    if (forced >= 0)
                    {
                        system.Apply(state, forced);
                        continue;
                    }
                    var count = ParserFeatures.Extract(state, example.Sentence, features);
                    perceptron.Score(features.AsSpan(0, count), scores);
                    system.Legal(state, legal);
                    oracle.Costs(state, example.Heads, example.Labels, legal, costs);
                    var predicted = DependencyParser.Best(scores, legal);
                    var cheapest = Cheapest(scores, costs);
                    if (costs[predicted] > costs[cheapest])
                    {
                        perceptron.Update(features.AsSpan(0, count), cheapest, predicted);
                    }
                    else
                    {
                        right++;
                    }
                    all++;
                    perceptron.Advance();
                    var follow = explore && random.NextDouble() < options.ExploreProbability ? predicted : cheapest;
                    system.Apply(state, follow);
                }
            }
            progress?.Report($"parser: epoch {epoch + 1} of {options.Epochs}, {100.0 * right / all:F2}% of transitions right, "
                + $"{perceptron.Features:N0} features");
        }
        return perceptron;
    }

    // The best-scoring transition among those of least cost.
    private static int Cheapest(ReadOnlySpan<float> scores, ReadOnlySpan<int> costs)
    {
        var least = int.MaxValue;
        foreach (var cost in costs) least = Math.Min(least, cost);
        var best = -1;
        for (var t = 0; t < costs.Length; t++)
        {
            if (costs[t] == least && (best < 0 || scores[t] > scores[best])) best = t;
        }
        return best;
    }
}

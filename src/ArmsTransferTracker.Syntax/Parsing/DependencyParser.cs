using System.Runtime.CompilerServices;
using ArmsTransferTracker.Syntax.Learning;
using ArmsTransferTracker.Syntax.Tagging;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>A parse: each word's head (1-based, 0 for the root) and the index of its relation in the parser's labels.</summary>
public sealed record DependencyTree(int[] Heads, int[] Labels);

/// <summary>
/// A greedy arc-eager dependency parser over a trained linear model: at each step the best-scoring legal transition.
/// Should the root end with several children, the first it took stays and the others hang from it.
/// </summary>
public sealed class DependencyParser
{
    private readonly TransitionSystem system;
    private readonly LinearModel model;
    private readonly int punctLabel;
    private readonly int fallbackLabel;
    private readonly TagSet tagSet;

    public DependencyParser(IReadOnlyList<string> labels, TagSet tagSet, LinearModel model)
    {
        this.tagSet = tagSet;
        system = new TransitionSystem(labels);
        if (model.Classes != system.Count)
        {
            throw new ArgumentException($"A parser with {labels.Count} labels scores {system.Count} transitions, not {model.Classes}.");
        }
        this.model = model;
        punctLabel = IndexOr(labels, "punct", 0);
        fallbackLabel = IndexOr(labels, "parataxis", IndexOr(labels, "dep", 0));
    }

    public IReadOnlyList<string> Labels => system.Labels;

    public LinearModel Model => model;

    // One configuration a thread, reused: a parse allocates only its result.
    [ThreadStatic]
    private static ParserState? reusedState;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DependencyTree Parse(ParserSentence sentence)
    {
        var length = sentence.Length;
        var state = reusedState ??= new ParserState();
        state.Start(length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<ulong> previous = stackalloc ulong[ParserFeatures.Count];
        Span<int> offsets = stackalloc int[ParserFeatures.Count];
        Span<ulong> changed = stackalloc ulong[ParserFeatures.Count];
        Span<int> changedAt = stackalloc int[ParserFeatures.Count];
        Span<int> found = stackalloc int[ParserFeatures.Count];
        Span<float> scores = stackalloc float[system.Count];
        Span<float> bufferSums = stackalloc float[system.Count];
        previous.Clear();
        while (!state.IsTerminal)
        {
            var forced = system.OnlyLegal(state);
            if (forced >= 0)
            {
                system.Apply(state, forced);
                continue;
            }
            var count = ParserFeatures.Extract(state, sentence, features);
            // After a left arc or a reduce the buffer is as it was, and so are the features that read only it: a feature
            // equal to the one the last step had in its place keeps the row found then, and the buffer's features their sum.
            var changes = 0;
            for (var f = 0; f < count; f++)
            {
                if (features[f] == previous[f]) continue;
                changed[changes] = features[f];
                changedAt[changes++] = f;
            }
            model.Find(changed[..changes], found[..changes]);
            for (var c = 0; c < changes; c++) offsets[changedAt[c]] = found[c];
            features[..count].CopyTo(previous);
            if (changes > 0 && changedAt[0] < ParserFeatures.BufferOnlyCount)
            {
                bufferSums.Clear();
                model.Accumulate(offsets[..ParserFeatures.BufferOnlyCount], 0, bufferSums);
            }
            bufferSums.CopyTo(scores);
            model.Accumulate(offsets[ParserFeatures.BufferOnlyCount..count], 0, scores);
            system.Apply(state, Best(scores, system.Legal(state)));
        }
        OneRoot(state, sentence.Tags);
        var heads = new int[length + 1];
        var labels = new int[length + 1];
        for (var i = 1; i <= length; i++)
        {
            heads[i] = state.Head(i);
            labels[i] = state.Label(i);
        }
        return new DependencyTree(heads, labels);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Best(ReadOnlySpan<float> scores, ReadOnlySpan<bool> legal)
    {
        // The first legal transition of the highest score; the best score so far is kept in hand, not read again.
        var best = legal[..scores.Length].IndexOf(true);
        if (best < 0) return best;
        var bestScore = scores[best];
        for (var t = best + 1; t < scores.Length; t++)
        {
            if (legal[t] && scores[t] > bestScore)
            {
                best = t;
                bestScore = scores[t];
            }
        }
        return best;
    }

    // Training gives the root one child, but greedy parsing can end with more: the first taken keeps the place.
    private void OneRoot(ParserState state, int[] tags)
    {
        var children = Enumerable.Range(1, state.Length).Where(i => state.Head(i) == 0).ToList();
        if (children.Count < 2) return;
        var root = children[^1];
        foreach (var word in children.Where(c => c != root))
        {
            state.Reattach(root, word, tagSet.Upos(tags[word]) == "PUNCT" ? punctLabel : fallbackLabel);
        }
    }

    private static int IndexOr(IReadOnlyList<string> labels, string label, int fallback)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label) return i;
        }
        return fallback;
    }
}

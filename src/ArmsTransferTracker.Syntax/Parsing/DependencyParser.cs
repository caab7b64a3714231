using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
        var bufferSums = BufferSums(sentence);
        previous.Clear();
        while (!state.IsTerminal)
        {
            var forced = system.OnlyLegal(state);
            if (forced >= 0)
            {
                system.Apply(state, forced);
                continue;
            }
            var count = ParserFeatures.ExtractBeyondBuffer(state, sentence, features);
            // A feature equal to the one the last step had in its place keeps the row found then.
            var changes = 0;
            for (var f = 0; f < count; f++)
            {
                if (features[f] == previous[f]) continue;
                changed[changes] = features[f];
                changedAt[changes++] = f;
            }
            model.Find(changed[..changes], found[..changes]);
            for (var c = 0; c < changes; c++) offsets[changedAt[c]] = found[c];
            // This step's features are the next one's previous: the two buffers swap instead of being copied.
            var last = features;
            features = previous;
            previous = last;
            bufferSums.AsSpan(state.Next * system.Count, system.Count).CopyTo(scores);
            model.Accumulate(offsets[..count], 0, scores);
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

    // One buffer a thread for the sums of the buffer's features, and one for their rows, reused.
    [ThreadStatic]
    private static float[]? reusedBufferSums;

    [ThreadStatic]
    private static int[]? reusedBufferRows;

    /// <summary>
    /// The sum of the buffer's features (<see cref="ParserFeatures.ExtractBuffer"/>) for each word the buffer may start at
    /// (the transitions' scores at <see cref="ParserState.Next"/>), before the first step: they read nothing the steps
    /// decide, so their rows are sought and added for the whole sentence at once, where each shift would wait for them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private float[] BufferSums(ParserSentence sentence)
    {
        const int count = ParserFeatures.BufferOnlyCount;
        // The buffer starts at word 1 to n, or at the root after them.
        var starts = sentence.Length + 2;
        var classes = system.Count;
        var rows = Buffers.Reused(ref reusedBufferRows, starts * count);
        var sums = Buffers.Reused(ref reusedBufferSums, starts * classes);
        Span<ulong> features = stackalloc ulong[count];
        for (var next = 1; next < starts; next++)
        {
            ParserFeatures.ExtractBuffer(next, sentence, features);
            model.Find(features, rows.AsSpan(next * count, count));
        }
        sums.AsSpan(0, starts * classes).Clear();
        for (var next = 1; next < starts; next++)
        {
            model.Accumulate(rows.AsSpan(next * count, count), 0, sums.AsSpan(next * classes, classes));
        }
        return sums;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static unsafe int Best(ReadOnlySpan<float> scores, ReadOnlySpan<bool> legal)
    {
        var count = scores.Length;
        if (!Avx2.IsSupported || count < Vector256<float>.Count || legal.Length < count) return FirstOfHighest(scores, legal);
        // Eight transitions at a time, the illegal ones scored lowest: the highest legal score (the last block overlaps the
        // one before it), then the first legal transition that has it. Scores are finite, so that is the transition a scan
        // that keeps the first of equal scores would pick.
        var lowest = Vector256.Create(float.NegativeInfinity);
        var highest = lowest;
        fixed (float* scoreBase = scores)
        fixed (bool* legalBase = legal)
        {
            for (var t = 0; t < count; t += Vector256<float>.Count)
            {
                var at = Math.Min(t, count - Vector256<float>.Count);
                var illegal = Vector256.Equals(Avx2.ConvertToVector256Int32((byte*)legalBase + at), Vector256<int>.Zero).AsSingle();
                highest = Vector256.Max(highest, Vector256.ConditionalSelect(illegal, lowest, Vector256.Load(scoreBase + at)));
            }
            var best = highest[0];
            for (var lane = 1; lane < Vector256<float>.Count; lane++) best = Math.Max(best, highest[lane]);
            if (float.IsNegativeInfinity(best)) return FirstOfHighest(scores, legal);
            var wanted = Vector256.Create(best);
            for (var t = 0; ; t += Vector256<float>.Count)
            {
                var at = Math.Min(t, count - Vector256<float>.Count);
                var legalLanes = ~Vector256.Equals(Avx2.ConvertToVector256Int32((byte*)legalBase + at), Vector256<int>.Zero).AsSingle();
                var found = (Vector256.Equals(Vector256.Load(scoreBase + at), wanted) & legalLanes).ExtractMostSignificantBits();
                if (found != 0) return at + BitOperations.TrailingZeroCount(found);
            }
        }
    }

    // The same, one transition at a time; the best score so far is kept in hand, not read again.
    private static int FirstOfHighest(ReadOnlySpan<float> scores, ReadOnlySpan<bool> legal)
    {
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

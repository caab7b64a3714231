using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ArmsTransferTracker.Syntax.Learning;
using ArmsTransferTracker.Syntax.Words;

namespace ArmsTransferTracker.Syntax.Tagging;

/// <summary>
/// A greedy left-to-right tagger with an averaged perceptron, in one pass or two: the second also sees the tags the
/// first gave to the words ahead, which the first could only guess. Both passes are parts of one model, so the second
/// reuses the rows the first found for the features that do not depend on tags. Tags are numbers; what they mean is
/// the caller's.
/// </summary>
public sealed class SequenceTagger
{
    public SequenceTagger(LinearModel model)
    {
        if (model.Parts is not (1 or 2)) throw new ArgumentException("A tagger runs one pass or two.", nameof(model));
        Model = model;
    }

    public int Classes => Model.Classes;

    public int Passes => Model.Parts;

    /// <summary>The number of weight rows the model keeps.</summary>
    public int Features => Model.Features;

    public LinearModel Model { get; }

    /// <summary>The tag of each word.</summary>
    /// <param name="context">Another tagger's tags of the same words, or empty.</param>
    /// <param name="allowed">
    /// Which tags each word may take (one flag a tag), when the caller knows better; a null list, or a null entry, allows all.
    /// </param>
    public int[] Tag(ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> context, IReadOnlyList<bool[]?>? allowed = null)
    {
        Span<int> stableCounts = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        var stableRows = FindStable(words, context, stableCounts);
        var stableSums = StableSums(words.Length, stableRows, stableCounts);
        var first = new int[words.Length];
        Run(0, words, context, stableSums, null, first, allowed);
        if (Passes == 1) return first;
        var second = new int[words.Length];
        Run(1, words, context, stableSums, first, second, allowed);
        return second;
    }

    // One buffer a thread for the sums of the stable rows, reused.
    [ThreadStatic]
    private static float[]? reusedStableSums;

    /// <summary>
    /// Each word's sums of its stable rows in each pass (<see cref="Classes"/> a word, pass after pass), made before either
    /// pass and read once in each, all words at once: none waits on a tag, so the rows of one word are added while those
    /// of the next are on their way, and each row is read once for both passes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private float[] StableSums(int words, int[] stableRows, ReadOnlySpan<int> counts)
    {
        var classes = Classes;
        var sums = Buffers.Reused(ref reusedStableSums, Passes * words * classes);
        sums.AsSpan(0, Passes * words * classes).Clear();
        for (var i = 0; i < words; i++)
        {
            var rows = stableRows.AsSpan(i * TaggerFeatures.StableCount, counts[i]);
            var first = sums.AsSpan(i * classes, classes);
            if (Passes == 1) Model.Accumulate(rows, 0, first);
            else Model.AccumulateBoth(rows, first, sums.AsSpan((words + i) * classes, classes));
        }
        return sums;
    }

    // One buffer a thread for the rows of the stable features, reused: tagging allocates only its results.
    [ThreadStatic]
    private static int[]? reusedStableRows;

    /// <summary>
    /// The rows of each word's stable features (<see cref="TaggerFeatures.StableCount"/> slots a word; how many it has
    /// in <paramref name="counts"/>), which both passes add first. The rows of all the words are sought at once, before
    /// any is added, so that the trips to memory overlap, where one word at a time would wait for each in turn.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] FindStable(ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> context, Span<int> counts)
    {
        var rows = Buffers.Reused(ref reusedStableRows, words.Length * TaggerFeatures.StableCount);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.StableCount];
        for (var i = 0; i < words.Length; i++)
        {
            counts[i] = TaggerFeatures.ExtractStable(words, context, i, features);
            Model.Find(features[..counts[i]], rows.AsSpan(i * TaggerFeatures.StableCount, counts[i]));
        }
        return rows;
    }

    public void Write(BinaryWriter writer) => Model.Write(writer);

    public static SequenceTagger Read(BinaryReader reader) => new(LinearModel.Read(reader));

    // Each word's features of the first pass and their rows, a thread's, reused: the second pass looks up only the
    // features that changed, since most tags of the words before one stay as the first pass gave them.
    [ThreadStatic]
    private static ulong[]? reusedFirstFeatures;

    [ThreadStatic]
    private static int[]? reusedFirstRows;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Run(int pass, ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> context, float[] stableSums, int[]? ahead, int[] tags,
        IReadOnlyList<bool[]?>? allowed)
    {
        const int most = TaggerFeatures.DynamicCount;
        var firstFeatures = Buffers.Reused(ref reusedFirstFeatures, words.Length * most);
        var firstRows = Buffers.Reused(ref reusedFirstRows, words.Length * most);
        Span<ulong> features = stackalloc ulong[most];
        Span<ulong> changed = stackalloc ulong[most];
        Span<int> changedAt = stackalloc int[most];
        Span<int> found = stackalloc int[most];
        Span<float> scores = stackalloc float[Model.Classes];
        for (var i = 0; i < words.Length; i++)
        {
            var count = ExtractDynamic(words, context, i, tags, ahead, features);
            var offsets = firstRows.AsSpan(i * most, count);
            if (pass == 0)
            {
                features[..count].CopyTo(firstFeatures.AsSpan(i * most, count));
                Model.Find(features[..count], offsets);
            }
            else
            {
                var changes = 0;
                for (var f = 0; f < count; f++)
                {
                    if (features[f] == firstFeatures[i * most + f]) continue;
                    changed[changes] = features[f];
                    changedAt[changes++] = f;
                }
                Model.Find(changed[..changes], found[..changes]);
                for (var c = 0; c < changes; c++) offsets[changedAt[c]] = found[c];
            }
            // The stable rows first, then this pass's: each word's sum is made in the order it always was.
            stableSums.AsSpan((pass * words.Length + i) * Model.Classes, Model.Classes).CopyTo(scores);
            Model.Accumulate(offsets, pass, scores);
            tags[i] = allowed?[i] is { } allowedTags ? ArgMax(scores, allowedTags) : ArgMax(scores);
        }
    }

    // The best tag the caller allows the word; the best of all when it allows none.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ArgMax(ReadOnlySpan<float> scores, bool[] allowed)
    {
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (allowed[c] && (best < 0 || scores[c] > scores[best])) best = c;
        }
        return best < 0 ? ArgMax(scores) : best;
    }

    /// <summary>All the features of a word in a pass, for training.</summary>
    internal static int Extract(ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> context, int i, int[] tags, int[]? ahead,
        Span<ulong> features)
    {
        var count = TaggerFeatures.ExtractStable(words, context, i, features);
        return count + ExtractDynamic(words, context, i, tags, ahead, features[count..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ExtractDynamic(ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> context, int i, int[] tags, int[]? ahead,
        Span<ulong> features) =>
        TaggerFeatures.ExtractDynamic(words, context, i,
            i > 0 ? tags[i - 1] : TaggerFeatures.NoTag,
            i > 1 ? tags[i - 2] : TaggerFeatures.NoTag,
            ahead is not null && i + 1 < words.Length ? ahead[i + 1] : TaggerFeatures.NoTag,
            ahead is not null && i + 2 < words.Length ? ahead[i + 2] : TaggerFeatures.NoTag,
            features);

    /// <summary>The first class of the highest score.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var classes = scores.Length;
        if (!Vector256.IsHardwareAccelerated || classes < Vector256<float>.Count) return FirstOfHighest(scores);
        // Eight classes at a time: the highest score (the last block overlaps the one before it), then where it first
        // stands. Scores are finite, so that is the class a scan that keeps the first of equal scores would pick.
        ref var first = ref MemoryMarshal.GetReference(scores);
        var highest = Vector256.LoadUnsafe(ref first);
        for (var c = Vector256<float>.Count; c < classes; c += Vector256<float>.Count)
        {
            highest = Vector256.Max(highest, Vector256.LoadUnsafe(ref first, (nuint)Math.Min(c, classes - Vector256<float>.Count)));
        }
        var best = highest[0];
        for (var lane = 1; lane < Vector256<float>.Count; lane++) best = Math.Max(best, highest[lane]);
        var wanted = Vector256.Create(best);
        for (var c = 0; ; c += Vector256<float>.Count)
        {
            var at = Math.Min(c, classes - Vector256<float>.Count);
            var equal = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)at), wanted).ExtractMostSignificantBits();
            if (equal != 0) return at + BitOperations.TrailingZeroCount(equal);
        }
    }

    // The best score so far is kept in hand, not read again at each class.
    private static int FirstOfHighest(ReadOnlySpan<float> scores)
    {
        var best = 0;
        var bestScore = scores[0];
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > bestScore)
            {
                best = c;
                bestScore = scores[c];
            }
        }
        return best;
    }
}

using System.Collections.Concurrent;
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
        var wordSums = Reused(ref reusedWordSums, words.Length);
        var stableRows = FindStable(words, context, stableCounts, wordSums);
        var first = new int[words.Length];
        Run(0, words, context, wordSums, stableRows, stableCounts, null, first, allowed);
        if (Passes == 1) return first;
        var second = new int[words.Length];
        Run(1, words, context, wordSums, stableRows, stableCounts, first, second, allowed);
        return second;
    }

    // The sums of the word-only features' weights (one float a class and pass) by the word's form, kept across sentences
    // and shared by all threads: news repeats its words, and those features are a third of a tagger's look-ups. Each sum is
    // made in the order its features come, so a word scores the same whether its sum was kept or not.
    private readonly KeptSums wordScores = new();

    // The same by the tags two either side of a word in a pass, which repeat even more than words do, and by the other
    // tagger's tags two either side.
    private readonly KeptSums tagScores = new();

    private readonly KeptSums contextScores = new();

    /// <summary>Sums by key, for every thread; when full (the words of a few thousand articles, some 10 MB), it starts again.</summary>
    private sealed class KeptSums
    {
        private const int Most = 1 << 14;
        private readonly ConcurrentDictionary<ulong, float[]> sums = new();
        // Counted here: counting a concurrent dictionary takes all its locks.
        private int added;

        public bool TryGet(ulong key, out float[] kept) => sums.TryGetValue(key, out kept!);

        public void Keep(ulong key, float[] kept)
        {
            if (Interlocked.Increment(ref added) > Most)
            {
                sums.Clear();
                Interlocked.Exchange(ref added, 1);
            }
            sums[key] = kept;
        }
    }

    [ThreadStatic]
    private static WordSums[]? reusedWordSums;

    // A word's kept sums, of its own features and of the other tagger's tags around it (when there is another tagger).
    // An array of these, unlike an array of arrays, is written without a type check for each word.
    private readonly record struct WordSums(float[] Word, float[]? Context);

    // One buffer a thread for the rows of the stable features, reused: tagging allocates only its results.
    [ThreadStatic]
    private static int[]? reusedStableRows;

    /// <summary>
    /// The sums of each word's word-only and context-only features, kept or made now, and the rows of its other stable
    /// features (from slot <see cref="TaggerFeatures.WordOnlyCount"/> of the word's <see cref="TaggerFeatures.StableCount"/>;
    /// how many in <paramref name="counts"/>), which both passes add first. The rows of all the words are sought at once,
    /// before any is added, so that the trips to memory overlap, where one word at a time would wait for each in turn.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] FindStable(ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> context, Span<int> counts, WordSums[] sums)
    {
        const int wordOnly = TaggerFeatures.WordOnlyCount;
        const int contextOnly = TaggerFeatures.ContextOnlyCount;
        var rows = Reused(ref reusedStableRows, words.Length * TaggerFeatures.StableCount);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.StableCount];
        for (var i = 0; i < words.Length; i++)
        {
            var count = TaggerFeatures.ExtractStable(words, context, i, features);
            var at = i * TaggerFeatures.StableCount;
            var word = Kept(wordScores, words[i].Cased, features[..wordOnly], rows.AsSpan(at, wordOnly));
            var others = count - wordOnly - (context.IsEmpty ? 0 : contextOnly);
            var around = context.IsEmpty ? null
                : Kept(contextScores, ContextKey(context, i), features[(count - contextOnly)..count], rows.AsSpan(at, contextOnly));
            sums[i] = new WordSums(word, around);
            Model.Find(features.Slice(wordOnly, others), rows.AsSpan(at + wordOnly, others));
            counts[i] = others;
        }
        return rows;
    }

    // The sums (one float a class and pass) kept for the key, or those of the features, found in rows, and kept.
    private float[] Kept(KeptSums kept, ulong key, ReadOnlySpan<ulong> features, Span<int> rows)
    {
        if (kept.TryGet(key, out var sums)) return sums;
        Model.Find(features, rows);
        sums = new float[Classes * Passes];
        for (var pass = 0; pass < Passes; pass++) Model.Accumulate(rows, pass, sums.AsSpan(pass * Classes, Classes));
        kept.Keep(key, sums);
        return sums;
    }

    // The other tagger's tags two either side of a word, each plus two in ten bits.
    private static ulong ContextKey(ReadOnlySpan<int> context, int i)
    {
        ulong key = 0;
        for (var at = i - 2; at <= i + 2; at++)
        {
            key = key << 10 | (uint)((at >= 0 && at < context.Length ? context[at] : TaggerFeatures.NoTag) + 2);
        }
        return key;
    }

    private static T[] Reused<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length) buffer = new T[Math.Max(length, 2 * (buffer?.Length ?? 0))];
        return buffer;
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
    private void Run(int pass, ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> context, WordSums[] wordSums, int[] stableRows,
        ReadOnlySpan<int> stableCounts, int[]? ahead, int[] tags, IReadOnlyList<bool[]?>? allowed)
    {
        const int most = TaggerFeatures.DynamicCount;
        const int tagOnly = TaggerFeatures.TagOnlyCount;
        var firstFeatures = Reused(ref reusedFirstFeatures, words.Length * most);
        var firstRows = Reused(ref reusedFirstRows, words.Length * most);
        Span<ulong> features = stackalloc ulong[most];
        Span<ulong> changed = stackalloc ulong[most];
        Span<int> changedAt = stackalloc int[most];
        Span<int> found = stackalloc int[most];
        Span<float> scores = stackalloc float[Classes];
        for (var i = 0; i < words.Length; i++)
        {
            var previous = i > 0 ? tags[i - 1] : TaggerFeatures.NoTag;
            var beforePrevious = i > 1 ? tags[i - 2] : TaggerFeatures.NoTag;
            var next = ahead is not null && i + 1 < words.Length ? ahead[i + 1] : TaggerFeatures.NoTag;
            var afterNext = ahead is not null && i + 2 < words.Length ? ahead[i + 2] : TaggerFeatures.NoTag;
            var count = TaggerFeatures.ExtractDynamic(words, context, i, previous, beforePrevious, next, afterNext, features);
            var tagKey = TagKey(pass, previous, beforePrevious, next, afterNext);
            if (!tagScores.TryGet(tagKey, out var tagSum))
            {
                tagSum = SumTagOnly(features[..tagOnly], found[..tagOnly], pass);
                tagScores.Keep(tagKey, tagSum);
            }
            var wordFeatures = features[tagOnly..count];
            var offsets = firstRows.AsSpan(i * most, wordFeatures.Length);
            if (pass == 0)
            {
                wordFeatures.CopyTo(firstFeatures.AsSpan(i * most, wordFeatures.Length));
                Model.Find(wordFeatures, offsets);
            }
            else
            {
                var changes = 0;
                for (var f = 0; f < wordFeatures.Length; f++)
                {
                    if (wordFeatures[f] == firstFeatures[i * most + f]) continue;
                    changed[changes] = wordFeatures[f];
                    changedAt[changes++] = f;
                }
                Model.Find(changed[..changes], found[..changes]);
                for (var c = 0; c < changes; c++) offsets[changedAt[c]] = found[c];
            }
            // The word's own sum, its other stable rows, the sums of the other tagger's tags and of this pass's tags around it,
            // then the rows of this pass's tags with words: a word scores the same whether its sums were kept or made now.
            wordSums[i].Word.AsSpan(pass * Classes, Classes).CopyTo(scores);
            var otherStable = i * TaggerFeatures.StableCount + TaggerFeatures.WordOnlyCount;
            Model.Accumulate(stableRows.AsSpan(otherStable, stableCounts[i]), pass, scores);
            if (wordSums[i].Context is { } around) Add(around.AsSpan(pass * Classes, Classes), scores);
            Add(tagSum, scores);
            Model.Accumulate(offsets, pass, scores);
            tags[i] = allowed?[i] is { } allowedTags ? ArgMax(scores, allowedTags) : ArgMax(scores);
        }
    }

    // The tags two either side of a word, and the pass, as one key: a tag number plus two fits in ten bits.
    private static ulong TagKey(int pass, int previous, int beforePrevious, int next, int afterNext) =>
        (ulong)(uint)pass << 40 | (ulong)(uint)(previous + 2) << 30 | (ulong)(uint)(beforePrevious + 2) << 20
        | (ulong)(uint)(next + 2) << 10 | (uint)(afterNext + 2);

    private float[] SumTagOnly(ReadOnlySpan<ulong> features, Span<int> rows, int pass)
    {
        Model.Find(features, rows);
        var sums = new float[Classes];
        Model.Accumulate(rows, pass, sums);
        return sums;
    }

    private static void Add(ReadOnlySpan<float> sums, Span<float> scores)
    {
        var c = 0;
        for (; c + Vector<float>.Count <= sums.Length; c += Vector<float>.Count)
        {
            (new Vector<float>(sums[c..]) + new Vector<float>(scores[c..])).CopyTo(scores[c..]);
        }
        for (; c < sums.Length; c++) scores[c] += sums[c];
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

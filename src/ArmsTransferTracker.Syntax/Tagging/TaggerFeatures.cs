using System.Runtime.CompilerServices;
using ArmsTransferTracker.Syntax.Learning;
using ArmsTransferTracker.Syntax.Words;

namespace ArmsTransferTracker.Syntax.Tagging;

/// <summary>
/// The features of one word for a sequence tagger: the word, its affixes and shape, its neighbours two either side,
/// the tags already given to the two words before it and, in the second pass, the first pass's tags of the two words
/// after it. A tagger that builds on another's output (the supertagger on part-of-speech tags) also sees those tags,
/// two either side. Features that do not depend on this tagger's own tags are "stable": both passes share them.
/// </summary>
internal static class TaggerFeatures
{
    public const int StableCount = 31;
    public const int DynamicCount = 15;

    /// <summary>The tag of a position outside the sentence, or not yet known.</summary>
    public const int NoTag = -1;

    /// <returns>How many features were written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ExtractStable(ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> context, int i, Span<ulong> features)
    {
        var w0 = words[i];
        var wm1 = At(words, i - 1);
        var wm2 = At(words, i - 2);
        var wp1 = At(words, i + 1);
        var wp2 = At(words, i + 2);
        var f = 0;
        features[f++] = FeatureHash.Of(0, 1);
        features[f++] = FeatureHash.Of(1, w0.Form);
        features[f++] = FeatureHash.Of(2, w0.Suffix1);
        features[f++] = FeatureHash.Of(3, w0.Suffix2);
        features[f++] = FeatureHash.Of(4, w0.Suffix3);
        features[f++] = FeatureHash.Of(5, w0.Suffix4);
        features[f++] = FeatureHash.Of(6, w0.Prefix1);
        features[f++] = FeatureHash.Of(7, w0.Prefix2);
        features[f++] = FeatureHash.Of(8, w0.Prefix3);
        features[f++] = FeatureHash.Of(9, w0.Shape);
        features[f++] = FeatureHash.Of(10, w0.Flags);
        features[f++] = FeatureHash.Of(15, wm1.Form);
        features[f++] = FeatureHash.Of(16, wm1.Suffix3);
        features[f++] = FeatureHash.Of(17, wm2.Form);
        features[f++] = FeatureHash.Of(18, wp1.Form);
        features[f++] = FeatureHash.Of(19, wp1.Suffix3);
        features[f++] = FeatureHash.Of(20, wp2.Form);
        features[f++] = FeatureHash.Of(21, wm1.Form, w0.Form);
        features[f++] = FeatureHash.Of(22, w0.Form, wp1.Form);
        features[f++] = FeatureHash.Of(24, wp1.Shape, wp1.Flags);
        features[f++] = FeatureHash.Of(25, i == 0 ? 1UL : 2UL, w0.Flags);
        features[f++] = FeatureHash.Of(26, wm1.Form, wp1.Form);
        features[f++] = FeatureHash.Of(32, w0.Cased);
        features[f++] = FeatureHash.Of(33, wm1.Flags, w0.Flags, wp1.Flags);
        if (context.IsEmpty) return f;
        var c0 = Tag(context[i]);
        var cm1 = Context(context, i - 1);
        var cm2 = Context(context, i - 2);
        var cp1 = Context(context, i + 1);
        var cp2 = Context(context, i + 2);
        features[f++] = FeatureHash.Of(40, c0);
        features[f++] = FeatureHash.Of(41, c0, w0.Form);
        features[f++] = FeatureHash.Of(42, cm1, c0);
        features[f++] = FeatureHash.Of(43, c0, cp1);
        features[f++] = FeatureHash.Of(44, cm1, c0, cp1);
        features[f++] = FeatureHash.Of(45, cm2, cm1, c0);
        features[f++] = FeatureHash.Of(46, c0, cp1, cp2);
        return f;
    }

    /// <summary>
    /// The features of this pass's tags: those before the word, and those the first pass gave after it (in the first
    /// pass, "none yet": kept all the same, since on EWT dev the tagger is 0.08 points better with them than without).
    /// </summary>
    /// <returns>How many features were written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ExtractDynamic(ReadOnlySpan<WordKeys> words, ReadOnlySpan<int> context, int i, int previous, int beforePrevious,
        int next, int afterNext, Span<ulong> features)
    {
        var w0 = words[i];
        var wp1 = At(words, i + 1);
        var t1 = Tag(previous);
        var t2 = Tag(beforePrevious);
        var c0 = context.IsEmpty ? 0 : Tag(context[i]);
        var cp1 = context.IsEmpty ? 0 : Context(context, i + 1);
        var f = 0;
        features[f++] = FeatureHash.Of(11, t1);
        features[f++] = FeatureHash.Of(12, t2);
        features[f++] = FeatureHash.Of(13, t1, t2);
        features[f++] = FeatureHash.Of(14, t1, w0.Form);
        features[f++] = FeatureHash.Of(23, t1, wp1.Form);
        features[f++] = FeatureHash.Of(27, t1, w0.Suffix3);
        features[f++] = FeatureHash.Of(34, t1, w0.Flags);
        if (!context.IsEmpty)
        {
            features[f++] = FeatureHash.Of(47, t1, c0);
            features[f++] = FeatureHash.Of(49, t1, c0, cp1);
        }
        var n1 = Tag(next);
        var n2 = Tag(afterNext);
        features[f++] = FeatureHash.Of(28, n1);
        features[f++] = FeatureHash.Of(29, n1, n2);
        features[f++] = FeatureHash.Of(30, t1, n1);
        features[f++] = FeatureHash.Of(31, n1, w0.Form);
        features[f++] = FeatureHash.Of(35, n1, w0.Flags);
        if (!context.IsEmpty) features[f++] = FeatureHash.Of(48, c0, n1);
        return f;
    }

    private static WordKeys At(ReadOnlySpan<WordKeys> words, int i) => i >= 0 && i < words.Length ? words[i] : WordKeys.None;

    private static ulong Context(ReadOnlySpan<int> context, int i) => Tag(i >= 0 && i < context.Length ? context[i] : NoTag);

    private static ulong Tag(int tag) => (ulong)(tag + 2);
}

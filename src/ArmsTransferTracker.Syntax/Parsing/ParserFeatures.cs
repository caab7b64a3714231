using System.Runtime.CompilerServices;
using ArmsTransferTracker.Syntax.Learning;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// The feature templates of Zhang and Nivre (2011), "Transition-based dependency parsing with rich non-local
/// features": words and tags of the stack top (S0), the buffer's first three words (N0-N2), S0's head and grandparent,
/// the outermost children of S0 and N0, their labels, the S0-N0 distance, valencies and label sets; the second stack
/// word (S1), which tells a reduce from a left arc when the stack is deep; and the supertags of those words, the
/// supertagger's guess at each word's relation and the side of its head, alone and paired.
/// </summary>
internal static class ParserFeatures
{
    public const int Count = 95;

    /// <summary>How many features, written first, read only the buffer's first three words (and the constant one).</summary>
    public const int BufferOnlyCount = 17;

    private const ulong NoWordValue = 11;
    private const ulong RootWordValue = 13;

    /// <summary>All the features of a step: the buffer's, then the others.</summary>
    public static int Extract(ParserState state, ParserSentence sentence, Span<ulong> features)
    {
        var f = ExtractBuffer(state.Next, sentence, features);
        return f + ExtractBeyondBuffer(state, sentence, features[f..]);
    }

    /// <summary>
    /// The features that read only the buffer's first three words, <see cref="BufferOnlyCount"/> of them: those of any step
    /// whose buffer starts at <paramref name="next"/>, whatever the stack holds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ExtractBuffer(int next, ParserSentence sentence, Span<ulong> features)
    {
        var n0 = ParserState.BufferAt(next, 0, sentence.Length);
        var n1 = ParserState.BufferAt(next, 1, sentence.Length);
        var n2 = ParserState.BufferAt(next, 2, sentence.Length);
        var n0w = Word(sentence, n0);
        var n0p = Tag(sentence, n0);
        var n1w = Word(sentence, n1);
        var n1p = Tag(sentence, n1);
        var n2w = Word(sentence, n2);
        var n2p = Tag(sentence, n2);
        var f = 0;
        features[f++] = FeatureHash.Of(3, n0w, n0p);
        features[f++] = FeatureHash.Of(4, n0w);
        features[f++] = FeatureHash.Of(5, n0p);
        features[f++] = FeatureHash.Of(6, n1w, n1p);
        features[f++] = FeatureHash.Of(7, n1w);
        features[f++] = FeatureHash.Of(8, n1p);
        features[f++] = FeatureHash.Of(9, n2w, n2p);
        features[f++] = FeatureHash.Of(10, n2w);
        features[f++] = FeatureHash.Of(11, n2p);
        features[f++] = FeatureHash.Of(19, n0p, n1p);
        features[f++] = FeatureHash.Of(20, n0p, n1p, n2p);
        features[f++] = FeatureHash.Of(77, 1);
        features[f++] = FeatureHash.Of(101, Supertag(sentence, n0));
        features[f++] = FeatureHash.Of(102, Supertag(sentence, n1));
        features[f++] = FeatureHash.Of(106, Supertag(sentence, n0), Supertag(sentence, n1));
        features[f++] = FeatureHash.Of(109, Supertag(sentence, n0), n0w);
        features[f++] = FeatureHash.Of(111, Supertag(sentence, n2));
        return f;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Word(ParserSentence sentence, int i) =>
        i == ParserState.NoWord ? NoWordValue : i == 0 ? RootWordValue : sentence.Words[i].Form;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Tag(ParserSentence sentence, int i) => i == ParserState.NoWord ? 101 : i == 0 ? 102 : (ulong)sentence.Tags[i] + 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Supertag(ParserSentence sentence, int i) =>
        i == ParserState.NoWord ? 1001 : i == 0 ? 1002 : (ulong)sentence.Supertags[i] + 1;

    /// <summary>The features that read the stack and the arcs made, after the buffer's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ExtractBeyondBuffer(ParserState state, ParserSentence sentence, Span<ulong> features)
    {
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var n0 = state.Buffer(0);
        var n1 = state.Buffer(1);
        var s0h = state.Head(s0);
        var s0h2 = state.Head(s0h);
        var s0l = state.Leftmost(s0);
        var s0l2 = state.SecondLeftmost(s0);
        var s0r = state.Rightmost(s0);
        var s0r2 = state.SecondRightmost(s0);
        var n0l = state.Leftmost(n0);
        var n0l2 = state.SecondLeftmost(n0);

        // Inlined, as are the readers they call: a call for each of the hundred values a step reads cost more than the values.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        ulong W(int i) => Word(sentence, i);
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        ulong P(int i) => Tag(sentence, i);
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        ulong L(int i) => i == ParserState.NoWord ? 201 : state.Label(i) == ParserState.NoWord ? 202 : (ulong)state.Label(i) + 1;

        var s0w = W(s0);
        var s0p = P(s0);
        var n0w = W(n0);
        var n0p = P(n0);
        var n1p = P(n1);
        var distance = s0 > 0 && n0 != ParserState.NoWord ? Bucket(state.Next - s0) : 0;
        var s0vl = (ulong)Math.Min(state.LeftCount(s0), 6);
        var s0vr = (ulong)Math.Min(state.RightCount(s0), 6);
        var n0vl = (ulong)Math.Min(state.LeftCount(n0), 6);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        ulong T(int i) => Supertag(sentence, i);

        var f = 0;
        // Single words.
        features[f++] = FeatureHash.Of(0, s0w, s0p);
        features[f++] = FeatureHash.Of(1, s0w);
        features[f++] = FeatureHash.Of(2, s0p);
        // Word pairs.
        features[f++] = FeatureHash.Of(12, FeatureHash.Of(0, s0w, s0p), n0w, n0p);
        features[f++] = FeatureHash.Of(13, s0w, s0p, n0w);
        features[f++] = FeatureHash.Of(14, s0w, n0w, n0p);
        features[f++] = FeatureHash.Of(15, s0w, s0p, n0p);
        features[f++] = FeatureHash.Of(16, s0p, n0w, n0p);
        features[f++] = FeatureHash.Of(17, s0w, n0w);
        features[f++] = FeatureHash.Of(18, s0p, n0p);
        // Three words.
        features[f++] = FeatureHash.Of(21, s0p, n0p, n1p);
        features[f++] = FeatureHash.Of(22, P(s0h), s0p, n0p);
        features[f++] = FeatureHash.Of(23, s0p, P(s0l), n0p);
        features[f++] = FeatureHash.Of(24, s0p, P(s0r), n0p);
        features[f++] = FeatureHash.Of(25, s0p, n0p, P(n0l));
        // Distance.
        features[f++] = FeatureHash.Of(26, s0w, distance);
        features[f++] = FeatureHash.Of(27, s0p, distance);
        features[f++] = FeatureHash.Of(28, n0w, distance);
        features[f++] = FeatureHash.Of(29, n0p, distance);
        features[f++] = FeatureHash.Of(30, s0w, n0w, distance);
        features[f++] = FeatureHash.Of(31, s0p, n0p, distance);
        // Valency.
        features[f++] = FeatureHash.Of(32, s0w, s0vr);
        features[f++] = FeatureHash.Of(33, s0p, s0vr);
        features[f++] = FeatureHash.Of(34, s0w, s0vl);
        features[f++] = FeatureHash.Of(35, s0p, s0vl);
        features[f++] = FeatureHash.Of(36, n0w, n0vl);
        features[f++] = FeatureHash.Of(37, n0p, n0vl);
        // Unigrams of heads and children.
        features[f++] = FeatureHash.Of(38, W(s0h));
        features[f++] = FeatureHash.Of(39, P(s0h));
        features[f++] = FeatureHash.Of(40, L(s0));
        features[f++] = FeatureHash.Of(41, W(s0l));
        features[f++] = FeatureHash.Of(42, P(s0l));
        features[f++] = FeatureHash.Of(43, L(s0l));
        features[f++] = FeatureHash.Of(44, W(s0r));
        features[f++] = FeatureHash.Of(45, P(s0r));
        features[f++] = FeatureHash.Of(46, L(s0r));
        features[f++] = FeatureHash.Of(47, W(n0l));
        features[f++] = FeatureHash.Of(48, P(n0l));
        features[f++] = FeatureHash.Of(49, L(n0l));
        // Third order.
        features[f++] = FeatureHash.Of(50, W(s0h2));
        features[f++] = FeatureHash.Of(51, P(s0h2));
        features[f++] = FeatureHash.Of(52, L(s0h));
        features[f++] = FeatureHash.Of(53, W(s0l2));
        features[f++] = FeatureHash.Of(54, P(s0l2));
        features[f++] = FeatureHash.Of(55, L(s0l2));
        features[f++] = FeatureHash.Of(56, W(s0r2));
        features[f++] = FeatureHash.Of(57, P(s0r2));
        features[f++] = FeatureHash.Of(58, L(s0r2));
        features[f++] = FeatureHash.Of(59, W(n0l2));
        features[f++] = FeatureHash.Of(60, P(n0l2));
        features[f++] = FeatureHash.Of(61, L(n0l2));
        features[f++] = FeatureHash.Of(62, s0p, P(s0l), P(s0l2));
        features[f++] = FeatureHash.Of(63, s0p, P(s0r), P(s0r2));
        features[f++] = FeatureHash.Of(64, s0p, P(s0h), P(s0h2));
        features[f++] = FeatureHash.Of(65, n0p, P(n0l), P(n0l2));
        // Label sets.
        features[f++] = FeatureHash.Of(66, s0w, state.RightLabels(s0));
        features[f++] = FeatureHash.Of(67, s0p, state.RightLabels(s0));
        features[f++] = FeatureHash.Of(68, s0w, state.LeftLabels(s0));
        features[f++] = FeatureHash.Of(69, s0p, state.LeftLabels(s0));
        features[f++] = FeatureHash.Of(70, n0w, state.LeftLabels(n0));
        features[f++] = FeatureHash.Of(71, n0p, state.LeftLabels(n0));
        // The second word of the stack.
        features[f++] = FeatureHash.Of(72, W(s1));
        features[f++] = FeatureHash.Of(73, P(s1));
        features[f++] = FeatureHash.Of(74, P(s1), s0p, n0p);
        features[f++] = FeatureHash.Of(75, W(s1), s0p, n0p);
        features[f++] = FeatureHash.Of(76, P(s1), L(s1), s0p);
        // Supertags.
        features[f++] = FeatureHash.Of(100, T(s0));
        features[f++] = FeatureHash.Of(103, T(s0), T(n0));
        features[f++] = FeatureHash.Of(104, T(s0), n0p);
        features[f++] = FeatureHash.Of(105, s0p, T(n0));
        features[f++] = FeatureHash.Of(107, T(s1), T(s0), T(n0));
        features[f++] = FeatureHash.Of(108, T(s0), T(n0), distance);
        features[f++] = FeatureHash.Of(110, T(s0), s0w);
        features[f++] = FeatureHash.Of(112, T(s0h), T(s0));
        features[f++] = FeatureHash.Of(113, T(n0l), T(n0));
        features[f++] = FeatureHash.Of(114, T(s0r), T(n0));
        features[f++] = FeatureHash.Of(115, T(s0), T(n0), T(n1));
        features[f++] = FeatureHash.Of(116, L(s0), T(n0));
        return f;
    }

    // Distances 1-4 each their own; then 5-6, 7-9, 10 and more.
    private static ulong Bucket(int distance) => distance switch
    {
        <= 4 => (ulong)distance,
        <= 6 => 5,
        <= 9 => 6,
        _ => 7,
    };
}

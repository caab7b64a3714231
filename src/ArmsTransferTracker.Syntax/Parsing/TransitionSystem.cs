using System.Runtime.CompilerServices;
namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// The labelled arc-eager transitions, numbered for the classifier: shift, reduce, then a left arc and a right arc for
/// each dependency label. The root, at the end of the buffer, takes children only through left arcs labelled "root".
/// </summary>
internal sealed class TransitionSystem
{
    public const int Shift = 0;
    public const int Reduce = 1;
    public const string RootLabel = "root";

    public TransitionSystem(IReadOnlyList<string> labels)
    {
        Labels = labels;
        RootLabelIndex = labels.ToList().IndexOf(RootLabel);
        if (RootLabelIndex < 0) throw new ArgumentException("The labels must include 'root'.", nameof(labels));
        if (Count > 255) throw new ArgumentException("At most 126 labels: the model scores at most 255 transitions.", nameof(labels));
        for (var situation = 0; situation < legalBySituation.Length; situation++)
        {
            legalBySituation[situation] = new bool[Count];
            Allow((situation & RootNextBit) != 0, (situation & TopIsWordBit) != 0, (situation & TopHasHeadBit) != 0,
                legalBySituation[situation]);
        }
    }

    // Which transitions are legal depends on three facts only: one table a combination, so that a step copies none.
    private const int RootNextBit = 1;
    private const int TopIsWordBit = 2;
    private const int TopHasHeadBit = 4;
    private readonly bool[][] legalBySituation = new bool[8][];

    public IReadOnlyList<string> Labels { get; }

    public int RootLabelIndex { get; }

    public int Count => 2 + 2 * Labels.Count;

    public int LeftArc(int label) => 2 + label;

    public int RightArc(int label) => 2 + Labels.Count + label;

    public bool IsLeftArc(int transition) => transition >= 2 && transition < 2 + Labels.Count;

    public bool IsRightArc(int transition) => transition >= 2 + Labels.Count;

    public int LabelOf(int transition) => IsLeftArc(transition) ? transition - 2 : transition - 2 - Labels.Count;

    /// <summary>
    /// The one transition the configuration allows, or -1 when there is a choice: an empty stack can only shift, and once
    /// the root is next the stack empties itself. About a third of all steps need no scoring.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int OnlyLegal(ParserState state)
    {
        if (state.StackSize == 0) return Shift;
        if (!state.RootIsNext) return -1;
        return state.Head(state.Stack(0)) == ParserState.NoWord ? LeftArc(RootLabelIndex) : Reduce;
    }

    /// <summary>Marks the transitions the configuration allows.</summary>
    public void Legal(ParserState state, Span<bool> legal)
    {
        if (state.IsTerminal) legal.Clear();
        else Legal(state).CopyTo(legal);
    }

    /// <summary>The transitions a configuration that is not terminal allows, one flag a transition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<bool> Legal(ParserState state)
    {
        var top = state.Stack(0);
        var situation = (state.RootIsNext ? RootNextBit : 0) | (top > 0 ? TopIsWordBit : 0)
            | (top > 0 && state.Head(top) != ParserState.NoWord ? TopHasHeadBit : 0);
        return legalBySituation[situation];
    }

    private void Allow(bool rootNext, bool topIsWord, bool topHasHead, Span<bool> legal)
    {
        legal.Clear();
        legal[Shift] = !rootNext;
        legal[Reduce] = topIsWord && topHasHead;
        var canLeft = topIsWord && !topHasHead;
        for (var label = 0; label < Labels.Count; label++)
        {
            var isRoot = label == RootLabelIndex;
            legal[LeftArc(label)] = canLeft && isRoot == rootNext;
            legal[RightArc(label)] = topIsWord && !rootNext && !isRoot;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(ParserState state, int transition)
    {
        if (transition == Shift) state.Shift();
        else if (transition == Reduce) state.Reduce();
        else if (IsLeftArc(transition)) state.LeftArc(LabelOf(transition));
        else state.RightArc(LabelOf(transition));
    }
}

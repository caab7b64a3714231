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
    }

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Legal(ParserState state, Span<bool> legal)
    {
        legal.Clear();
        if (state.IsTerminal) return;
        var top = state.Stack(0);
        var rootNext = state.RootIsNext;
        legal[Shift] = !rootNext;
        legal[Reduce] = top > 0 && state.Head(top) != ParserState.NoWord;
        var canLeft = top > 0 && state.Head(top) == ParserState.NoWord;
        for (var label = 0; label < Labels.Count; label++)
        {
            var isRoot = label == RootLabelIndex;
            legal[LeftArc(label)] = canLeft && isRoot == rootNext;
            legal[RightArc(label)] = top > 0 && !rootNext && !isRoot;
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

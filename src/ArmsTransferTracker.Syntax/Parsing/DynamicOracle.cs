namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// The dynamic oracle of Goldberg and Nivre (2012) for arc-eager parsing: the cost of a transition is the number of
/// gold arcs it makes unreachable (a wrong label counts as a lost arc). Because arc-eager costs decompose over arcs,
/// the cost can be read off the configuration, so the parser can learn to continue well from its own mistakes.
/// </summary>
internal sealed class DynamicOracle(TransitionSystem system)
{
    /// <summary>The cost of each transition, for the legal ones.</summary>
    /// <param name="goldHeads">Gold heads at 1..n, 0 for the root.</param>
    public void Costs(ParserState state, int[] goldHeads, int[] goldLabels, ReadOnlySpan<bool> legal, Span<int> costs)
    {
        var s = state.Stack(0);
        var b = state.Next;
        var n = state.Length;
        // Positions in the order of the buffer: the root comes after the last word.
        int Position(int word) => word == 0 ? n + 1 : word;

        var dependentsOfSInBuffer = 0;
        if (s > 0)
        {
            for (var k = b; k <= n; k++)
            {
                if (goldHeads[k] == s) dependentsOfSInBuffer++;
            }
        }
        var headlessDependentsOfBOnStack = 0;
        var headOfBOnStack = false;
        if (b <= n)
        {
            for (var depth = 0; depth < state.StackSize; depth++)
            {
                var k = state.Stack(depth);
                if (goldHeads[k] == b && state.Head(k) == ParserState.NoWord) headlessDependentsOfBOnStack++;
                if (goldHeads[b] == k) headOfBOnStack = true;
            }
        }

        for (var t = 0; t < costs.Length; t++)
        {
            if (!legal[t]) { costs[t] = int.MaxValue; continue; }
            if (t == TransitionSystem.Shift)
            {
                costs[t] = headlessDependentsOfBOnStack + (headOfBOnStack ? 1 : 0);
            }
            else if (t == TransitionSystem.Reduce)
            {
                costs[t] = dependentsOfSInBuffer;
            }
            else if (system.IsLeftArc(t))
            {
                // s takes the front of the buffer as head and leaves: its dependents in the buffer, and a head further on, are lost.
                var headOfS = Position(goldHeads[s]);
                var cost = dependentsOfSInBuffer + (headOfS > b ? 1 : 0);
                if (headOfS == b && goldLabels[s] != system.LabelOf(t)) cost++;
                costs[t] = cost;
            }
            else
            {
                // b takes s as head and stays on the stack: another head for b, and b's dependents on the stack, are lost.
                var headOfB = goldHeads[b];
                var cost = headlessDependentsOfBOnStack;
                if (headOfB != s && (Position(headOfB) > b || headOfBOnStack)) cost++;
                if (headOfB == s && goldLabels[b] != system.LabelOf(t)) cost++;
                costs[t] = cost;
            }
        }
    }
}

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Customs data compiled by the centre show ...": a verb has one subject, and a common noun right before its common noun
/// subject, taken for a second subject of the verb, is a compound of that noun ("customs data"); so is a name ("South
/// African firms exported", "African" tagged a name). The treebank never has two subjects of one verb side by side. A name
/// before a name is left alone: the two may be a name and its apposition, as the treebank writes some.
/// </summary>
internal static class CompoundsTakenForSubjects
{
    /// <summary>Re-hangs each such noun from the noun after it (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var first = 1; first < heads.Length; first++)
        {
            var second = first + 1;
            if (relations[first - 1] != "nsubj" || relations[second - 1] != "nsubj" || heads[first - 1] != heads[second - 1]
                || upos[first - 1] is not ("NOUN" or "PROPN") || upos[second - 1] != "NOUN") continue;
            (heads[first - 1], relations[first - 1]) = (second, "compound");
        }
    }
}

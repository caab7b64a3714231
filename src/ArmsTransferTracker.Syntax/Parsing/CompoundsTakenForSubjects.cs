namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Customs data compiled by the centre show ...": a verb has one subject, and a common noun right before its common noun
/// subject, taken for a second subject of the verb, is a compound of that noun ("customs data"); so is a name ("South
/// African firms exported", "African" tagged a name). The treebank never has two subjects of one verb side by side. A name
/// before a name is left alone: the two may be a name and its apposition, as the treebank writes some. A common noun before
/// a name, both subjects, describes the name: "ammunition maker Nordhavn Munitions said".
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
        for (var noun = 1; noun < heads.Length; noun++)
        {
            if (relations[noun - 1] != "nsubj" || upos[noun - 1] != "NOUN") continue;
            // The name's own words lead up to its head: "Nordhavn" hangs from "Munitions".
            var name = noun + 1;
            while (name < heads.Length && upos[name - 1] == "PROPN" && heads[name - 1] > name
                && relations[name - 1] is "compound" or "flat") name++;
            if (upos[name - 1] != "PROPN" || relations[name - 1] != "nsubj" || heads[name - 1] != heads[noun - 1]) continue;
            if (!Enumerable.Range(noun + 1, name - noun - 1).All(w => heads[w - 1] == name)) continue;
            (heads[noun - 1], relations[noun - 1]) = (name, "compound");
        }
    }
}

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Rejected reports of arms transfers to Russia": a greedy parser that has taken "of arms" as a phrase of its own hangs the
/// noun after it elsewhere, as if "transfers to Russia" were a second phrase. News writes such compounds of a plural noun
/// ("arms shipments", "weapons deliveries") after "of" far more often than the treebank does. A noun with no modifier of
/// its own, right after the noun of a prepositional phrase and hung not from it but from a word before it, is the head of
/// that phrase, and the noun before it its compound.
/// </summary>
internal static class CompoundsSplitAfterAPreposition
{
    private static readonly HashSet<string> LeftModifiers = ["case", "det", "amod", "compound", "nummod", "nmod:poss"];

    /// <summary>Makes each such noun the head of the phrase (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var first = 1; first < heads.Length; first++)
        {
            var second = first + 1;
            if (upos[first - 1] != "NOUN" || upos[second - 1] != "NOUN") continue;
            if (heads[second - 1] == first || heads[second - 1] >= first || heads[second - 1] == 0) continue;
            if (relations[second - 1] is not ("obl" or "nmod" or "obj")) continue;
            if (!TreeArrays.HasDependent(heads, relations, first, "case") || HasLeftDependent(heads, second)) continue;
            heads[second - 1] = heads[first - 1];
            relations[second - 1] = relations[first - 1];
            heads[first - 1] = second;
            relations[first - 1] = "compound";
            // "of the arms": the preposition and what comes before the first noun now open the whole phrase.
            for (var i = 0; i < first - 1; i++)
            {
                if (heads[i] == first && LeftModifiers.Contains(relations[i])) heads[i] = second;
            }
        }
    }

    private static bool HasLeftDependent(int[] heads, int word)
    {
        for (var i = 0; i < word - 1; i++)
        {
            if (heads[i] == word) return true;
        }
        return false;
    }
}

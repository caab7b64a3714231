namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "resupplied with North Korean-made guns": a greedy parser may take the word before the hyphen for the head of the
/// phrase, hang it where the noun belongs ("with ... Korean"), and leave the noun that "made" modifies hanging as a
/// conjunct. In "X-made guns" the participle modifies the noun and X is the participle's own: the noun takes X's place.
/// </summary>
internal static class HyphenedModifiersTakenForHeads
{
    // Where a phrase can hang that the word before the hyphen took from the noun.
    private static readonly HashSet<string> PhrasePlaces = ["obl", "obj", "nmod", "nsubj", "nsubj:pass", "iobj"];

    // Where the parser leaves the noun once the word before the hyphen took its place.
    private static readonly HashSet<string> LeftOver = ["conj", "dep", "parataxis", "appos"];

    /// <summary>Re-hangs each such phrase from its noun (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var hyphen = 2; hyphen < heads.Length; hyphen++)
        {
            if (forms[hyphen - 1] != "-") continue;
            var before = hyphen - 1;
            var participle = hyphen + 1;
            if (upos[participle - 1] != "VERB" || relations[participle - 1] != "amod") continue;
            var noun = heads[participle - 1];
            if (noun <= participle || !PhrasePlaces.Contains(relations[before - 1]) || !LeftOver.Contains(relations[noun - 1])) continue;
            if (heads[before - 1] == noun || heads[before - 1] == participle) continue;
            (heads[noun - 1], relations[noun - 1]) = (heads[before - 1], relations[before - 1]);
            (heads[before - 1], relations[before - 1]) = (participle, "compound");
            // The preposition and the article that opened the phrase open the noun's.
            for (var word = 1; word < before; word++)
            {
                if (heads[word - 1] == before && relations[word - 1] is "case" or "det") heads[word - 1] = noun;
            }
        }
    }
}

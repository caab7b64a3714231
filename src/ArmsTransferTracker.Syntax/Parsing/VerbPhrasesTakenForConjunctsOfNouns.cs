namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Morocco has turned to the United States, Israel and Turkey, and has taken delivery of drones": after a list, a greedy
/// parser may hang the next verb phrase as one more item of it. A verb with an auxiliary of its own and no subject
/// ("and has taken") is a second predicate of the clause whose list it follows, not a conjunct of a noun: it joins the
/// verb that governs the list, and shares its subject.
/// </summary>
internal static class VerbPhrasesTakenForConjunctsOfNouns
{
    /// <summary>Re-hangs each such verb from the verb above its noun (heads are 1-based, 0 for the root; universal tags).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var verb = 1; verb <= heads.Length; verb++)
        {
            if (relations[verb - 1] != "conj" || upos[verb - 1] != "VERB") continue;
            var noun = heads[verb - 1];
            if (noun == 0 || upos[noun - 1] is not ("NOUN" or "PROPN")) continue;
            if (!TreeArrays.HasDependent(heads, relations, verb, "aux")
                || TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject) != 0) continue;
            var governor = TreeArrays.VerbAbove(upos, heads, noun);
            if (governor == 0 || governor > verb) continue;
            heads[verb - 1] = governor;
        }
    }
}

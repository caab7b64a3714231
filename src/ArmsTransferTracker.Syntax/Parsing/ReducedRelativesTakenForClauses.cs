namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Data compiled by the institute show that ...": a greedy parser may read the participle as a passive clause of its own
/// ("data [were] compiled") and make that clause the subject of the verb after it. A participle that is a verb's subject,
/// with a passive subject before it and no auxiliary of its own, describes that noun, and the noun is the subject.
/// </summary>
internal static class ReducedRelativesTakenForClauses
{
    /// <summary>Re-hangs each such noun from the verb and the participle from the noun (heads are 1-based, 0 for the root).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var participle = 2; participle <= heads.Length; participle++)
        {
            if (upos[participle - 1] != "VERB" || relations[participle - 1] is not ("nsubj" or "nsubj:pass")) continue;
            var verb = heads[participle - 1];
            if (verb <= participle || upos[verb - 1] != "VERB") continue;
            var noun = 0;
            var hasAuxiliary = false;
            for (var i = 0; i < heads.Length; i++)
            {
                if (heads[i] != participle) continue;
                if (relations[i] == "nsubj:pass" && i + 1 < participle && upos[i] is "NOUN" or "PROPN") noun = i + 1;
                hasAuxiliary |= relations[i] is "aux" or "aux:pass" or "cop";
            }
            if (noun == 0 || hasAuxiliary) continue;
            heads[noun - 1] = verb;
            relations[noun - 1] = relations[participle - 1];
            heads[participle - 1] = noun;
            relations[participle - 1] = "acl";
        }
    }
}

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "He accused the Emirates of sending drones to the RSF, and said ...", "stops short of saying how": a clause marked "of"
/// modifies the word before it (the verb of a charge whose object it follows, an adjective), never a verb after it, yet a
/// greedy parser that has not yet built the clause's head may hang it from the verb that comes later. Such a verb is
/// re-hung as an adverbial clause of the nearest verb or adjective that governs the word before its "of".
/// </summary>
internal static class ChargesTakenForwardFromTheirVerb
{
    /// <summary>Re-hangs each such clause (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var of = 2; of < heads.Length; of++)
        {
            var verb = heads[of - 1];
            if (!forms[of - 1].Equals("of", StringComparison.OrdinalIgnoreCase) || relations[of - 1] != "mark" || verb <= of
                || upos[verb - 1] != "VERB" || heads[verb - 1] <= verb) continue;
            var governor = GovernorBefore(upos, heads, of);
            if (governor == 0 || TreeArrays.IsUnder(heads, governor, verb)) continue;
            (heads[verb - 1], relations[verb - 1]) = (governor, "advcl");
        }
    }

    // The first verb or adjective up the heads of the word before "of" that stands before it.
    private static int GovernorBefore(IReadOnlyList<string> upos, int[] heads, int of)
    {
        for (var word = of - 1; word != 0 && word < of; word = heads[word - 1])
        {
            if (upos[word - 1] is "VERB" or "ADJ") return word;
        }
        return 0;
    }
}

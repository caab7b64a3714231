namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "No evidence that rounds sold to Azerbaijan had been passed on", "said the howitzers ordered from France had arrived":
/// a greedy parser may read the participle as the verb of what is said, with the noun before it for subject, and leave
/// the verb after it, which opens with its auxiliaries, without a subject. A participle with no auxiliary or marker of
/// its own whose phrase runs right up to another verb's auxiliaries describes the noun, and the noun is that verb's
/// subject.
/// </summary>
internal static class ReducedRelativesTakenForVerbs
{
    /// <summary>Re-hangs each such clause (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var participle = 2; participle < heads.Length; participle++)
        {
            if (upos[participle - 1] != "VERB"
                || TreeArrays.HasDependent(heads, relations, participle, "aux", "aux:pass", "cop", "nsubj:pass")) continue;
            var noun = TreeArrays.Dependent(heads, relations, participle, r => r == "nsubj", 1, participle - 1);
            if (noun == 0 || upos[noun - 1] is not ("NOUN" or "PROPN")) continue;
            var verb = VerbAfterItsAuxiliaries(upos, heads, relations, LastOfPhrase(heads, participle) + 1);
            if (verb == 0 || TreeArrays.HasDependent(heads, relations, verb, "nsubj", "nsubj:pass", "csubj", "mark", "expl")) continue;
            var passive = TreeArrays.HasDependent(heads, relations, verb, "aux:pass");
            // What opened the clause ("that") opens it still, now on its verb.
            for (var word = 1; word < noun; word++)
            {
                if (heads[word - 1] != participle) continue;
                heads[word - 1] = verb;
                if (upos[word - 1] == "SCONJ") relations[word - 1] = "mark";
            }
            (heads[verb - 1], relations[verb - 1]) = (heads[participle - 1], relations[participle - 1]);
            (heads[noun - 1], relations[noun - 1]) = (verb, passive ? "nsubj:pass" : "nsubj");
            (heads[participle - 1], relations[participle - 1]) = (noun, "acl");
        }
    }

    // The last word of the participle's phrase, which follows it.
    private static int LastOfPhrase(int[] heads, int participle)
    {
        var last = participle;
        for (var word = participle + 1; word <= heads.Length && TreeArrays.IsUnder(heads, word, participle); word++) last = word;
        return last;
    }

    // The verb whose auxiliaries begin at a word ("had been passed", "were sent"), or 0; a quotation that opens on the
    // auxiliaries ('rifles seized in the north "were provided by ..."') begins with its mark, which hangs from the verb too.
    private static int VerbAfterItsAuxiliaries(IReadOnlyList<string> upos, int[] heads, string[] relations, int first)
    {
        var auxiliaries = first;
        while (auxiliaries <= heads.Length && upos[auxiliaries - 1] == "PUNCT") auxiliaries++;
        var word = auxiliaries;
        while (word <= heads.Length && upos[word - 1] == "AUX" && relations[word - 1] is "aux" or "aux:pass") word++;
        return word > auxiliaries && word <= heads.Length && upos[word - 1] == "VERB" && Enumerable.Range(first, word - first)
            .All(aux => heads[aux - 1] == word) ? word : 0;
    }
}

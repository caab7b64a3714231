namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "sanctions on companies that it said had supplied Russia with engines", "rifles which officials say were sent to
/// Sudan": a relative clause whose verb is reached through a verb of saying. A greedy parser reads the pronoun as the
/// conjunction of what is said and hangs the verb of saying from the sentence's verb, leaving the inner verb without a
/// subject. A "that", "which" or "who" right after a noun, followed by a subject and its verb, whose complement verb
/// has only auxiliaries or adverbs before it and no subject, is the inner verb's subject, and the verb of saying is a
/// relative clause of the noun.
/// </summary>
internal static class RelativesTakenForComplements
{
    /// <summary>Re-hangs the pronoun and the verb of saying (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var pronoun = 2; pronoun < heads.Length; pronoun++)
        {
            var noun = pronoun - 1;
            var saying = heads[pronoun - 1];
            if (!TreeArrays.RelativePronouns.Contains(forms[pronoun - 1]) || upos[noun - 1] is not ("NOUN" or "PROPN")
                || relations[pronoun - 1] is not ("mark" or "obj") || saying <= pronoun + 1 || upos[saying - 1] != "VERB"
                || TreeArrays.Dependent(heads, relations, saying, TreeArrays.IsSubject, pronoun + 1, saying - 1) == 0
                || TreeArrays.IsUnder(heads, noun, saying)) continue;
            var said = InnerVerb(upos, heads, relations, saying);
            if (said == 0) continue;
            var passive = TreeArrays.HasDependent(heads, relations, said, "aux:pass");
            (heads[pronoun - 1], relations[pronoun - 1]) = (said, passive ? "nsubj:pass" : "nsubj");
            (heads[saying - 1], relations[saying - 1]) = (noun, "acl:relcl");
            return;
        }
    }

    // The verb of what is said, with only auxiliaries and adverbs between it and the verb of saying, and no subject.
    private static int InnerVerb(IReadOnlyList<string> upos, int[] heads, string[] relations, int saying)
    {
        var said = saying + 1;
        while (said <= heads.Length && upos[said - 1] is "AUX" or "ADV" or "PART") said++;
        if (said > heads.Length || said == saying + 1 || upos[said - 1] != "VERB" || heads[said - 1] != saying
            || relations[said - 1] != "ccomp") return 0;
        return TreeArrays.Dependent(heads, relations, said, r => TreeArrays.IsSubject(r) || r == "csubj") == 0 ? said : 0;
    }
}

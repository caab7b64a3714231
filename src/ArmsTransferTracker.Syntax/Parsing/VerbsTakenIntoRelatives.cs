namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "The RSF, which has fought the army since April, has accused Egypt of ...": a greedy parser that is still inside the
/// relative clause when it meets the sentence's verb hangs that verb from the clause, and leaves the sentence a noun with
/// no verb. News sets such clauses off between a subject and its verb far more often than the treebank does. A verb with no
/// subject of its own that follows the comma closing a relative clause of the root noun is the sentence's verb, and the
/// noun its subject.
/// </summary>
internal static class VerbsTakenIntoRelatives
{
    /// <summary>Re-hangs the sentence from such a verb (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        var noun = Array.IndexOf(heads, 0) + 1;
        if (noun == 0 || upos[noun - 1] is not ("NOUN" or "PROPN")
            || TreeArrays.HasDependent(heads, relations, noun, "nsubj", "cop")) return;
        var relative = RelativeClause(forms, heads, relations, noun);
        if (relative == 0) return;
        var verb = VerbAfterTheClause(upos, forms, heads, relations, relative);
        if (verb == 0) return;
        // "which has fought the army since April, has accused": what the parser hung from the verb before the comma belongs to
        // the clause ("since April" read as a clause with "April" its subject).
        var clauseEnd = ClosingComma(forms, verb);
        var phrase = TreeArrays.Dependent(heads, relations, verb, r => r == "nsubj", relative + 1, clauseEnd - 1);
        for (var i = relative + 1; i < clauseEnd; i++)
        {
            if (heads[i - 1] != verb) continue;
            (heads[i - 1], relations[i - 1]) = relations[i - 1] switch
            {
                "nsubj" => (relative, "obl"),
                "mark" when phrase > i => (phrase, "case"),
                var other => (relative, other),
            };
        }
        (heads[verb - 1], relations[verb - 1]) = (0, "root");
        var passive = TreeArrays.HasDependent(heads, relations, verb, "aux:pass");
        (heads[noun - 1], relations[noun - 1]) = (verb, passive ? "nsubj:pass" : "nsubj");
        for (var i = verb + 1; i <= heads.Length; i++)
        {
            if (heads[i - 1] == noun) heads[i - 1] = verb;
        }
    }

    // The noun's relative clause set off by a comma: ", which ...", ", who ...".
    private static int RelativeClause(IReadOnlyList<string> forms, int[] heads, string[] relations, int noun)
    {
        for (var clause = noun + 1; clause <= heads.Length; clause++)
        {
            if (heads[clause - 1] != noun || relations[clause - 1] != "acl:relcl") continue;
            var pronoun = noun + 1;
            while (pronoun < clause && forms[pronoun - 1] != ",") pronoun++;
            return pronoun + 1 < clause && TreeArrays.RelativePronouns.Contains(forms[pronoun]) ? clause : 0;
        }
        return 0;
    }

    // The first verb after a comma past the clause's verb, with only auxiliaries, adverbs and "not" between, hung from a word
    // of the clause and with no subject of its own ("which answers to the government, based in Aden," passes a participle).
    private static int VerbAfterTheClause(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations,
        int clause)
    {
        for (var comma = clause + 1; comma < forms.Count; comma++)
        {
            if (forms[comma - 1] != ",") continue;
            var verb = comma + 1;
            while (verb <= forms.Count && upos[verb - 1] is "AUX" or "ADV" or "PART") verb++;
            if (verb > forms.Count || upos[verb - 1] != "VERB") continue;
            var hungInTheClause = TreeArrays.IsUnder(heads, verb, clause)
                && relations[verb - 1] is "conj" or "advcl" or "parataxis" or "ccomp";
            if (hungInTheClause && TreeArrays.Dependent(heads, relations, verb, r => r is "nsubj" or "nsubj:pass", comma + 1) == 0)
            {
                return verb;
            }
        }
        return 0;
    }

    private static int ClosingComma(IReadOnlyList<string> forms, int verb)
    {
        var comma = verb - 1;
        while (comma > 1 && forms[comma - 1] != ",") comma--;
        return comma;
    }
}

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Turkey, whose deputy minister sat in on the talks, has supplied Azerbaijan with drones" and "Serbia, which sells shells to
/// many buyers, shipped rounds to Ukraine, the paper said": a greedy parser that reads the relative clause as the sentence's
/// first clause hangs the noun before it as the clause's subject (or as the subject of the verb of speech the clause hangs
/// from) and hangs the verb after the clause from the clause, with no subject. The verb after the comma that closes a
/// relative clause set off after a subject takes the clause's place, the noun is its subject, and the clause describes the
/// noun. <see cref="VerbsTakenIntoRelatives"/> mends the same reading where the noun was left the root.
/// </summary>
internal static class SubjectsTakenIntoTheirRelative
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "whose", "which", "who" };

    /// <summary>Re-hangs the noun from the verb after its clause (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var noun = 1; noun + 2 <= heads.Length; noun++)
        {
            if (upos[noun - 1] is not ("NOUN" or "PROPN") || !IsSetOffSubject(relations[noun - 1])) continue;
            var pronoun = PhraseEnd(upos, heads, noun) + 2;
            if (pronoun > heads.Length || forms[pronoun - 2] != "," || !Pronouns.Contains(forms[pronoun - 1])) continue;
            var verb = VerbAfterTheClause(upos, forms, pronoun);
            if (verb == 0 || TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject) != 0) continue;
            var clause = ClauseTop(heads, pronoun, verb);
            if (clause == 0 || TreeArrays.Dependent(heads, relations, clause, TreeArrays.IsSubject, pronoun) == 0) continue;
            var subjectOf = heads[noun - 1];
            var clauseHead = heads[clause - 1];
            if (clauseHead == verb && subjectOf == clause)
            {
                (heads[noun - 1], relations[noun - 1]) = (verb, Subject(heads, relations, verb));
                (heads[clause - 1], relations[clause - 1]) = (noun, "acl:relcl");
            }
            else if (heads[verb - 1] == clause && relations[verb - 1] is "conj" or "advcl" or "parataxis" or "ccomp"
                && (subjectOf == clause || (subjectOf == clauseHead && subjectOf > verb && TreeArrays.IsSubject(relations[noun - 1]))))
            {
                (heads[verb - 1], relations[verb - 1]) = (clauseHead, relations[clause - 1]);
                (heads[noun - 1], relations[noun - 1]) = (verb, Subject(heads, relations, verb));
                (heads[clause - 1], relations[clause - 1]) = (noun, "acl:relcl");
                for (var i = verb + 1; i <= heads.Length; i++)
                {
                    if (heads[i - 1] == clause) heads[i - 1] = verb;
                }
            }
        }
    }

    // "Estonia, whose chief ...": the parser may hang the noun from the clause as a subject, or as a word called out before it.
    private static bool IsSetOffSubject(string relation) => TreeArrays.IsSubject(relation) || relation is "vocative" or "dislocated";

    private static string Subject(int[] heads, string[] relations, int verb) =>
        TreeArrays.HasDependent(heads, relations, verb, "aux:pass") ? "nsubj:pass" : "nsubj";

    // The last word of a word's phrase: the word itself or its last dependent but a mark of punctuation, however deep.
    private static int PhraseEnd(IReadOnlyList<string> upos, int[] heads, int word)
    {
        var end = word;
        for (var i = word + 1; i <= heads.Length; i++)
        {
            if (upos[i - 1] != "PUNCT" && TreeArrays.IsUnder(heads, i, word)) end = i;
        }
        return end;
    }

    // The head of the relative clause: the pronoun's highest head before the verb after the clause, or 0.
    private static int ClauseTop(int[] heads, int pronoun, int verb)
    {
        var top = 0;
        for (var word = heads[pronoun - 1]; word > pronoun && word < verb; word = heads[word - 1]) top = word;
        return top;
    }

    // The first verb after a comma past the pronoun, with only auxiliaries, adverbs and "not" between, or 0.
    private static int VerbAfterTheClause(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int pronoun)
    {
        for (var comma = pronoun + 1; comma < forms.Count; comma++)
        {
            if (forms[comma - 1] != ",") continue;
            var verb = comma + 1;
            while (verb <= forms.Count && upos[verb - 1] is "AUX" or "ADV" or "PART") verb++;
            if (verb <= forms.Count && upos[verb - 1] == "VERB") return verb;
        }
        return 0;
    }
}

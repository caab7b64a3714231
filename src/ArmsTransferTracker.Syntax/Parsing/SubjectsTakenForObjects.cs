namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Officials say trucks from Minsk carried shells to Russia": a greedy parser that reads "say trucks" takes
/// the noun phrase as the verb's object before it sees the clause it is the subject of, then hangs that clause, with no
/// subject of its own, from the same verb. News writes this unmarked complement with a long subject far more often than
/// the treebank does. A verb's object (or a noun phrase hung as a complement) followed by the verb's subjectless clausal
/// complement is that complement's subject.
/// </summary>
internal static class SubjectsTakenForObjects
{
    /// <summary>Re-hangs each such object from its clause (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var verb = 1; verb <= heads.Length; verb++)
        {
            if (upos[verb - 1] != "VERB") continue;
            var objectWord = Dependent(heads, relations, verb, "obj", after: 0);
            // "says at least 20 drones ... were flown": the noun phrase may also be hung as a complement of its own.
            if (objectWord == 0) objectWord = NominalComplement(upos, heads, relations, verb);
            if (objectWord == 0) continue;
            var clause = Dependent(heads, relations, verb, "ccomp", after: objectWord);
            if (clause == 0 || HasSubjectOrMark(heads, relations, clause)) continue;
            if (upos[clause - 1] is not ("VERB" or "AUX") && Dependent(heads, relations, clause, "cop", after: 0) == 0) continue;
            heads[objectWord - 1] = clause;
            relations[objectWord - 1] = Dependent(heads, relations, clause, "aux:pass", after: 0) != 0 ? "nsubj:pass" : "nsubj";
        }
    }

    // A noun, name or pronoun hung from the verb as a clausal complement, with no copula to make it a clause.
    private static int NominalComplement(IReadOnlyList<string> upos, int[] heads, string[] relations, int verb)
    {
        var complement = Dependent(heads, relations, verb, "ccomp", after: 0);
        return complement != 0 && upos[complement - 1] is "NOUN" or "PROPN" or "PRON"
            && Dependent(heads, relations, complement, "cop", after: 0) == 0 ? complement : 0;
    }

    // The first dependent of a word with the relation, after a position (0 for any).
    private static int Dependent(int[] heads, string[] relations, int head, string relation, int after) =>
        TreeArrays.Dependent(heads, relations, head, r => r == relation, after + 1);

    private static bool HasSubjectOrMark(int[] heads, string[] relations, int clause)
    {
        for (var i = 0; i < heads.Length; i++)
        {
            if (heads[i] == clause && (relations[i].StartsWith("nsubj", StringComparison.Ordinal)
                || relations[i].StartsWith("csubj", StringComparison.Ordinal) || relations[i] is "expl" or "mark")) return true;
        }
        return false;
    }
}

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
            // "monitors say cargo flights from Dubai carried rifles": the clause may be hung as a conjunct, one joined by
            // neither a conjunction nor a comma, which no conjunct is.
            if (clause == 0) clause = UnjoinedConjunct(upos, heads, relations, verb, objectWord);
            if (clause == 0 || HasSubjectOrMark(heads, relations, clause)) continue;
            if (upos[clause - 1] is not ("VERB" or "AUX") && Dependent(heads, relations, clause, "cop", after: 0) == 0) continue;
            relations[clause - 1] = "ccomp";
            heads[objectWord - 1] = clause;
            relations[objectWord - 1] = Dependent(heads, relations, clause, "aux:pass", after: 0) != 0 ? "nsubj:pass" : "nsubj";
        }
    }

    // A verb that follows the object's phrase at once, its own words aside: "shipped engines to a maker" hangs the "to"
    // phrase from the verb, and a noun mistagged as a verb after it ("maker") is no clause of the object; nor is "sent
    // missiles is false", a copula's adjective after a parse gone wrong before it.
    private static int UnjoinedConjunct(IReadOnlyList<string> upos, int[] heads, string[] relations, int verb, int objectWord)
    {
        var conjunct = Dependent(heads, relations, verb, "conj", after: objectWord);
        if (conjunct == 0 || upos[conjunct - 1] != "VERB"
            || TreeArrays.Dependent(heads, relations, conjunct, r => r is "cc" or "punct", last: conjunct) != 0)
        {
            return 0;
        }
        for (var word = objectWord + 1; word < conjunct; word++)
        {
            if (!TreeArrays.IsUnder(heads, word, objectWord) && !TreeArrays.IsUnder(heads, word, conjunct)) return 0;
        }
        return conjunct;
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

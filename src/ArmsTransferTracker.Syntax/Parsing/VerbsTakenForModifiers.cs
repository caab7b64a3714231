namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "The ministry confirmed receipt of the drones": a greedy parser that reads "confirmed receipt" as a noun phrase, the
/// way "confirmed cases" is one, leaves the sentence a noun with a subject and no copula, which no English clause is. A
/// verb hung as the modifier of such a root noun is the clause's verb, and the noun its object.
/// </summary>
internal static class VerbsTakenForModifiers
{
    // What a noun cannot govern but a verb does; the noun's own modifiers ("receipt of the drones") stay with it.
    private static readonly HashSet<string> ClauseRelations =
    [
        "nsubj", "nsubj:pass", "aux", "aux:pass", "advcl", "parataxis", "punct", "obl", "obl:tmod", "obl:unmarked", "ccomp",
        "xcomp", "mark", "advmod",
    ];

    /// <summary>Re-hangs each such clause from its verb (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        var noun = Array.IndexOf(heads, 0) + 1;
        if (noun == 0 || upos[noun - 1] != "NOUN" || TreeArrays.HasDependent(heads, relations, noun, "cop")) return;
        var verb = 0;
        for (var i = 1; i < noun; i++)
        {
            if (heads[i - 1] == noun && relations[i - 1] == "amod" && upos[i - 1] == "VERB") verb = i;
        }
        if (verb == 0 || TreeArrays.Dependent(heads, relations, noun, TreeArrays.IsSubject, last: verb - 1) == 0) return;
        for (var i = 1; i <= heads.Length; i++)
        {
            var movesToTheVerb = ClauseRelations.Contains(relations[i - 1]) || (relations[i - 1] == "conj" && upos[i - 1] == "VERB");
            if (heads[i - 1] == noun && i != verb && movesToTheVerb) heads[i - 1] = verb;
        }
        (heads[verb - 1], relations[verb - 1]) = (0, "root");
        (heads[noun - 1], relations[noun - 1]) = (verb, "obj");
    }
}

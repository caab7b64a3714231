namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "North Korea's defence minister called the reports groundless": a greedy parser that reads "minister called" as a noun
/// with a reduced relative ("the minister [who was] called") leaves a sentence without a verb. A reduced relative's
/// participle is passive and takes no object: a verb with an object or an infinitive of its own ("declined to comment")
/// and no agent ("by ..."), hung as the modifier of the root noun just before it (adverbs aside), is the clause's verb,
/// and the noun its subject. Participles in "-ing" ("soldiers carrying rifles", a caption) do take objects, and stay.
/// </summary>
internal static class ActiveVerbsTakenForModifiers
{
    // What a noun cannot govern but a verb does; the noun's own modifiers stay with it.
    private static readonly HashSet<string> ClauseRelations =
        ["aux", "aux:pass", "advcl", "parataxis", "obl", "obl:tmod", "obl:unmarked", "ccomp", "xcomp", "mark"];

    /// <summary>Re-hangs such a clause from its verb (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        var noun = Array.IndexOf(heads, 0) + 1;
        if (noun == 0 || upos[noun - 1] is not ("NOUN" or "PROPN") || TreeArrays.HasDependent(heads, relations, noun, "cop")) return;
        var verb = TreeArrays.Dependent(heads, relations, noun, r => r == "acl", first: noun + 1);
        if (verb == 0 || upos[verb - 1] != "VERB" || forms[verb - 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !(TreeArrays.HasDependent(heads, relations, verb, "obj") || TakesAnInfinitive(forms, heads, relations, verb))
            || TreeArrays.HasDependent(heads, relations, verb, "obl:agent")
            || TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject) != 0)
        {
            return;
        }
        for (var between = noun + 1; between < verb; between++)
        {
            if (upos[between - 1] != "ADV") return;
        }
        for (var i = 1; i <= heads.Length; i++)
        {
            var movesToTheVerb = ClauseRelations.Contains(relations[i - 1]) || (relations[i - 1] == "punct" && i > verb)
                || (relations[i - 1] == "conj" && upos[i - 1] == "VERB");
            if (heads[i - 1] == noun && movesToTheVerb) heads[i - 1] = verb;
        }
        (heads[verb - 1], relations[verb - 1]) = (0, "root");
        (heads[noun - 1], relations[noun - 1]) = (verb, "nsubj");
    }

    // "declined to comment", "agreed to supply": a verb with an infinitive of its own after "to".
    private static bool TakesAnInfinitive(IReadOnlyList<string> forms, int[] heads, string[] relations, int verb)
    {
        var infinitive = TreeArrays.Dependent(heads, relations, verb, r => r == "xcomp", first: verb + 1);
        return infinitive > 0 && TreeArrays.Dependent(heads, relations, infinitive, r => r == "mark") is var to && to > 0
            && forms[to - 1].Equals("to", StringComparison.OrdinalIgnoreCase);
    }
}

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "The army spokesman rejected reports that ...", "Mali's state broadcaster aired footage of ...": a greedy parser that
/// reads the verb after a subject as an adjective of the noun after it ("rejected reports", the way "confirmed cases" is
/// one) leaves a noun as the sentence's root, holding the object it no longer has a verb for. A verb (not in "-ing") right
/// after a root noun with no copula, hung as the modifier of a noun the root holds, is the clause's verb: the root noun its
/// subject, the noun it modified its object.
/// </summary>
internal static class VerbsTakenForModifiersOfTheirObject
{
    // What a noun cannot govern but a verb does, when it follows the verb.
    private static readonly HashSet<string> ClauseRelations =
        ["advcl", "parataxis", "obl", "obl:tmod", "obl:unmarked", "ccomp", "xcomp", "punct", "conj", "cc"];

    /// <summary>Re-hangs the clause from its verb (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        var subject = Array.IndexOf(heads, 0) + 1;
        var verb = subject + 1;
        if (subject == 0 || verb > heads.Length || upos[subject - 1] is not ("NOUN" or "PROPN") || upos[verb - 1] != "VERB"
            || relations[verb - 1] != "amod" || forms[verb - 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || TreeArrays.HasDependent(heads, relations, subject, "cop")) return;
        var noun = heads[verb - 1];
        if (noun <= verb || heads[noun - 1] != subject) return;
        for (var i = verb + 1; i <= heads.Length; i++)
        {
            if (heads[i - 1] == subject && i != noun && ClauseRelations.Contains(relations[i - 1])) heads[i - 1] = verb;
        }
        (heads[verb - 1], relations[verb - 1]) = (0, "root");
        (heads[subject - 1], relations[subject - 1]) = (verb, "nsubj");
        (heads[noun - 1], relations[noun - 1]) = (verb, "obj");
    }
}

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "The ministry stood by its report.", "The port authority declined to comment.": a parser that reads the sentence as a
/// headline makes the noun its root and the verb a participle describing it, and the sentence has no subject at all. A
/// sentence that ends with a full stop, has no subject, and whose every verb is in the phrase of one such participle right
/// after its noun is a clause: the participle is its verb and the noun its subject. Not a participle with an agent ("imagery
/// reviewed by the group") nor one in "-ing" ("a ship carrying rifles"), which do describe the noun.
/// </summary>
internal static class VerbsTakenForParticiplesOfTheRoot
{
    /// <summary>Re-hangs the clause (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        var noun = Array.IndexOf(heads, 0) + 1;
        if (noun == 0 || upos[noun - 1] is not ("NOUN" or "PROPN") || forms[^1] != "." || relations.Any(TreeArrays.IsSubject)) return;
        var verb = TreeArrays.Dependent(heads, relations, noun, r => r == "acl", noun + 1);
        if (verb == 0 || upos[verb - 1] != "VERB" || forms[verb - 2] == ","
            || forms[verb - 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || TreeArrays.HasDependent(heads, relations, verb, "obl:agent", "aux", "aux:pass", "mark", "cop")) return;
        for (var word = 1; word <= heads.Length; word++)
        {
            if (upos[word - 1] is "VERB" or "AUX" && word != verb && !TreeArrays.IsUnder(heads, word, verb)) return;
        }
        (heads[verb - 1], relations[verb - 1]) = (0, "root");
        (heads[noun - 1], relations[noun - 1]) = (verb, "nsubj");
        // The full stop, and anything else after the verb that hung from the noun, ends the clause.
        for (var word = verb + 1; word <= heads.Length; word++)
        {
            if (heads[word - 1] == noun) heads[word - 1] = verb;
        }
    }
}

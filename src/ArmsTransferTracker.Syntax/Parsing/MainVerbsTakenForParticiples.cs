namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "A cargo ship carrying rifles docked at the port on Monday, a customs official told reporters": a greedy parser that
/// reads "docked" as a participle describing the goods finds no verb for "ship", makes it the subject of "told", and hangs
/// the official, set off by a comma, from the day (or makes the official a second subject of "told"). A sentence whose
/// root verb comes after such a phrase, with the subject of the root back before a participle that has no subject or
/// auxiliary of its own, is two clauses: the participle is the verb of what is told, the noun its subject, and the phrase
/// after the comma the root's subject.
/// </summary>
internal static class MainVerbsTakenForParticiples
{
    /// <summary>Re-hangs the two clauses (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        var root = Array.IndexOf(heads, 0) + 1;
        if (root == 0 || upos[root - 1] != "VERB") return;
        var subject = TreeArrays.Dependent(heads, relations, root, TreeArrays.IsSubject, 1, root - 1);
        if (subject == 0 || relations[subject - 1] != "nsubj") return;
        var verb = Participle(upos, forms, heads, relations, subject, root);
        if (verb == 0) return;
        var comma = TreeArrays.NextComma(forms, verb);
        if (comma == 0 || comma + 1 >= root) return;
        var phrase = Enumerable.Range(comma + 1, root - comma - 1).ToList();
        if (phrase.Any(w => upos[w - 1] is "VERB" or "AUX") || !phrase.Any(w => upos[w - 1] is "NOUN" or "PROPN")) return;
        // The phrase's own heads: the words it hangs from outside itself, before the comma, or the root's second subject.
        var tops = phrase.Where(w => heads[w - 1] < comma + 1 || heads[w - 1] >= root).ToList();
        var speaker = tops.FirstOrDefault(w => upos[w - 1] is "NOUN" or "PROPN");
        if (speaker == 0 || tops.Any(w => heads[w - 1] >= root && !(heads[w - 1] == root && relations[w - 1] == "nsubj"))) return;
        (heads[verb - 1], relations[verb - 1]) = (root, "ccomp");
        (heads[subject - 1], relations[subject - 1]) = (verb, "nsubj");
        foreach (var word in tops.Where(w => w != speaker)) heads[word - 1] = speaker;
        (heads[speaker - 1], relations[speaker - 1]) = (root, "nsubj");
    }

    // The last verb inside the subject's phrase, before the root, read as a participle that describes a noun: no subject,
    // auxiliary or marker of its own, and not in "-ing" ("a ship carrying rifles" does describe the ship).
    private static int Participle(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations,
        int subject, int root)
    {
        for (var word = root - 1; word > subject; word--)
        {
            if (upos[word - 1] != "VERB" || relations[word - 1] != "acl" || !TreeArrays.IsUnder(heads, word, subject)) continue;
            var bare = !forms[word - 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && !TreeArrays.HasDependent(heads, relations, word, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop");
            return bare ? word : 0;
        }
        return 0;
    }
}

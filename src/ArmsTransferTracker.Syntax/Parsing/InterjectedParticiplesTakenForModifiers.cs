namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "The ministry, citing intelligence reports, said ...": a greedy parser may read the participle between the commas as an
/// adjective of the noun after it ("citing reports", like "rising costs"), and then take that noun for the subject of the
/// verb, or for an apposition of the speaker. News sets "citing", "quoting" and the like between a speaker and its verb
/// often. A participle right after a comma, hung as a modifier of a noun before the closing comma that a verb right after
/// that comma follows, governs that noun as its object and modifies the verb; the phrase before the opening comma is then
/// the verb's subject, unless the verb has a subject outside the commas already. Set off at the end ("..., the agency
/// reported, citing defence officials."), the participle modifies the verb before its comma and governs the noun.
/// </summary>
internal static class InterjectedParticiplesTakenForModifiers
{
    /// <summary>Re-hangs each such participle, its object and the subject (heads are 1-based, 0 for the root; tags universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var participle = 3; participle < heads.Length; participle++)
        {
            if (upos[participle - 1] != "VERB" || relations[participle - 1] != "amod" || forms[participle - 2] != ","
                || !forms[participle - 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
            var noun = heads[participle - 1];
            var comma = TreeArrays.NextComma(forms, participle);
            var verb = comma + 1;
            if (noun <= participle || noun >= comma) continue;
            if (verb > forms.Count || upos[verb - 1] != "VERB")
            {
                // Set off at the end: the verb before the opening comma; not "rates rose, rising costs hurt", where the noun has
                // a verb of its own.
                if (upos[participle - 3] != "VERB" || Enumerable.Range(noun + 1, comma - noun - 1).Any(i => upos[i - 1] is "VERB" or "AUX"))
                {
                    continue;
                }
                (heads[noun - 1], relations[noun - 1]) = (participle, "obj");
                (heads[participle - 1], relations[participle - 1]) = (participle - 2, "advcl");
                continue;
            }
            var subject = PhraseHeadBefore(heads, participle - 1);
            if (upos[subject - 1] is not ("NOUN" or "PROPN" or "PRON")
                || HasSubjectOutside(heads, relations, verb, subject, participle, comma)) continue;
            (heads[noun - 1], relations[noun - 1]) = (participle, "obj");
            (heads[participle - 1], relations[participle - 1]) = (verb, "advcl");
            (heads[subject - 1], relations[subject - 1]) = (verb, "nsubj");
        }
    }

    // The head of the phrase that ends before the comma: the last word's head, and its head, while they stand before the comma.
    private static int PhraseHeadBefore(int[] heads, int comma)
    {
        var head = comma - 1;
        while (heads[head - 1] is var up && up >= 1 && up < comma) head = up;
        return head;
    }

    private static bool HasSubjectOutside(int[] heads, string[] relations, int verb, int subject, int opening, int closing)
    {
        for (var i = 1; i <= heads.Length; i++)
        {
            if (heads[i - 1] == verb && TreeArrays.IsSubject(relations[i - 1]) && i != subject && (i < opening || i > closing)) return true;
        }
        return false;
    }
}

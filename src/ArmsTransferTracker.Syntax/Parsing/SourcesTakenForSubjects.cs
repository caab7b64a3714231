namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "According to Moussa Diabate, Russia delivered the drones": a name the parser has seldom met may lead it to read
/// "according" as a verb of its own and the name after it as the subject (or a compound) of the sentence's verb. The
/// phrase after "according to", up to its comma, is the source: "according" marks its head, which hangs from the nearest
/// verb above it as an oblique.
/// </summary>
internal static class SourcesTakenForSubjects
{
    /// <summary>Re-hangs each such phrase (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var according = 1; according + 2 <= heads.Length; according++)
        {
            if (!forms[according - 1].Equals("according", StringComparison.OrdinalIgnoreCase)
                || !forms[according].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            var last = TreeArrays.NextComma(forms, according + 1) - 1;
            if (last < according + 2 || SourceHead(upos, heads, according + 2, last) is not { } source) continue;
            if (relations[according - 1] == "case" && heads[according - 1] == source
                && !TreeArrays.IsSubject(relations[source - 1]) && relations[source - 1] != "compound") continue;
            if (TreeArrays.VerbAbove(upos, heads, source) is not (> 0 and var verb)) continue;
            (heads[according - 1], relations[according - 1]) = (source, "case");
            (heads[according], relations[according]) = (according, "fixed");
            (heads[source - 1], relations[source - 1]) = (verb, "obl");
        }
    }

    // The one noun or name of the phrase hung from outside it, punctuation aside.
    private static int? SourceHead(IReadOnlyList<string> upos, int[] heads, int first, int last)
    {
        int? head = null;
        for (var word = first; word <= last; word++)
        {
            if (upos[word - 1] is "PUNCT" || (heads[word - 1] >= first && heads[word - 1] <= last)) continue;
            if (head is not null || upos[word - 1] is not ("NOUN" or "PROPN" or "PRON")) return null;
            head = word;
        }
        return head;
    }
}

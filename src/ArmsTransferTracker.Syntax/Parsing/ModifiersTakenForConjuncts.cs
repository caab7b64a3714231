namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Iran sent drones to Russia, South Korean officials said": a greedy parser that has just attached "Russia" may take the
/// name-like modifier after the comma as the next item of a list and leave the noun it modifies alone as the subject. A
/// list has a coordinator ("and", "or") somewhere; a "conjunct" with none in its list, set right before the subject noun it
/// could modify, modifies that noun.
/// </summary>
internal static class ModifiersTakenForConjuncts
{
    /// <summary>Re-hangs each such conjunct from the noun after it (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var word = 2; word < heads.Length; word++)
        {
            if (relations[word - 1] != "conj" || upos[word - 1] is not ("ADJ" or "PROPN")) continue;
            var listHead = heads[word - 1];
            var noun = word + 1;
            if (listHead >= word || upos[noun - 1] != "NOUN") continue;
            if (!relations[noun - 1].StartsWith("nsubj", StringComparison.Ordinal)) continue;
            if (!AfterComma(forms, heads, word) || HasCoordinator(heads, relations, listHead)) continue;
            heads[word - 1] = noun;
            relations[word - 1] = upos[word - 1] == "ADJ" ? "amod" : "compound";
        }
    }

    // The conjunct's phrase starts right after a comma: ", South Korean".
    private static bool AfterComma(IReadOnlyList<string> forms, int[] heads, int word)
    {
        var first = word;
        while (first > 1 && heads[first - 2] == word && forms[first - 2] != ",") first--;
        return first > 1 && forms[first - 2] == ",";
    }

    // A coordinator hung from the list's head or from any of its conjuncts.
    private static bool HasCoordinator(int[] heads, string[] relations, int listHead)
    {
        for (var i = 0; i < heads.Length; i++)
        {
            if (relations[i] != "cc") continue;
            var head = heads[i];
            if (head == listHead || (head > 0 && heads[head - 1] == listHead && relations[head - 1] == "conj")) return true;
        }
        return false;
    }
}

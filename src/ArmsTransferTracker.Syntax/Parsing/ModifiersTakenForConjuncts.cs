namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Iran sent drones to Russia, South Korean officials said": a greedy parser that has just attached "Russia" may take the
/// name-like modifier after the comma as the next item of a list and leave the noun it modifies alone as the subject. A
/// list has a coordinator ("and", "or") before the comma; "conjuncts" with none there, set right before the subject noun
/// they could modify, modify that noun, and those after the first are coordinated with it: "to Ukraine, Danish and Dutch
/// officials said".
/// </summary>
internal static class ModifiersTakenForConjuncts
{
    /// <summary>Re-hangs each such run of conjuncts from the noun after it (heads are 1-based, 0 for the root; universal tags).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var word = 2; word < heads.Length; word++)
        {
            if (!IsNameLikeConjunct(upos, relations, word)) continue;
            var listHead = heads[word - 1];
            if (listHead >= word || !AfterComma(forms, heads, word)) continue;
            var run = RunFrom(upos, heads, relations, word);
            var noun = run[^1] + 1;
            if (noun > heads.Length || upos[noun - 1] != "NOUN") continue;
            if (!relations[noun - 1].StartsWith("nsubj", StringComparison.Ordinal)) continue;
            if (HasCoordinatorBefore(heads, relations, listHead, word)) continue;
            heads[word - 1] = noun;
            relations[word - 1] = upos[word - 1] == "ADJ" ? "amod" : "compound";
            foreach (var next in run.Skip(1)) heads[next - 1] = word;
        }
    }

    private static bool IsNameLikeConjunct(IReadOnlyList<string> upos, string[] relations, int word) =>
        relations[word - 1] == "conj" && upos[word - 1] is "ADJ" or "PROPN";

    // The conjunct and those of the same list that follow it, each led only by words of its own ("and", "South").
    private static List<int> RunFrom(IReadOnlyList<string> upos, int[] heads, string[] relations, int first)
    {
        var run = new List<int> { first };
        var next = run[^1] + 1;
        while (next <= heads.Length)
        {
            var item = next;
            while (item <= heads.Length && heads[item - 1] > item) item = heads[item - 1];
            var led = item <= heads.Length && Enumerable.Range(next, item - next).All(w => heads[w - 1] == item);
            if (!led || heads[item - 1] != heads[first - 1] || !IsNameLikeConjunct(upos, relations, item)) break;
            run.Add(item);
            next = item + 1;
        }
        return run;
    }

    // The conjunct's phrase starts right after a comma: ", South Korean".
    private static bool AfterComma(IReadOnlyList<string> forms, int[] heads, int word)
    {
        var first = word;
        while (first > 1 && heads[first - 2] == word && forms[first - 2] != ",") first--;
        return first > 1 && forms[first - 2] == ",";
    }

    // A coordinator before the word, hung from the list's head or from any of its conjuncts.
    private static bool HasCoordinatorBefore(int[] heads, string[] relations, int listHead, int word)
    {
        for (var i = 0; i < word - 1; i++)
        {
            if (relations[i] != "cc") continue;
            var head = heads[i];
            if (head == listHead || (head > 0 && heads[head - 1] == listHead && relations[head - 1] == "conj")) return true;
        }
        return false;
    }
}

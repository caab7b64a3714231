namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Israel sold Azerbaijan missiles that were used in the war, according to flight records": news closes a sentence with
/// its source, set off by a comma, and the source vouches for the whole sentence. A greedy parser hangs the phrase from
/// the nearest verb, here one of a clause that modifies a noun. Such a closing "according to" phrase, hung inside a
/// noun's modifier, is the root verb's.
/// </summary>
internal static class SourcesTakenIntoModifiers
{
    /// <summary>Re-hangs such a phrase from the root (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        var root = Array.IndexOf(heads, 0) + 1;
        if (root == 0 || upos[root - 1] != "VERB") return;
        for (var according = 2; according < forms.Count; according++)
        {
            if (!forms[according - 1].Equals("according", StringComparison.OrdinalIgnoreCase) || forms[according - 2] != ","
                || relations[according - 1] != "case") continue;
            var source = heads[according - 1];
            if (source < according || relations[source - 1] != "obl" || !ClosesTheSentence(forms, heads, source)
                || !IsInsideAModifier(heads, relations, heads[source - 1], root)) continue;
            heads[source - 1] = root;
            var comma = according - 1;
            if (heads[comma - 1] != root && relations[comma - 1] == "punct") heads[comma - 1] = source;
        }
    }

    // Every word after the phrase is punctuation: the source ends the sentence.
    private static bool ClosesTheSentence(IReadOnlyList<string> forms, int[] heads, int source)
    {
        for (var i = source + 1; i <= forms.Count; i++)
        {
            if (!TreeArrays.IsUnder(heads, i, source) && forms[i - 1].Any(char.IsLetterOrDigit)) return false;
        }
        return true;
    }

    // Whether the path from a word up to the root passes through a clause that modifies a noun ("acl", "acl:relcl").
    private static bool IsInsideAModifier(int[] heads, string[] relations, int word, int root)
    {
        for (var steps = 0; word != root && word != 0 && steps < heads.Length; steps++)
        {
            if (relations[word - 1].StartsWith("acl", StringComparison.Ordinal)) return true;
            word = heads[word - 1];
        }
        return false;
    }
}

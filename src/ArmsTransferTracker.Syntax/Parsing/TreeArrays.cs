namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// What the parse repairs ask of a tree while it is still arrays (heads 1-based, 0 for the root; a relation a word),
/// before it becomes a <see cref="ParsedSentence"/>. Positions are 1-based and ranges inclusive.
/// </summary>
internal static class TreeArrays
{
    /// <summary>The pronouns that open a relative clause.</summary>
    public static readonly HashSet<string> RelativePronouns = new(StringComparer.OrdinalIgnoreCase) { "which", "who", "that" };

    /// <summary>The first dependent of a head whose relation is wanted, between two positions, or 0.</summary>
    public static int Dependent(int[] heads, string[] relations, int head, Func<string, bool> wanted, int first = 1,
        int last = int.MaxValue)
    {
        for (var i = Math.Max(first, 1); i <= Math.Min(last, heads.Length); i++)
        {
            if (heads[i - 1] == head && wanted(relations[i - 1])) return i;
        }
        return 0;
    }

    /// <summary>The last dependent of a head whose relation is wanted, between two positions, or 0.</summary>
    public static int LastDependent(int[] heads, string[] relations, int head, Func<string, bool> wanted, int first, int last)
    {
        for (var i = Math.Min(last, heads.Length); i >= Math.Max(first, 1); i--)
        {
            if (heads[i - 1] == head && wanted(relations[i - 1])) return i;
        }
        return 0;
    }

    /// <summary>Whether every word reaches the root by its heads, so that no word hangs below itself.</summary>
    public static bool IsTree(int[] heads)
    {
        for (var word = 1; word <= heads.Length; word++)
        {
            var at = word;
            for (var steps = 0; at != 0; steps++)
            {
                if (steps > heads.Length || at < 0 || at > heads.Length) return false;
                at = heads[at - 1];
            }
        }
        return true;
    }

    public static bool HasDependent(int[] heads, string[] relations, int head, params string[] wanted) =>
        Dependent(heads, relations, head, wanted.Contains) != 0;

    /// <summary>The position of the first comma after a word, or one past the sentence when there is none.</summary>
    public static int NextComma(IReadOnlyList<string> forms, int after)
    {
        var comma = after + 1;
        while (comma <= forms.Count && forms[comma - 1] != ",") comma++;
        return comma;
    }

    /// <summary>A subject of any kind: "nsubj", "nsubj:pass", "nsubj:outer".</summary>
    public static bool IsSubject(string relation) => relation.StartsWith("nsubj", StringComparison.Ordinal);

    /// <summary>
    /// The one word of a span hung from before it, a noun or a name, heading a span with no verb (a clause of its own says
    /// nothing of the verb after it) that no word outside, but a mark, hangs from; or null.
    /// </summary>
    public static int? NounPhraseHungFromBefore(IReadOnlyList<string> upos, int[] heads, int first, int last)
    {
        for (var word = 1; word <= heads.Length; word++)
        {
            if ((word < first || word > last) && upos[word - 1] != "PUNCT" && heads[word - 1] >= first && heads[word - 1] <= last)
            {
                return null;
            }
        }
        int? head = null;
        for (var word = first; word <= last; word++)
        {
            if (upos[word - 1] is "VERB" or "AUX") return null;
            if (heads[word - 1] >= first && heads[word - 1] <= last) continue;
            if (head is not null || heads[word - 1] >= first || heads[word - 1] == 0) return null;
            head = word;
        }
        return head is { } found && upos[found - 1] is "NOUN" or "PROPN" ? found : null;
    }

    /// <summary>The nearest verb above a word, across the noun phrases and lists it sits in, or 0.</summary>
    public static int VerbAbove(IReadOnlyList<string> upos, int[] heads, int word)
    {
        for (var (at, steps) = (heads[word - 1], 0); at != 0 && steps < heads.Length; at = heads[at - 1], steps++)
        {
            if (upos[at - 1] == "VERB") return at;
        }
        return 0;
    }

    /// <summary>Is the word in the ancestor's subtree (the ancestor itself excluded)?</summary>
    public static bool IsUnder(int[] heads, int word, int ancestor)
    {
        for (var steps = 0; word != 0 && steps < heads.Length; steps++)
        {
            word = heads[word - 1];
            if (word == ancestor) return true;
        }
        return false;
    }
}

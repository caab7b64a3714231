using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>Ways of walking a dependency tree that every stage needs.</summary>
public static class TreeExtensions
{
    /// <summary>A hyphen inside a word as written: "Sang-woo", "al-Sharif", "Brandt-Lohmann".</summary>
    public static bool IsInnerHyphen(this ParsedSentence tree, int i) =>
        tree[i].Form == "-" && i > 1 && i < tree.Words.Count && tree[i - 1].End == tree[i].Start && tree[i].End == tree[i + 1].Start;

    /// <summary>A noun named as one already known: "the missiles", "these aircraft", "this shipment".</summary>
    public static bool IsDefinite(this ParsedSentence tree, int word) =>
        tree.Dependents(word).Any(d => d.Relation == "det" && d.Lemma is "the" or "this" or "these" or "those");

    /// <summary>
    /// The dependents of a word whose relation is <paramref name="relation"/> or one of its subtypes ("obl" finds "obl:agent").
    /// </summary>
    public static IEnumerable<SyntaxWord> Children(this ParsedSentence tree, int word, string relation)
    {
        // An iterator, not a query: the rules ask for children at every site, and a query allocates a closure and a delegate
        // besides its enumerator.
        var dependents = tree.Dependents(word);
        for (var i = 0; i < dependents.Count; i++)
        {
            if (Is(dependents[i].Relation, relation)) yield return dependents[i];
        }
    }

    /// <summary>How many heads up from a word its ancestor is; more than the sentence has words when it is none.</summary>
    public static int StepsUpTo(this ParsedSentence tree, int word, int ancestor)
    {
        var steps = 0;
        for (var current = word; current != 0 && steps <= tree.Words.Count; current = tree[current].Head, steps++)
        {
            if (current == ancestor) return steps;
        }
        return tree.Words.Count + 1;
    }

    public static SyntaxWord? Child(this ParsedSentence tree, int word, string relation)
    {
        // A loop, not a query: every rule asks for children, and a query allocates its closure and enumerator each time.
        var dependents = tree.Dependents(word);
        for (var i = 0; i < dependents.Count; i++)
        {
            if (Is(dependents[i].Relation, relation)) return dependents[i];
        }
        return null;
    }

    /// <summary>Is the relation this one or one of its subtypes?</summary>
    public static bool Is(string relation, string universal) =>
        relation.StartsWith(universal, StringComparison.Ordinal)
        && (relation.Length == universal.Length || relation[universal.Length] == ':');

    /// <summary>The lemma of the preposition that marks a word ("to" in "to Russia"), or null.</summary>
    public static string? CaseOf(this ParsedSentence tree, int word)
    {
        var dependents = tree.Dependents(word);
        for (var i = 0; i < dependents.Count; i++)
        {
            var dependent = dependents[i];
            if (dependent.Relation is "case" || (dependent.Relation == "mark" && dependent.Upos == "ADP"))
            {
                return dependent.Form.ToLowerInvariant();
            }
        }
        return null;
    }

    /// <summary>Is <paramref name="word"/> inside the subtree of <paramref name="root"/>?</summary>
    public static bool Dominates(this ParsedSentence tree, int root, int word)
    {
        for (var steps = 0; word != 0 && steps <= tree.Words.Count; steps++)
        {
            if (word == root) return true;
            word = tree[word].Head;
        }
        return false;
    }

    /// <summary>The words of a subtree in order, leaving out the subtrees of dependents the filter rejects.</summary>
    public static List<int> Subtree(this ParsedSentence tree, int root, Func<SyntaxWord, bool>? keep = null)
    {
        var words = new List<int>();
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var word = stack.Pop();
            words.Add(word);
            // By index: a foreach over the list as an interface would allocate an enumerator at every word.
            var dependents = tree.Dependents(word);
            for (var i = 0; i < dependents.Count; i++)
            {
                if (keep is null || keep(dependents[i])) stack.Push(dependents[i].Index);
            }
        }
        words.Sort();
        return words;
    }

    /// <summary>Is the word the place of "U.S.-based", "Sanaa-based": written on to a hyphen and "based"?</summary>
    public static bool IsWhereBased(this ParsedSentence tree, int word) =>
        word + 2 <= tree.Words.Count && tree[word + 1].Form == "-"
        && tree[word + 2].Form.Equals("based", StringComparison.OrdinalIgnoreCase)
        && tree[word].End == tree[word + 1].Start && tree[word + 1].End == tree[word + 2].Start;

    /// <summary>The word and the words it is coordinated with: "Russia and Belarus", "tanks and shells".</summary>
    public static IEnumerable<int> WithConjuncts(this ParsedSentence tree, int word)
    {
        yield return word;
        foreach (var conjunct in tree.Children(word, "conj")) yield return conjunct.Index;
    }
}

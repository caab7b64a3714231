using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Attribution;

/// <summary>
/// Where a sentence says it cannot confirm or will not comment (hedges.txt), or that a side did not answer (silences.txt):
/// the head word of each such phrase.
/// </summary>
public static class PhraseHeads
{
    public static IReadOnlySet<int> Of(ParsedSentence tree, IReadOnlyList<string[]> phrases)
    {
        var heads = new HashSet<int>();
        var forms = tree.Words.Select(w => Fold(w.Form)).ToArray();
        foreach (var phrase in phrases)
        {
            for (var start = 0; start + phrase.Length <= forms.Length; start++)
            {
                if (!Matches(forms, start, phrase)) continue;
                var head = HeadOf(tree, start + 1, start + phrase.Length);
                if (head > 0) heads.Add(head);
            }
        }
        return heads;
    }

    private static string Fold(string form)
    {
        var lower = form.ToLowerInvariant();
        return lower is "n't" ? "not" : lower;
    }

    // The phrase's head is the word whose own head lies outside it: "declined" in "declined to comment"; 0 when none is.
    // A loop, not a query: a query's captured words were allocated for every word of the sentence and every phrase.
    private static int HeadOf(ParsedSentence tree, int first, int last)
    {
        for (var word = first; word <= last; word++)
        {
            if (tree[word].Head < first || tree[word].Head > last) return word;
        }
        return 0;
    }

    private static bool Matches(string[] forms, int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (forms[start + i] != phrase[i]) return false;
        }
        return true;
    }
}

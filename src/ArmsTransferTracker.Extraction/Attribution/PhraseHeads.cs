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
        var forms = tree.Words.Select(w => w.Form.ToLowerInvariant() is "n't" or "not" ? "not" : w.Form.ToLowerInvariant()).ToArray();
        foreach (var phrase in phrases)
        {
            for (var start = 0; start + phrase.Length <= forms.Length; start++)
            {
                if (!Matches(forms, start, phrase)) continue;
                var (first, last) = (start + 1, start + phrase.Length);
                // The phrase's head is the word whose own head lies outside it: "declined" in "declined to comment".
                var head = Enumerable.Range(first, phrase.Length).FirstOrDefault(w => tree[w].Head < first || tree[w].Head > last);
                if (head > 0) heads.Add(head);
            }
        }
        return heads;
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

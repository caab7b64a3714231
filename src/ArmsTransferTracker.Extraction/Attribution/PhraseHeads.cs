using System.Runtime.CompilerServices;
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
        var byFirstWord = ByFirstWord.GetValue(phrases, IndexByFirstWord);
        for (var start = 0; start < forms.Length; start++)
        {
            if (!byFirstWord.TryGetValue(forms[start], out var candidates)) continue;
            foreach (var phrase in candidates)
            {
                if (start + phrase.Length > forms.Length || !Matches(forms, start, phrase)) continue;
                var head = HeadOf(tree, start + 1, start + phrase.Length);
                if (head > 0) heads.Add(head);
            }
        }
        return heads;
    }

    // Each list's phrases by their first word: a word of the sentence is compared only with the phrases it can begin.
    private static readonly ConditionalWeakTable<IReadOnlyList<string[]>, Dictionary<string, string[][]>> ByFirstWord = [];

    private static Dictionary<string, string[][]> IndexByFirstWord(IReadOnlyList<string[]> phrases) =>
        phrases.Where(p => p.Length > 0).GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

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

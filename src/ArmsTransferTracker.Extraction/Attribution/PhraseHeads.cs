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
                var end = MatchEnd(tree, forms, start, phrase);
                if (end < 0) continue;
                var head = HeadOf(tree, start + 1, end + 1);
                if (head > 0) heads.Add(head);
            }
        }
        return heads;
    }

    // Each list's phrases by their first word: a word of the sentence is compared only with the phrases it can begin. A
    // phrase written with "cannot" or a contraction ("don't know") is looked for as the tokenizer splits it.
    private static readonly ConditionalWeakTable<IReadOnlyList<string[]>, Dictionary<string, string[][]>> ByFirstWord = [];

    private static Dictionary<string, string[][]> IndexByFirstWord(IReadOnlyList<string[]> phrases) =>
        phrases.Where(p => p.Length > 0)
            .Select(p => p.SelectMany(AsTokenized).ToArray())
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    // "cannot", "don't know": a phrase's word as the tokenizer splits it ("can not", "do n't" read "do not").
    private static string[] AsTokenized(string word) =>
        word == "cannot" ? ["can", "not"]
        : word.Length > 3 && word.EndsWith("n't", StringComparison.Ordinal) ? [Fold(word[..^3]), "not"]
        : [word];

    // "won't", "can't" are split "wo n't", "ca n't": each part is looked for as its word in full.
    private static string Fold(string form)
    {
        var lower = form.ToLowerInvariant();
        return lower switch
        {
            "n't" => "not",
            "wo" => "will",
            "ca" => "can",
            _ => lower,
        };
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

    // Where the phrase ends in the sentence (a form's index), or -1. An adverb in -ly may come between its words: "could not
    // immediately confirm", "unable to independently verify", "did not immediately respond".
    private static int MatchEnd(ParsedSentence tree, string[] forms, int start, string[] phrase)
    {
        var at = start;
        for (var i = 0; i < phrase.Length; i++, at++)
        {
            while (i > 0 && at < forms.Length && forms[at] != phrase[i] && IsMannerAdverb(tree, at + 1)) at++;
            if (at >= forms.Length || forms[at] != phrase[i]) return -1;
        }
        return at - 1;
    }

    private static bool IsMannerAdverb(ParsedSentence tree, int word) =>
        tree[word].Upos == "ADV" && tree[word].Form.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
}

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// Quotation marks inside a clause are transparent to its structure. News quotes a phrase in the middle of a clause (said
/// the claims were "lies"; had "quietly sent thousands of rockets" to Ukraine) far more often than the treebank does, and
/// the parser then breaks the clause at the mark. The tagger reads the marks, as it learnt to; the parser reads the words
/// without them, and each mark then hangs, as the treebank hangs it, from the head of the words it quotes.
/// </summary>
internal static class Quotations
{
    /// <summary>
    /// The positions of the double quotation marks that quote words inside a clause; null when there is none. A quotation that
    /// opens the sentence, or closes one opened before it, is speech ("'...,' the minister said"), which the treebank has
    /// plenty of and the parser reads well by its marks: those marks stay.
    /// </summary>
    public static IReadOnlyList<int>? InnerMarks(IReadOnlyList<string> forms)
    {
        var all = Enumerable.Range(0, forms.Count).Where(i => IsMark(forms[i])).ToList();
        var inner = Pairs(forms, all).Where(p => p.Open > 0).SelectMany(p => new[] { p.Open, p.Close })
            .Where(m => m < forms.Count).ToList();
        return inner.Count == 0 ? null : inner;
    }

    /// <summary>The head and relation of each mark, given the heads of all the other words (1-based; marks' entries unset).</summary>
    public static void HangMarks(IReadOnlyList<string> forms, IReadOnlyList<int> marks, int[] heads, string[] relations)
    {
        var isMark = new bool[forms.Count];
        foreach (var mark in marks) isMark[mark] = true;
        foreach (var (open, close) in Pairs(forms, marks).Where(p => p.Open > 0))
        {
            var head = HeadOfSpan(heads, isMark, open + 1, Math.Min(close, forms.Count) - 1);
            foreach (var mark in new[] { open, close }.Where(m => m >= 0 && m < forms.Count))
            {
                heads[mark] = head;
                relations[mark] = "punct";
            }
        }
    }

    private static bool IsMark(string form) => form is "\"" or "“" or "”" or "``" or "''";

    // Marks pair up in order: a curly mark says which it is, a straight one opens when no quotation is open. A mark left
    // open quotes to the end of the sentence.
    private static IEnumerable<(int Open, int Close)> Pairs(IReadOnlyList<string> forms, IReadOnlyList<int> marks)
    {
        int? open = null;
        foreach (var mark in marks)
        {
            var opens = forms[mark] is "“" or "``" || (forms[mark] == "\"" && open is null);
            if (opens)
            {
                if (open is { } unclosed) yield return (unclosed, forms.Count);
                open = mark;
            }
            else
            {
                yield return (open ?? -1, mark);
                open = null;
            }
        }
        if (open is { } last) yield return (last, forms.Count);
    }

    // The word of the span (0-based positions) whose head lies outside it; the sentence's head when there is none.
    private static int HeadOfSpan(int[] heads, bool[] isMark, int first, int last)
    {
        for (var i = Math.Max(first, 0); i <= last; i++)
        {
            if (!isMark[i] && (heads[i] - 1 < first || heads[i] - 1 > last)) return i + 1;
        }
        // Marks' own heads are not set yet (0): the sentence's head is the root among the other words, never a mark, which
        // would then hang from itself (two marks side by side, '" "', quote nothing).
        for (var i = 0; i < heads.Length; i++)
        {
            if (!isMark[i] && heads[i] == 0) return i + 1;
        }
        return 0;
    }
}

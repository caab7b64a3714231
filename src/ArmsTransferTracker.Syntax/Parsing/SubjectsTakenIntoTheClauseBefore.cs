using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "North Korea has shipped shells to Russia, South Korea's intelligence service told lawmakers": a greedy parser that
/// reads the clause first hangs the noun phrase after the comma inside it (an oblique, a modifier of its last noun) and
/// leaves the verb after the phrase, hung from the clause or heading it, without a subject. News closes sentences with
/// its sources this way far more often than the treebank does. The phrase between the last comma and such a verb (one of
/// source-verbs.txt, or one with an auxiliary), when no preposition marks it and no word outside it hangs from it, is that
/// verb's subject. A source whose name is set off by commas of its own ("and a spokesman, Tomas Ibarra, said") is read
/// whole, its name hung from it, and the "and" before it joins the verb to the clause before.
/// </summary>
internal static class SubjectsTakenIntoTheClauseBefore
{
    /// <summary>Re-hangs the phrase's head from the verb as its subject (heads are 1-based, 0 for the root).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var verb = 3; verb <= heads.Length; verb++)
        {
            // "..., part of a package meant to support the army": a bare participle after a noun phrase describes it.
            if (upos[verb - 1] != "VERB" || HasSubject(heads, relations, verb)
                || !(TextLexicon.SourceVerbs.Contains(forms[verb - 1]) || HasAuxiliary(heads, relations, verb))) continue;
            // The words the verb keeps before it: "has found", "also said".
            var end = verb - 1;
            while (end >= 1 && heads[end - 1] == verb && relations[end - 1] is "aux" or "aux:pass" or "advmod") end--;
            var start = PhraseStart(forms, end);
            // "..., and a council spokesman, Tomas Ibarra, said": a source whose name is set off by commas of its own.
            if (start == end && NamedSource(upos, forms, heads, relations, verb, start) is var (whole, apposed, named))
            {
                (start, end) = (whole, start - 1);
                heads[apposed - 1] = named;
            }
            if (start < 2 || start == end || !ReportsTheClauseBefore(heads, relations, verb, start)) continue;
            if (PhraseHead(upos, heads, relations, start + 1, end) is not { } subject) continue;
            heads[subject - 1] = verb;
            relations[subject - 1] = "nsubj";
            // "..., and the spokesman said": the "and" joins the verb to the clause before, not the source to its words.
            if (upos[start] == "CCONJ" && heads[start] == subject && relations[verb - 1] is "parataxis" or "conj")
            {
                (heads[start], relations[verb - 1]) = (verb, "conj");
            }
        }
    }

    // The last comma or quotation mark at or before a position, or 0.
    private static int PhraseStart(IReadOnlyList<string> forms, int end)
    {
        var start = end;
        while (start >= 1 && forms[start - 1] is not ("," or "\"" or "“" or "”")) start--;
        return start;
    }

    // The phrase before a verb whose last comma ends a name set off by commas ("a spokesman, Tomas Ibarra,", "Tomas Ibarra,
    // a spokesman,"): where it starts, the head of the name and that of the words it names, though the parser may have hung
    // the name as an apposition of a noun before them.
    private static (int Start, int Apposed, int Head)? NamedSource(IReadOnlyList<string> upos, IReadOnlyList<string> forms,
        int[] heads, string[] relations, int verb, int comma)
    {
        if (comma < 3 || PhraseStart(forms, comma - 1) is not (> 2 and var middle) || middle >= comma - 1) return null;
        var start = PhraseStart(forms, middle - 1);
        if (start < 2 || start >= middle - 1 || !ReportsTheClauseBefore(heads, relations, verb, start)) return null;
        if (TreeArrays.NounPhraseHungFromBefore(upos, heads, middle + 1, comma - 1) is not { } apposed
            || relations[apposed - 1] != "appos" || heads[apposed - 1] > middle) return null;
        // The words before the name form a phrase of their own once the name no longer hangs from them.
        var hungFrom = heads[apposed - 1];
        heads[apposed - 1] = start;
        var head = TreeArrays.NounPhraseHungFromBefore(upos, heads, start + 1, middle - 1);
        heads[apposed - 1] = hungFrom;
        // A phrase a preposition marks is where or when, not who.
        return head is { } found && !TreeArrays.HasDependent(heads, relations, found, "case") ? (start, apposed, found) : null;
    }

    // The clause before the comma is what the verb reports: the verb hangs from it, or heads it as its complement.
    private static bool ReportsTheClauseBefore(int[] heads, string[] relations, int verb, int comma) =>
        (heads[verb - 1] != 0 && heads[verb - 1] < comma)
        || TreeArrays.Dependent(heads, relations, verb, r => r is "ccomp" or "parataxis", last: comma) != 0;

    // The phrase's head, a noun or name with no preposition of its own.
    private static int? PhraseHead(IReadOnlyList<string> upos, int[] heads, string[] relations, int first, int last) =>
        TreeArrays.NounPhraseHungFromBefore(upos, heads, first, last) is { } head
        && !TreeArrays.HasDependent(heads, relations, head, "case") ? head : null;

    private static bool HasAuxiliary(int[] heads, string[] relations, int verb) =>
        TreeArrays.HasDependent(heads, relations, verb, "aux", "aux:pass", "cop");

    private static bool HasSubject(int[] heads, string[] relations, int verb) =>
        TreeArrays.Dependent(heads, relations, verb, r => TreeArrays.IsSubject(r) || r.StartsWith("csubj", StringComparison.Ordinal)
            || r == "expl") != 0;
}

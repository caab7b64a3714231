using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>
/// The companies a sentence names as such: a name right after a word for a firm ("drone maker Vireo Aerotech", "the
/// manufacturer, Cordillera Blindados,"), or before one in an apposition ("Lindner Wehrtechnik, a German arms maker"), and the
/// arms makers known by name ("Embraer"). A later "the company" or "a company executive" names the company again.
/// </summary>
public static class Companies
{
    public static IReadOnlyList<string> Find(ParsedSentence tree, IReadOnlyList<PlaceMention> places)
    {
        var names = new List<string>();
        var forms = tree.Words.Select(w => w.Form).ToList();
        for (var word = 1; word <= tree.Words.Count; word++)
        {
            // "Embraer delivered the second C-390 ..., the company said": an arms maker known by name is a company as named.
            if (char.IsUpper(forms[word - 1][0]) && KnownBodies.At(forms, word) is { } known && KnownBodies.StateOf(known) is not null)
            {
                if (!names.Contains(known)) names.Add(known);
                continue;
            }
            // "Moravia Defence Works reported ...": a name that ends in a word for a company's kind of name is one.
            if (IsNameWord(tree[word]) && Lexicon.CompanyNameHeads.Contains(tree[word].Form) && word > 1 && IsNameWord(tree[word - 1]))
            {
                var last = word;
                while (last < tree.Words.Count && IsNameWord(tree[last + 1])) last++;
                if (NameEndingAt(tree, places, last) is { } company && !names.Contains(company)) names.Add(company);
                word = last;
                continue;
            }
            if (!Lexicon.CompanyNouns.Contains(tree[word].Lemma) || tree[word].Upos != "NOUN") continue;
            var after = word < tree.Words.Count && tree[word + 1].Form == "," ? word + 2 : word + 1;
            if (NameFrom(tree, places, after) is { } named) names.Add(named);
            // "..., the company said": the subject of a verb describes no name before its comma ("on Monday", "the Air Force").
            else if (!IsSubject(tree, word) && ApposedBefore(tree, word) is { } apposed
                && NameEndingAt(tree, places, apposed) is { } before)
            {
                names.Add(before);
            }
        }
        return names;
    }

    // The name of proper nouns from a word on, unless it is a state's or group's.
    private static string? NameFrom(ParsedSentence tree, IReadOnlyList<PlaceMention> places, int first)
    {
        var last = first;
        while (last <= tree.Words.Count && (IsNameWord(tree[last]) || (last > first && IsHyphenInName(tree, last)))) last++;
        return Name(tree, places, first, last - 1);
    }

    // "at the Tapa army base, the company said": a common noun before the comma ends no name.
    private static string? NameEndingAt(ParsedSentence tree, IReadOnlyList<PlaceMention> places, int last)
    {
        if (!IsNameWord(tree[last])) return null;
        var first = last;
        while (first > 1 && (IsNameWord(tree[first - 1]) || (first > 2 && IsHyphenInName(tree, first - 1)))) first--;
        return Name(tree, places, first, last);
    }

    private static string? Name(ParsedSentence tree, IReadOnlyList<PlaceMention> places, int first, int last) =>
        last >= first && !places.Any(p => p.First <= last && p.Last >= first)
            ? string.Concat(Enumerable.Range(first, last - first + 1).Select(w => w > first && tree[w].Start > tree[w - 1].End
                ? " " + tree[w].Form : tree[w].Form))
            : null;

    private static bool IsNameWord(SyntaxWord word) => word.Upos == "PROPN" && char.IsUpper(word.Form[0]);

    // "Brandt-Lohmann Missile Systems": a hyphen written between two words of a name joins them.
    private static bool IsHyphenInName(ParsedSentence tree, int word) =>
        tree.IsInnerHyphen(word) && IsNameWord(tree[word - 1]) && IsNameWord(tree[word + 1]);

    // However the parser hung it, a noun right before its verb is that verb's subject.
    private static bool IsSubject(ParsedSentence tree, int noun) =>
        TreeExtensions.Is(tree[noun].Relation, "nsubj") || (noun < tree.Words.Count && tree[noun + 1].Upos is "VERB" or "AUX");

    // "Lindner Wehrtechnik, a German arms maker": the word before the comma that opens the description ending in the noun.
    private static int? ApposedBefore(ParsedSentence tree, int noun)
    {
        var article = noun - 1;
        while (article > 1 && article > noun - 5 && tree[article].Upos is "ADJ" or "NOUN" or "PROPN") article--;
        return article > 2 && tree[article].Lemma is "a" or "an" or "the" && tree[article - 1].Form == "," ? article - 2 : null;
    }
}

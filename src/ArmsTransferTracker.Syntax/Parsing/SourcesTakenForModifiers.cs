namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "A spokesman for the army, Brigadier Nabil Rahim, neither confirmed nor denied the purchase": a sentence that opens with
/// a source and its name set off by commas may lead the parser to take the verb after them for a participle or an
/// apposition of a noun before it ("confirmed" as in "a purchase confirmed by"), or to make the name the root. When the
/// words before the verb are two noun phrases parted by a comma, with no verb among them and no preposition before either
/// ("Pedro Sanchez, like other socialists, said" is no apposition), the verb is the clause's head, the first phrase its
/// subject and the second that phrase's apposition.
/// </summary>
internal static class SourcesTakenForModifiers
{
    /// <summary>Re-hangs such a sentence's opening (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        var verb = Enumerable.Range(1, heads.Length).FirstOrDefault(w => upos[w - 1] is "VERB" or "AUX");
        // A capitalised "verb" after a comma is a word of a name ("Buses, DTC Buses, Call Center Cabs").
        if (verb < 5 || upos[verb - 1] != "VERB" || !char.IsLower(forms[verb - 1][0])
            || forms[verb - 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return;
        // The comma that closes the name, with at most an adverb ("neither", "also") between it and the verb.
        var second = verb - 1;
        while (second > 1 && upos[second - 1] == "ADV") second--;
        if (forms[second - 1] != "," || TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject, 1, second) is var subject
            && subject != 0 && relations[subject - 1] != "nsubj:pass") return;
        var first = Enumerable.Range(1, second - 1).LastOrDefault(w => forms[w - 1] == ",");
        if (first < 2 || first > second - 2 || Enumerable.Range(1, second).Any(w => forms[w - 1] is "\"" or "“" or "”")) return;
        if (PartHead(upos, heads, relations, 1, first - 1) is not { } source
            || PartHead(upos, heads, relations, first + 1, second - 1) is not { } name
            || TreeArrays.HasDependent(heads, relations, source, "case") || TreeArrays.HasDependent(heads, relations, name, "case")
            || upos[0] is not ("DET" or "NOUN" or "PROPN" or "ADJ")) return;
        // Already read so: the source is the verb's subject.
        if (heads[source - 1] == verb && relations[source - 1] == "nsubj") return;
        for (var word = 1; word <= heads.Length; word++)
        {
            // What hung from the opening phrases outside them (the closing full stop) now hangs from the verb.
            if (word >= second && heads[word - 1] is >= 1 and var head && head < second) heads[word - 1] = verb;
        }
        (heads[verb - 1], relations[verb - 1]) = (0, "root");
        (heads[source - 1], relations[source - 1]) = (verb, "nsubj");
        (heads[name - 1], relations[name - 1]) = (source, "appos");
        foreach (var (from, to, partHead) in new[] { (1, first - 1, source), (first + 1, second - 1, name) })
        {
            foreach (var word in Leaving(upos, heads, from, to).Where(w => w != partHead)) heads[word - 1] = partHead;
        }
        // The commas that set the name off are its own.
        heads[first - 1] = name;
        heads[second - 1] = name;
    }

    // A part's head: of its nouns and names hung from outside it, the first that describes no other, or else the last; none
    // if the part holds a verb.
    private static int? PartHead(IReadOnlyList<string> upos, int[] heads, string[] relations, int first, int last)
    {
        if (Enumerable.Range(first, last - first + 1).Any(w => upos[w - 1] is "VERB" or "AUX")) return null;
        var nouns = Leaving(upos, heads, first, last).Where(w => upos[w - 1] is "NOUN" or "PROPN").ToList();
        if (nouns.Count == 0) return null;
        return nouns.FirstOrDefault(w => relations[w - 1] is not ("compound" or "amod" or "nmod:poss" or "flat" or "nummod"
            or "det")) is var head and > 0 ? head : nouns[^1];
    }

    private static IEnumerable<int> Leaving(IReadOnlyList<string> upos, int[] heads, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Where(w => upos[w - 1] != "PUNCT" && (heads[w - 1] < first || heads[w - 1] > last));
}

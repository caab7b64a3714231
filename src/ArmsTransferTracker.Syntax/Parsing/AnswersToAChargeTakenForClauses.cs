using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Kenya accused Belgrade of sending shells to Kyiv, a charge Serbian officials rejected": the treebank has no charge
/// answered in a relative clause without "that", and the parser reads one as a clause of its own ("rejected" joined to
/// "accused"), with the charge an adjective of its subject or a compound ("an accusation Tehran rejected"), or its verb as
/// a noun ("an accusation Nairobi calls false"). After a comma, a noun for a charge, a subject and a verb of answering
/// (charge-nouns.txt, answering-verbs.txt) are a relative clause on the charge, which hangs from the clause before it
/// as the parser hangs one it reads right.
/// </summary>
internal static class AnswersToAChargeTakenForClauses
{
    // The most words between the charge and its verb: a subject's name and an adverb or two ("Serbian officials also").
    private const int LongestSubject = 6;

    /// <summary>Re-hangs each such relative clause (heads are 1-based, 0 for the root); the charge and its verb are retagged.</summary>
    public static void Mend(string[] upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var comma = 2; comma < heads.Length; comma++)
        {
            if (forms[comma - 1] != ",") continue;
            var charge = comma + 1;
            if (forms[charge - 1] is "a" or "an" or "the" && charge < heads.Length) charge++;
            if (!TextLexicon.ChargeNouns.Contains(forms[charge - 1])) continue;
            var first = charge + 1;
            var relative = first <= heads.Length && TreeArrays.RelativePronouns.Contains(forms[first - 1]) ? first++ : 0;
            var verb = Enumerable.Range(first, Math.Max(0, Math.Min(heads.Length, first + LongestSubject) - first + 1))
                .FirstOrDefault(w => TextLexicon.AnsweringVerbs.Contains(forms[w - 1]) && char.IsLower(forms[w - 1][0]));
            if (verb == 0) continue;
            var last = verb - 1;
            while (last >= first && (upos[last - 1] is "ADV" or "AUX")) last--;
            if (last < first || Enumerable.Range(first, last - first + 1).Any(w => upos[w - 1] is "PUNCT" or "VERB" or "ADP")
                || !Enumerable.Range(first, last - first + 1).Any(w => upos[w - 1] is "NOUN" or "PROPN")) continue;
            if (MainVerbBefore(upos, heads, comma, verb) is not { } clause) continue;
            var subject = SubjectHead(upos, heads, first, last);
            foreach (var word in Enumerable.Range(first, last - first + 1).Where(w => w != subject && OutsideOf(heads, w, first, last)))
            {
                (heads[word - 1], relations[word - 1]) = (subject, upos[word - 1] == "DET" ? "det" : "compound");
            }
            foreach (var word in Enumerable.Range(last + 1, verb - last - 1))
            {
                (heads[word - 1], relations[word - 1]) = (verb, upos[word - 1] == "AUX" ? "aux" : "advmod");
            }
            (upos[charge - 1], upos[verb - 1]) = ("NOUN", "VERB");
            (heads[subject - 1], relations[subject - 1]) = (verb, "nsubj");
            (heads[verb - 1], relations[verb - 1]) = (charge, "acl:relcl");
            (heads[charge - 1], relations[charge - 1]) = (clause, "obl:unmarked");
            (heads[comma - 1], relations[comma - 1]) = (charge, "punct");
            if (charge > comma + 1) (heads[comma], relations[comma]) = (charge, "det");
            if (relative > 0) (heads[relative - 1], relations[relative - 1]) = (verb, "obj");
            // "calls 'categorically false'", "rejected as baseless": what follows the verb is the relative clause's, though the
            // parser hung it from the clause before the comma or left it without a verb; not the sentence's full stop, nor what
            // comes after the next comma or semicolon.
            for (var word = verb + 1; word <= heads.Length && forms[word - 1] is not ("," or ";" or ":" or "—" or "–"); word++)
            {
                if (heads[word - 1] is > 0 and var head && head < comma && !(word == heads.Length && upos[word - 1] == "PUNCT")
                    && !IsAbove(heads, word, comma - 1)) heads[word - 1] = verb;
                if (heads[word - 1] == verb && relations[word - 1] is "orphan" or "parataxis" or "conj" or "dep" or "appos")
                {
                    relations[word - 1] = "xcomp";
                }
            }
        }
    }

    // The highest verb above the word before the comma; none when the way up passes through the charge's words (the parser
    // made the answer the sentence's head), which hang from it once mended.
    private static int? MainVerbBefore(IReadOnlyList<string> upos, int[] heads, int comma, int verb)
    {
        int? main = null;
        for (var (word, steps) = (comma - 1, 0); word != 0; word = heads[word - 1], steps++)
        {
            if (steps > heads.Length) return null;
            if (word >= comma && word <= verb) return null;
            if (upos[word - 1] == "VERB") main = word;
        }
        return main;
    }

    // Whether a word is on the way up from another to the root: re-hung below the answer, it would hang below itself.
    private static bool IsAbove(int[] heads, int word, int below)
    {
        for (var (at, steps) = (below, 0); at != 0 && steps <= heads.Length; at = heads[at - 1], steps++)
        {
            if (at == word) return true;
        }
        return false;
    }

    // The subject's head: its one word hung from outside it, else its last noun or name.
    private static int SubjectHead(IReadOnlyList<string> upos, int[] heads, int first, int last)
    {
        var leaving = Enumerable.Range(first, last - first + 1).Where(w => OutsideOf(heads, w, first, last)).ToList();
        return leaving is [var only] && upos[only - 1] is "NOUN" or "PROPN"
            ? only
            : Enumerable.Range(first, last - first + 1).Last(w => upos[w - 1] is "NOUN" or "PROPN");
    }

    private static bool OutsideOf(int[] heads, int word, int first, int last) => heads[word - 1] < first || heads[word - 1] > last;
}

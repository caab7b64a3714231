using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "'The reports are false,' Lieutenant Colonel Imran Siddiqi, director of the press office, said": after a quotation, a
/// name with its role set off by commas is the subject of the verb of speech after them. A greedy parser that has read the
/// quotation hangs the name inside it (an oblique, an apposition of its predicate) and the role beside it, and leaves the
/// verb without a subject. The name, a run of proper nouns right after a quotation mark or a comma, becomes the subject of
/// the verb (one of source-verbs.txt) and the role between the commas its apposition, when no other word hangs from them.
/// </summary>
internal static class ApposedSpeakersTakenIntoTheQuotation
{
    /// <summary>Re-hangs the name from the verb and the role from the name (heads are 1-based, 0 for the root).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var verb = 6; verb <= heads.Length; verb++)
        {
            if (upos[verb - 1] != "VERB" || forms[verb - 2] != "," || !TextLexicon.SourceVerbs.Contains(forms[verb - 1])
                || TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject) != 0) continue;
            var roleEnd = verb - 2;
            var roleStart = roleEnd;
            while (roleStart > 1 && !IsBreak(forms[roleStart - 2])) roleStart--;
            var nameEnd = roleStart - 2;
            if (roleStart <= 2 || forms[roleStart - 2] != "," || nameEnd < 2) continue;
            var nameStart = nameEnd;
            while (nameStart > 1 && upos[nameStart - 2] == "PROPN") nameStart--;
            if (nameStart < 2 || upos[nameEnd - 1] != "PROPN" || !IsQuotationMark(forms[nameStart - 2])
                || !QuotesBefore(heads, relations, verb, nameStart)) continue;
            if (HeadOf(upos, heads, nameStart, nameEnd) is not { } name || HeadOf(upos, heads, roleStart, roleEnd) is not { } role
                || upos[role - 1] != "NOUN" || HasDependentsOutside(upos, heads, nameStart, roleEnd)) continue;
            (heads[name - 1], relations[name - 1]) = (verb, "nsubj");
            (heads[role - 1], relations[role - 1]) = (name, "appos");
            (heads[roleStart - 2], relations[roleStart - 2]) = (role, "punct");
            (heads[verb - 2], relations[verb - 2]) = (role, "punct");
        }
    }

    private static bool IsBreak(string form) => form == "," || IsQuotationMark(form);

    private static bool IsQuotationMark(string form) => form is "\"" or "”" or "''";

    // The quotation is what the verb reports: its head hangs from the verb, or the verb hangs inside it.
    private static bool QuotesBefore(int[] heads, string[] relations, int verb, int nameStart) =>
        (heads[verb - 1] != 0 && heads[verb - 1] < nameStart)
        || TreeArrays.Dependent(heads, relations, verb, r => r is "ccomp" or "parataxis", last: nameStart) != 0;

    // The one word of the span hung from outside it; null when there are several, or a verb of a clause of its own.
    private static int? HeadOf(IReadOnlyList<string> upos, int[] heads, int first, int last)
    {
        int? head = null;
        for (var word = first; word <= last; word++)
        {
            if (upos[word - 1] is "VERB" or "AUX") return null;
            if (heads[word - 1] >= first && heads[word - 1] <= last) continue;
            if (head is not null) return null;
            head = word;
        }
        return head;
    }

    // A word outside the name and its role, but a mark, that hangs from a word inside them.
    private static bool HasDependentsOutside(IReadOnlyList<string> upos, int[] heads, int first, int last)
    {
        for (var word = 1; word <= heads.Length; word++)
        {
            if ((word < first || word > last) && upos[word - 1] != "PUNCT" && heads[word - 1] >= first && heads[word - 1] <= last)
            {
                return true;
            }
        }
        return false;
    }
}

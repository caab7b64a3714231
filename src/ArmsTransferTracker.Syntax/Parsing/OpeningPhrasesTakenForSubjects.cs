namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "In Minsk, the State Authority for Military Industry said": a parser may take the noun of a phrase that opens with a
/// preposition for the verb's subject and the subject after the comma for its apposition. A subject takes no preposition: the
/// phrase's noun is the verb's oblique, and the noun set after it by a comma is the subject, with the words it took after it.
/// </summary>
internal static class OpeningPhrasesTakenForSubjects
{
    /// <summary>Re-hangs each such phrase and its would-be apposition (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var noun = 2; noun <= heads.Length; noun++)
        {
            var verb = heads[noun - 1];
            if (!TreeArrays.IsSubject(relations[noun - 1]) || upos[noun - 1] is not ("NOUN" or "PROPN") || verb <= noun) continue;
            var preposition = TreeArrays.Dependent(heads, relations, noun, r => r == "case", 1, noun - 1);
            // "In Beijing, Yan Meiling, a spokeswoman ...": the first noun after the comma, whether taken for an apposition or
            // for a conjunct with no conjunction.
            var subject = TreeArrays.Dependent(heads, relations, noun, r => r is "appos" or "conj", noun + 1, verb - 1);
            if (preposition == 0 || upos[preposition - 1] != "ADP" || subject == 0 || forms[noun] != ","
                || TreeArrays.HasDependent(heads, relations, subject, "cc")) continue;
            for (var word = subject + 1; word < verb; word++)
            {
                if (heads[word - 1] == noun) heads[word - 1] = subject;
            }
            (heads[subject - 1], relations[subject - 1]) = (verb, relations[noun - 1]);
            relations[noun - 1] = "obl";
        }
    }
}

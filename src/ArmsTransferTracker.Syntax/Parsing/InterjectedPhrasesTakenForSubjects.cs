namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "the government cannot at this stage confirm the origin", "President Okonjo, on his first visit to Kenya, said": a phrase
/// set between a subject and its verb after an auxiliary, an adverb or a comma, opening with a preposition, is no subject,
/// though a parser may take its noun for the verb's subject and hang the real subject and the auxiliaries from it. The noun
/// is the verb's oblique; the words it took before its preposition are the verb's.
/// </summary>
internal static class InterjectedPhrasesTakenForSubjects
{
    /// <summary>Re-hangs each such phrase and what it took (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var noun = 2; noun <= heads.Length; noun++)
        {
            var verb = heads[noun - 1];
            if (!TreeArrays.IsSubject(relations[noun - 1]) || upos[noun - 1] is not ("NOUN" or "PROPN") || verb <= noun
                || upos[verb - 1] != "VERB") continue;
            var preposition = TreeArrays.Dependent(heads, relations, noun, r => r == "case", 1, noun - 1);
            var subject = TreeArrays.Dependent(heads, relations, noun, TreeArrays.IsSubject, 1, noun - 1);
            // Set off from the subject by a comma, an auxiliary or an adverb: "on the Congo" right after "Experts" is theirs.
            if (preposition == 0 || upos[preposition - 1] != "ADP" || subject == 0 || subject > preposition
                || upos[preposition - 2] is not ("PUNCT" or "AUX" or "PART" or "ADV")) continue;
            for (var word = 1; word < preposition; word++)
            {
                if (heads[word - 1] == noun) heads[word - 1] = verb;
            }
            relations[noun - 1] = "obl";
        }
    }
}

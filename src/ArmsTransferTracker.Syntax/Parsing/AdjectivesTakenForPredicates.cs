namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "People familiar with the matter said ...", "Officials aware of the plans told ...": a greedy parser reads the
/// adjective after the noun as a predicate without a verb, with the noun its subject, and then hangs the verb that
/// follows from it (its subject the noun after "with"), or the adjective from the verb as what is said or as its subject.
/// An adjective right after its subject, with no copula or auxiliary, whose preposition phrase is followed by a verb the
/// parser joined to it, describes the noun: the noun is the verb's subject, the adjective its modifier, the phrase the
/// adjective's.
/// </summary>
internal static class AdjectivesTakenForPredicates
{
    /// <summary>Re-hangs the noun, its adjective and the verb (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var adjective = 2; adjective + 2 < heads.Length; adjective++)
        {
            var noun = adjective - 1;
            if (upos[adjective - 1] != "ADJ" || upos[noun - 1] is not ("NOUN" or "PROPN")
                || heads[noun - 1] != adjective || relations[noun - 1] != "nsubj" || upos[adjective] != "ADP"
                || TreeArrays.HasDependent(heads, relations, adjective, "cop", "aux", "aux:pass", "mark")) continue;
            var verb = VerbAfter(upos, heads, relations, adjective);
            if (verb == 0) continue;
            Mend(heads, relations, noun, adjective, verb);
            return;
        }
    }

    // The first verb after the adjective's phrase, if the parser joined the two: one hangs from the other, or the verb took
    // the phrase.
    private static int VerbAfter(IReadOnlyList<string> upos, int[] heads, string[] relations, int adjective)
    {
        for (var word = adjective + 2; word <= heads.Length; word++)
        {
            if (upos[word - 1] is "PUNCT" or "VERB" or "AUX" or "SCONJ" or "CCONJ")
            {
                // ... or the verb took the adjective's phrase for its subject ("people familiar with the deal said", with the
                // adjective hung from the clause before the comma).
                var joined = (heads[word - 1] == adjective && relations[word - 1] is "advcl" or "ccomp" or "parataxis")
                    || (heads[adjective - 1] == word && relations[adjective - 1] is "ccomp" or "advcl" or "csubj" or "nsubj")
                    || Enumerable.Range(adjective + 1, word - adjective - 1)
                        .Any(w => heads[w - 1] == word && TreeArrays.IsSubject(relations[w - 1]));
                return upos[word - 1] == "VERB" && joined ? word : 0;
            }
        }
        return 0;
    }

    private static void Mend(int[] heads, string[] relations, int noun, int adjective, int verb)
    {
        if (heads[verb - 1] == adjective) (heads[verb - 1], relations[verb - 1]) = (heads[adjective - 1], relations[adjective - 1]);
        // The words between the adjective and the verb that the verb took (its subject, the "with" it read as a marker)
        // are the adjective's phrase: its noun hangs from the adjective, the preposition from its noun.
        var phrase = Enumerable.Range(adjective + 1, verb - adjective - 1).ToList();
        var phraseNoun = phrase.FirstOrDefault(w => heads[w - 1] == verb && TreeArrays.IsSubject(relations[w - 1]));
        if (phraseNoun != 0)
        {
            (heads[phraseNoun - 1], relations[phraseNoun - 1]) = (adjective, "obl");
            foreach (var word in phrase.Where(w => w < phraseNoun && heads[w - 1] == verb))
            {
                (heads[word - 1], relations[word - 1]) = (phraseNoun, "case");
            }
        }
        // What hung from the adjective after the verb (the full stop of a sentence it headed) hangs from the verb.
        for (var word = verb + 1; word <= heads.Length; word++)
        {
            if (heads[word - 1] == adjective) heads[word - 1] = verb;
        }
        (heads[noun - 1], relations[noun - 1]) = (verb, "nsubj");
        (heads[adjective - 1], relations[adjective - 1]) = (noun, "amod");
    }
}

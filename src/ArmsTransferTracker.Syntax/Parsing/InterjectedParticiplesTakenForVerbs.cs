namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "A ministry spokesman, asked about the report, said ...": a greedy parser that reads "spokesman, asked" takes the
/// participle between commas for the clause's verb, with the speaker for its subject, and then hangs the real verb from it
/// (or hangs the participle from the verb as its complement). News interjects such participles ("asked about", "speaking
/// on condition of anonymity", "reached by phone") between a speaker and "said" far more often than the treebank does.
/// A participle set off by commas right after its subject, whose commas close before a verb with no subject, modifies
/// that verb, and the subject is the verb's. So does a participle that opens the sentence ("Asked about the sales, the
/// spokeswoman said ..."), whose comma closes before a clause with a subject of its own, or before a noun phrase the parser
/// hung from the participle's phrase and a verb with no subject ("Asked about it, the spokesman, Majid Kiani, would not say").
/// The verb may follow its auxiliaries ("the tanks, taken out of storage, were put on trains"), and the parser may have
/// hung verb and participle side by side from the clause around them; an adverb may open the participle's phrase ("still
/// bearing their flags").
/// </summary>
internal static class InterjectedParticiplesTakenForVerbs
{
    /// <summary>Re-hangs each such subject and participle from the verb (heads are 1-based, 0 for the root; tags universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        if (upos.Count > 0 && upos[0] == "VERB" && OpeningClauseVerb(upos, forms, heads, relations) is var (opened, opener) and (> 0, _))
        {
            if (opener > 0) (heads[opener - 1], relations[opener - 1]) = (opened, "nsubj");
            Rehang(heads, relations, 1, opened);
        }
        for (var participle = 3; participle <= heads.Length; participle++)
        {
            if (upos[participle - 1] != "VERB" || !IsSetOffByAComma(upos, forms, heads, participle)) continue;
            var subject = SubjectBefore(heads, relations, participle);
            if (subject == 0) continue;
            var verb = VerbAfterClosingComma(upos, forms, heads, relations, participle);
            if (verb == 0) continue;
            Rehang(heads, relations, participle, verb);
            // A verb in the passive tells what befell its subject, which the participle between commas describes ("claims,
            // voiced by a lawmaker, were denied").
            var passive = TreeArrays.HasDependent(heads, relations, verb, "aux:pass");
            if (passive) (heads[participle - 1], relations[participle - 1]) = (subject, "acl");
            (heads[subject - 1], relations[subject - 1]) = (verb, passive ? "nsubj:pass" : "nsubj");
        }
    }

    // The participle modifies the verb; a verb hung from the participle takes its place in the tree, and the words after it
    // that the participle governed.
    private static void Rehang(int[] heads, string[] relations, int participle, int verb)
    {
        if (heads[verb - 1] == participle)
        {
            (heads[verb - 1], relations[verb - 1]) = (heads[participle - 1], relations[participle - 1]);
            for (var i = verb + 1; i <= heads.Length; i++)
            {
                if (heads[i - 1] == participle) heads[i - 1] = verb;
            }
        }
        (heads[participle - 1], relations[participle - 1]) = (verb, "advcl");
    }

    // "Asked about the sales, the spokeswoman said": the verb after the first comma, with a subject between, hung from the
    // participle that opens the sentence.
    // "Asked about the reports, the ministry's spokesman, Majid Kiani, would neither confirm nor deny": the parser may also hang
    // the subject from the participle's phrase, as a clause or an apposition of its own; then the verb after it, with no
    // subject, is its verb. The second number is that subject, to be re-hung, or 0.
    private static (int Verb, int Subject) OpeningClauseVerb(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads,
        string[] relations)
    {
        // Every parsed sentence passes here: the forms are searched in place, not copied.
        var comma = TreeArrays.NextComma(forms, 0);
        if (comma > forms.Count) return (0, 0);
        for (var verb = comma + 1; verb <= heads.Length; verb++)
        {
            if (heads[verb - 1] != 1 || upos[verb - 1] == "PUNCT") continue;
            var joined = upos[verb - 1] == "VERB" && relations[verb - 1] is "parataxis" or "conj";
            if (joined && TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject, comma + 1, verb - 1) != 0) return (verb, 0);
            if (joined && TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject) == 0
                && SubjectPhraseHead(forms, upos, heads, relations, comma + 1, verb) is { } subject) return (verb, subject);
            // Only the subject, taken for a clause of the participle's, may come between the comma and the verb.
            if (upos[verb - 1] is not ("NOUN" or "PROPN")) return (0, 0);
        }
        return (0, 0);
    }

    // The head of the noun phrase from the first word up to the verb's own words ("would neither"): a noun or name that hangs
    // from before the phrase, with no verb in it and no word outside it hung from it. A name set off by a comma that the parser
    // hung beside it ("the ministry's spokesman, Majid Kiani") is its apposition.
    private static int? SubjectPhraseHead(IReadOnlyList<string> forms, IReadOnlyList<string> upos, int[] heads, string[] relations,
        int first, int verb)
    {
        var last = verb - 1;
        while (last >= first && (upos[last - 1] == "PUNCT" || (heads[last - 1] == verb && relations[last - 1] is "aux" or "advmod")))
        {
            last--;
        }
        var phraseHeads = new List<int>();
        for (var word = 1; word <= heads.Length; word++)
        {
            var inside = word >= first && word <= last;
            if (inside && upos[word - 1] is "VERB" or "AUX") return null;
            var hungInside = heads[word - 1] >= first && heads[word - 1] <= last;
            if (!inside && hungInside && upos[word - 1] != "PUNCT") return null;
            if (!inside || hungInside) continue;
            if (heads[word - 1] >= first) return null;
            phraseHeads.Add(word);
        }
        if (phraseHeads.Count == 0 || upos[phraseHeads[0] - 1] is not ("NOUN" or "PROPN")) return null;
        var apposed = phraseHeads.Skip(1).ToList();
        if (apposed.Any(a => upos[a - 1] != "PROPN" || forms[a - 2] != ",")) return null;
        foreach (var name in apposed) (heads[name - 1], relations[name - 1]) = (phraseHeads[0], "appos");
        return phraseHeads[0];
    }

    // The comma right before the participle, or before an adverb of its own ("carriers, still bearing their flags, were").
    private static bool IsSetOffByAComma(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, int participle) =>
        forms[participle - 2] == ","
        || (participle > 3 && upos[participle - 2] == "ADV" && heads[participle - 2] == participle && forms[participle - 3] == ",");

    // The participle's subject, ending just before the comma that opens the participle's phrase.
    private static int SubjectBefore(int[] heads, string[] relations, int participle) =>
        TreeArrays.LastDependent(heads, relations, participle, r => r is "nsubj" or "nsubj:pass", 1, participle - 2);

    // The verb right after the first comma that follows the participle, joined to it either way, with no subject of its own.
    private static int VerbAfterClosingComma(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations,
        int participle)
    {
        var verb = TreeArrays.NextComma(forms, participle) + 1;
        // "were put", "had been sent": the verb after the auxiliaries the parser hung from it.
        while (verb < forms.Count && upos[verb - 1] == "AUX" && heads[verb - 1] > verb) verb++;
        if (verb > forms.Count || upos[verb - 1] != "VERB"
            || TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject) != 0) return 0;
        var verbHangsFromParticiple = heads[verb - 1] == participle && relations[verb - 1] is "parataxis" or "conj";
        var participleHangsFromVerb = heads[participle - 1] == verb && relations[participle - 1] is "ccomp" or "advcl" or "parataxis";
        var sideBySide = heads[verb - 1] == heads[participle - 1] && heads[verb - 1] != 0
            && relations[participle - 1] is "ccomp" or "parataxis" && relations[verb - 1] is "ccomp" or "conj" or "parataxis";
        return verbHangsFromParticiple || participleHangsFromVerb || sideBySide ? verb : 0;
    }
}

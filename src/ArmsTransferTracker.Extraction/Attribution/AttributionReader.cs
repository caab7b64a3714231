using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Rules;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Attribution;

/// <summary>The fourth stage: every attribution of a parsed sentence, with its speaker named from the parse.</summary>
public static class AttributionReader
{
    private static int? SubjectBefore(ParsedSentence tree, int pronoun)
    {
        // The subject of a clause the pronoun's own clause hangs from, not one inside a quotation before it ('"... Chile
        // supplied arms ...," it said').
        var governing = new HashSet<int>();
        for (var w = tree[pronoun].Head; w != 0; w = tree[w].Head) governing.Add(tree[w].Head);
        return tree.Words.Where(w => w.Index < pronoun && w.Relation.StartsWith("nsubj", StringComparison.Ordinal)
                && w.Upos is "NOUN" or "PROPN" && governing.Contains(w.Head))
            .Select(w => (int?)w.Index)
            .LastOrDefault();
    }

    // "according to U.S. officials and a European diplomat": two sources, each its own phrase; "U.S. and European officials"
    // is one phrase (the split words of its name are SplitCoordinated's).
    private static IEnumerable<IReadOnlyList<int>> Coordinated(ParsedSentence tree, IReadOnlyList<int> words)
    {
        var second = words.FirstOrDefault(w => tree[w].Relation == "conj" && tree[w].Upos is "NOUN" or "PROPN"
            && words.Contains(tree[w].Head) && tree[tree[w].Head].Upos is "NOUN" or "PROPN"
            && tree.Dependents(w).Any(d => d.Relation == "cc" && words.Contains(d.Index)) && !IsJoinedByAmpersand(tree, w)
            && !IsWithinAnInstitutionsName(tree, w));
        var cc = second != 0 ? tree.Dependents(second).First(d => d.Relation == "cc").Index : JoinOfTwoHeads(tree, words);
        // "German and Dutch intelligence officials": a side's adjective alone before "and" shares the head after it.
        if (cc == 0 || (words.Count(w => w < cc) == 1 && IsDemonym(tree[words[0]].Form))) return [words];
        return [words.Where(w => w < cc).ToList(), words.Where(w => w > cc).ToList()];
    }

    // "Dariush Farahmand, a member of parliament's security and foreign policy committee, said": an "and" inside the words set
    // off after a name joins them, however the parser hung the second; a second speaker comes after the comma that closes them.
    private static bool IsWithinTheApposition(ParsedSentence tree, int speaker, int conjunct) =>
        tree.Children(speaker, "appos").Any(a => a.Index > speaker && a.Index < conjunct
            && tree[ActorNames.FirstWordOf(tree, a.Index) - 1].Form == ",")
        && tree.Dependents(conjunct).FirstOrDefault(d => d.Relation == "cc") is { } and && tree[and.Index - 1].Form != ",";

    // "Ellen Broadwick, a Republican on the committee, said": a phrase with an article set off by a comma after a name, and no
    // "and" or "or" in the list, says who the one named is; the parser may join it as a second speaker.
    private static bool IsApposedWithAnArticle(ParsedSentence tree, int speaker, int conjunct) =>
        tree[speaker].Upos == "PROPN" && tree.Children(conjunct, "det").Any(d => d.Lemma is "a" or "the")
        && tree[ActorNames.FirstWordOf(tree, conjunct) - 1].Form == ","
        && !tree.WithConjuncts(speaker).Any(c => tree.Dependents(c).Any(d => d.Relation == "cc"));

    private static bool IsOwnedByTheFirst(ParsedSentence tree, int conjunct) =>
        tree[conjunct].Upos == "NOUN" && tree.Children(conjunct, "nmod:poss").Any(p => p.Upos == "PRON");

    // "Shore & Sea Watch": an ampersand joins the words of one name, not two speakers.
    private static bool IsJoinedByAmpersand(ParsedSentence tree, int conjunct) =>
        tree.Dependents(conjunct).Any(d => d is { Relation: "cc", Form: "&" });

    // "the Institute for Peace and Conflict Data", "the Bureau of Alcohol, Tobacco, Firearms and Explosives": capitalised words
    // joined after an institution's "for" or "of" are one name.
    // "The Foreign, Commonwealth and Development Office said": capitalised words listed before a body's head, each alone, are
    // the words of one name, not bodies of their own. The name's words, from the first to the head, or null.
    private static IReadOnlyList<int>? OneNameListed(ParsedSentence tree, int speaker)
    {
        var conjuncts = tree.WithConjuncts(speaker).ToList();
        if (conjuncts is not [var first, .., var last] || first != speaker
            || !ActorNames.IsBodyHead(tree[last].Lemma.ToLowerInvariant()) || tree.Child(last, "compound") is null) return null;
        var words = Enumerable.Range(first, last - first + 1).ToList();
        return words.All(w => char.IsUpper(tree[w].Form[0]) || tree[w].Form is "," or "and")
            && conjuncts.SkipLast(1).All(c => tree.Dependents(c).All(d => d.Relation is "conj" or "punct" or "cc" or "det"))
            ? words : null;
    }

    private static bool IsWithinAnInstitutionsName(ParsedSentence tree, int conjunct)
    {
        for (var word = conjunct - 1; word > 1; word--)
        {
            var form = tree[word].Form;
            if (form is "for" or "of")
            {
                return char.IsUpper(tree[word - 1].Form[0]) && ActorNames.IsBodyHead(tree[word - 1].Lemma.ToLowerInvariant());
            }
            if (form is not ("and" or "," or "&") && !char.IsUpper(form[0])) return false;
        }
        return false;
    }

    private static bool IsDemonym(string form) => Places.Find([form]) is [{ Form: PlaceForm.Demonym }];

    // "trade officials and industry executives", however the parser hung the second: an "and" right after a plural noun joins
    // two phrases, each with its own head; after a name or an adjective ("U.S. and European officials") it joins modifiers.
    private static int JoinOfTwoHeads(ParsedSentence tree, IReadOnlyList<int> words)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            var (before, and) = (tree[words[i - 1]], tree[words[i]]);
            if (and.Lemma == "and" && before.Upos == "NOUN" && !before.Form.Equals(before.Lemma, StringComparison.OrdinalIgnoreCase)
                && words.Skip(i + 1).Any(w => tree[w].Upos == "NOUN")) return and.Index;
        }
        return 0;
    }

    // "said in a report released on Thursday": a new document; "the report by X", "the briefing, by X, said": one named again.
    private static DocumentReference? DocumentOf(ParsedSentence tree, int verb, int speaker)
    {
        if (DocumentWord(tree, verb, speaker) is not { } document) return null;
        var definite = tree.Dependents(document).Any(d => d.Relation == "det" && d.Lemma is "the" or "this" or "that");
        return new DocumentReference(tree[document].Lemma, definite);
    }

    private static int? DocumentWord(ParsedSentence tree, int verb, int speaker)
    {
        var document = new[] { verb, speaker, tree[speaker].Head }.FirstOrDefault(w => w > 0 && tree[w].Upos == "NOUN"
            && Lexicon.IsStatementOrDocument(tree[w]));
        if (document == 0) document = DocumentIn(tree, verb) ?? IssuedDocument(tree, verb) ?? DocumentAfter(tree, verb);
        return document == 0 ? null : document;
    }

    // "said in a statement": the document a verb speaks in.
    private static int? DocumentIn(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).FirstOrDefault(d => d.Relation.StartsWith("obl", StringComparison.Ordinal)
            && tree.CaseOf(d.Index) == "in" && Lexicon.IsStatementOrDocument(d))?.Index;

    // "The embassy published a statement rejecting ...": a statement or document the verb puts out.
    private static int? IssuedDocument(ParsedSentence tree, int verb) =>
        Lexicon.IssuingVerbs.Contains(tree[verb].Lemma)
            ? tree.Children(verb, "obj").FirstOrDefault(d => Lexicon.IsStatementOrDocument(d))?.Index
            : null;

    // "Iran denied the report in a statement released by its mission to the UN": a state speaks through the body that issued
    // the statement, and that body is the speaker.
    private static ActorPhrase ThroughItsBody(SentenceMentions mentions, int verb, int speaker, ActorPhrase named)
    {
        var tree = mentions.Sentence.Tree!;
        // "denied providing the weapons in a statement": the parser may hang the statement on the verb the denial governs.
        var document = DocumentWord(tree, verb, speaker)
            ?? tree.Children(verb, "xcomp").Select(x => DocumentIn(tree, x.Index)).FirstOrDefault(d => d is not null);
        // Not "in a statement its news agency carried, Ecuador said": the agency relays the statement; the state speaks.
        if (named is not { Kind: ActorKind.Government, Reference: ActorReference.Named } || named.Name != named.Affiliation
            || document is null || document == speaker
            || tree.Children(document.Value, "acl").Any(p => Lexicon.RelayingVerbs.Contains(p.Lemma))
            || ActorNames.Name(mentions, document.Value) is not { Reference: ActorReference.Named, Kind: not ActorKind.Person } body
            || body.Name == named.Name)
        {
            return named;
        }
        // "its permanent mission": named, as the article would, with its state ("Iranian permanent mission").
        var state = named.Name;
        var withState = body.Affiliation is null && Places.DemonymOf(state) is { } demonym
            && !body.Name.Contains(state, StringComparison.OrdinalIgnoreCase) ? $"{demonym} {body.Name}" : body.Name;
        return body with { Name = withState, Affiliation = body.Affiliation ?? state };
    }

    // "said in a report released on Thursday", however the parser hung the report: its first noun after "in" right after the verb.
    private static int DocumentAfter(ParsedSentence tree, int verb)
    {
        if (verb + 2 > tree.Words.Count || tree[verb + 1].Lemma != "in") return 0;
        var noun = tree.Words.Skip(verb + 1).Take(4).FirstOrDefault(w => w.Upos == "NOUN");
        return noun is not null && Lexicon.IsStatementOrDocument(noun) ? noun.Index : 0;
    }

    // The speaker and those coordinated with it; "two officials and a Western diplomat said" may be parsed as two subjects of
    // "said", the second opened by "and".
    // "the U.S. and its followers have spread the rumour": a common noun the first speaker owns ("its allies") names no one.
    private static IEnumerable<int> CoordinatedSubjects(ParsedSentence tree, int speaker, int verb) =>
        tree.WithConjuncts(speaker).Where(h => h == speaker
                || (!IsJoinedByAmpersand(tree, h) && !IsOwnedByTheFirst(tree, h) && !IsWithinAnInstitutionsName(tree, h)
                    && !IsWithinTheApposition(tree, speaker, h) && !IsApposedWithAnArticle(tree, speaker, h)))
            .Concat(tree[speaker] is { Relation: "nsubj" } subject && subject.Head == verb
                ? tree.Children(verb, "nsubj").Where(s => s.Index > speaker && tree.Words.Any(d => d is { Relation: "cc", Lemma: "and" }
                        && d.Index > speaker && d.Index < s.Index && (d.Head == verb || d.Head == s.Index))
                        && !IsWithinAnInstitutionsName(tree, s.Index))
                    .Select(s => s.Index)
                : []);

    public static IReadOnlyList<Attribution> Read(SentenceMentions mentions)
    {
        if (mentions.Sentence.Tree is not { } tree) return [];
        var hedgeHeads = PhraseHeads.Of(tree, Lexicon.Hedges);
        var silenceHeads = PhraseHeads.Of(tree, Lexicon.Silences);
        var attributions = new List<Attribution>();
        foreach (var word in tree.Words)
        {
            // "showed off Russian tanks", "called off the sale": a verb with "off" says nothing.
            if (tree.Dependents(word.Index).Any(d => d.Relation == "compound:prt" && d.Lemma == "off")) continue;
            var site = new SpeechSite(mentions, tree, word.Index, hedgeHeads, silenceHeads);
            if (AttributionRules.Speakers.Fire(site) is not { } fired) continue;
            var (reading, rule) = fired;
            var rules = new List<string> { rule.Name };
            var cue = reading.Cue;
            // "China opposes the EU's groundless accusations": what others call the report is not what its author says.
            if (rule.Name != "report-by-its-author" && AttributionRules.Cues.Fire((site, reading)) is { } adjusted)
            {
                cue = adjusted.Output.Cue;
                rules.Add(adjusted.Rule.Name);
            }
            // "Pyongyang and Moscow have both denied": each of the coordinated speakers says it.
            var heads = OneNameListed(tree, reading.Speaker) is { } listed ? [(Head: reading.Speaker, Words: listed)]
                : reading.SpeakerWords is null
                ? CoordinatedSubjects(tree, reading.Speaker, word.Index).Select(h => (Head: h, Words: (IReadOnlyList<int>?)null))
                : Coordinated(tree, reading.SpeakerWords).Select(words => (Head: reading.Speaker, Words: (IReadOnlyList<int>?)words));
            foreach (var (head, spelled) in heads)
            {
                var named = spelled is { } words ? ActorNames.Name(mentions, head, words) : ActorNames.Name(mentions, head);
                // "The RSF paraded what they said were drones": a group pronoun is the subject named before it in the sentence;
                // "we" is the one who speaks or writes, never a side named before.
                if (named is { Reference: ActorReference.Pronoun, Kind: not ActorKind.Person, Name: not "we" } && tree[head].Upos == "PRON"
                    && SubjectBefore(tree, head) is { } antecedent)
                {
                    named = ActorNames.Name(mentions, antecedent) ?? named;
                }
                if (named is null) continue;
                named = ThroughItsBody(mentions, word.Index, head, named);
                foreach (var speaker in ActorNames.SplitCoordinated(named))
                {
                    var speakerRules = head == reading.Speaker && speaker == named ? rules : [.. rules, "coordinated-speakers"];
                    attributions.Add(new Attribution(mentions.Sentence, word.Index, speaker, cue, reading.Scope, speakerRules)
                    {
                        Document = DocumentOf(tree, word.Index, reading.Speaker),
                    });
                }
            }
        }
        // "X said ..., the agency Ukrpress reported": a trailing speaker over another speaker of the sentence only relays.
        return SpeakersOwnBodies(tree, attributions.Where(a => !a.Rules.Contains("speaker-before-its-verb")
            || !attributions.Any(other => other != a && other.Verb < a.Verb && a.Governs(other.Verb))).ToList());
    }

    // "his service", "its ministry": the tagger lemmatises the owner's pronoun to "he" or "it" as often as not.
    private static bool IsOwnersPronoun(SyntaxWord word) =>
        word.Relation == "nmod:poss" && word.Lemma.ToLowerInvariant() is "his" or "her" or "its" or "he" or "she" or "it";

    // "Colonel Marchenko said his service 'does not comment on sources'": a body the speaker calls his, her or its own, inside
    // what the speaker says, is the speaker's: its refusal or denial is the speaker's word, not another actor's.
    private static List<Attribution> SpeakersOwnBodies(ParsedSentence tree, List<Attribution> attributions)
    {
        foreach (var inner in attributions.Where(a => tree.Dependents(a.Speaker.Head).Any(IsOwnersPronoun)).ToList())
        {
            if (attributions.FirstOrDefault(o => o.Verb != inner.Verb && o.Speaker.Head != inner.Speaker.Head && o.Governs(inner.Verb)
                && o.Verb < inner.Speaker.Head && tree.Dominates(o.Verb, inner.Verb)) is not { } outer) continue;
            attributions.Remove(inner);
            if (inner.Cue is Cue.Neutral or Cue.Denies && outer.Cue == Cue.Asserts)
            {
                attributions[attributions.IndexOf(outer)] = outer with { Cue = inner.Cue, Rules = [.. outer.Rules, "speakers-own-body"] };
            }
        }
        return attributions;
    }
}

using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Rules;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Attribution;

/// <summary>A word that may attribute what it governs to a speaker.</summary>
public sealed record SpeechSite(
    SentenceMentions Mentions, ParsedSentence Tree, int Word, IReadOnlySet<int> HedgeHeads, IReadOnlySet<int> SilenceHeads)
{
    public SyntaxWord Verb => Tree[Word];
}

/// <summary>Who a rule finds speaking (the head of the speaker's phrase), how, and over which words.</summary>
/// <remarks>
/// <see cref="SpeakerWords"/>, when set, are the words that name the speaker as written, for constructions the parser
/// often breaks apart ("..., Secretary of State Mara Ellison said"): the name is read from them, not from the subtree.
/// </remarks>
public sealed record SpeechReading(int Speaker, Cue Cue, IReadOnlySet<int> Scope)
{
    public IReadOnlyList<int>? SpeakerWords { get; init; }
}

/// <summary>A cue a later rule finds in what the speaker says: "called the reports baseless" makes "called" a denial.</summary>
public sealed record CueReading(Cue Cue);

/// <summary>
/// Who says what, read off the parse: the subject of a reporting verb, the agent of a passive one, the object of
/// "according to", the subject of a refusal to comment. The first rule that fires at a word reads its attribution.
/// </summary>
public static class AttributionRules
{
    public static readonly IReadOnlyList<Rule<SpeechSite, SpeechReading>> Speakers =
    [
        new("denial-verb-subject", "The subject of \"deny\", \"reject\" or \"dismiss\" denies what the verb governs.",
            "North Korea on Tuesday dismissed claims that it had supplied shells to Russia.",
            site => Lexicon.DenialVerbs.Contains(site.Verb.Lemma) && Speaker(site) is { } speaker
                ? new(speaker, Cue.Denies, Scope(site, speaker)) : null),
        new("speaker-before-its-verb",
            "A trailing \"said\" has its speaker just before it, whatever subject the parser gave it across the claim.",
            "Belarus has sent shells to Russia, an exiled group of railway employees said on Monday.",
            site => IsSpeechVerb(site.Verb) && site.Verb.Relation is not ("xcomp" or "advcl") && !IsJoinedByConjunction(site)
                && !IsParticipleOfANoun(site)
                && SubjectMissedOrAcrossClaim(site)
                && PhraseBefore(site) is { } phrase
                ? new(phrase.Head, CueOfSpeech(site),
                    Enumerable.Range(1, site.Tree.Words.Count).Where(w => w < phrase.First || w > site.Word).ToHashSet())
                {
                    // "Dana Holm of the opposition Union for Renewal, waving invoices, said": the person speaks, not the party.
                    SpeakerWords = WithoutNameOfBody(site.Tree, [.. Enumerable.Range(phrase.First, phrase.Last - phrase.First + 1)]),
                }
                : null),
        new("quoted-as-saying", "\"X was quoted by an agency as saying\": X speaks; the agency only carries it.",
            "Iran's foreign ministry spokesman was quoted by a state news agency as saying that Tehran had sent no drones to Moscow.",
            site => site.Verb.Lemma == "quote" && IsPassive(site) && site.Tree.Child(site.Word, "nsubj:pass") is { } quoted
                ? new(quoted.Index, Cue.Asserts, Scope(site, quoted.Index)) : null),
        new("quoting-as-saying", "\"An agency quoted X as saying\": X speaks; the agency only carries it.",
            "A state news agency quoted a ministry official as saying that Tehran had sent no drones to Moscow.",
            site => site.Verb.Lemma == "quote" && !IsPassive(site) && QuotedAsSaying(site.Tree, site.Word) is { } quoted
                && !IsDocumentQuoting(site.Tree, site.Word)
                ? new(quoted, Cue.Asserts, Scope(site, quoted)) : null),
        new("claim-voiced-by", "A claim \"voiced by\" or \"made by\" someone is theirs: they assert it.",
            "The charge, voiced by a ministry spokesman at a briefing, drew an angry reply from Minsk.",
            site => site.Verb.Upos == "VERB" && Lexicon.VoicingVerbs.Contains(site.Verb.Lemma) && VoicedClaim(site) is { } claim
                && VoicedBy(site.Tree, site.Word) is { } voicer
                ? new(voicer, Cue.Asserts, site.Tree.Subtree(claim, d => d.Index != site.Word).ToHashSet()) : null),
        // "said by telephone", "told reporters by email": a "by" the parser took for an agent names no speaker when the verb
        // has a subject of its own.
        new("passive-reporting-agent", "In the passive, the agent of a reporting verb is the speaker.",
            "Iran was accused by Ukraine of supplying the drones.",
            site => Lexicon.ReportingVerbs.Contains(site.Verb.Lemma) && IsPassive(site) && ActiveSubject(site.Tree, site.Word) is null
                && !IsUnsaidByTheAgent(site)
                && Agent(site) is { } agent
                ? new(agent, Cue.Asserts, Scope(site, agent)) : null),
        new("passive-denial-agent", "In the passive, the agent of a denial verb denies what its subject tells.",
            "Claims that Minsk had sold rifles to the RSF were rejected by Belarus as a fantasy.",
            site => Lexicon.DenialVerbs.Contains(site.Verb.Lemma) && IsPassive(site) && Agent(site) is { } agent
                ? new(agent, Cue.Denies, Scope(site, agent)) : null),
        new("cited-source", "\"X reported ..., citing Y\": the officials, body or person X cites assert what X reports.",
            "The aircraft were flown to Harare last week, state radio reported, citing the air force command.",
            site => site.Verb is { Upos: "VERB", Lemma: "cite" } && CitingReporter(site) is { } reporter && CitedSpeaker(site) is { } cited
                ? new(cited, Cue.Asserts, Scope(site with { Word = reporter }, cited)) : null),
        new("speaker-set-off-from-its-verb",
            "A verb of speech after a comma, with no subject the parser found, has its speaker set off before it or just after it.",
            "In Kyiv, Oleh Marchenko, a researcher at a private institute, said Belarus had sent shells to Russia.",
            site => IsSpeechVerb(site.Verb) && site.Verb.Relation != "xcomp" && !site.Verb.Form.EndsWith("ing", StringComparison.Ordinal)
                && !site.Tree.Dependents(site.Word).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal)
                    && (d.Index > site.Word || !ClosesAQuotation(site)))
                && CommaBefore(site.Tree, site.Word) is { } comma
                ? SpeakerSetOffBefore(site, comma) ?? SpeakerJustAfter(site, comma) : null),
        new("reporting-verb-subject", "The subject of a reporting verb asserts its complement.",
            "The minister said Iran had sent drones to Russia.",
            site => Lexicon.ReportingVerbs.Contains(site.Verb.Lemma) && site.Verb.Upos == "VERB" && !IsAddingToSomething(site)
                && Speaker(site) is { } speaker
                ? new(speaker, Cue.Asserts, Scope(site, speaker)) : null),
        new("according-to", "\"According to X\" makes X the source of the clause it modifies.",
            "According to Ukrainian officials, Iran supplied the drones.",
            site => site.Verb.Form.Equals("according", StringComparison.OrdinalIgnoreCase) && site.Verb.Head > 0
                ? AccordingTo(site) : null),
        new("report-by-its-author", "A report, claim or statement \"by X\" or X's speaks for X in the clause it carries.",
            "Minsk's claim that Vilnius has sent rifles to Kyiv is false, the spokeswoman said.",
            site => IsReportNoun(site.Verb) && Author(site) is { } author
                ? new(author, Cue.Asserts, ReportScope(site, author))
                : null),
        new("no-answer", "A side that did not answer said nothing: it takes no stance, and the sentence is not the outlet's.",
            "The consulate did not reply to several calls about the cargo.",
            site => site.SilenceHeads.Contains(site.Word) && Speaker(site) is { } speaker
                ? new(speaker, Cue.Unsaid, Scope(site, speaker)) : null),
        new("refusal-to-comment", "Declining to comment, or being unable to confirm, leaves a claim open.",
            "A White House spokesperson declined to comment on the report.",
            site => site.HedgeHeads.Contains(site.Word) && Speaker(site) is { } speaker && !IsRelayedByItsSide(site, speaker)
                && !AsksOnlyADetail(site)
                ? new(speaker, Cue.Neutral, Scope(site, speaker)) : null),
        new("statement-given", "A side that gives or issues \"the following\" statement or answer says what follows it.",
            "A ministry spokesman gave the following answer to a question put by the agency:",
            site => site.Verb is { Upos: "VERB", Lemma: "give" or "issue" or "release" }
                && site.Tree.Children(site.Word, "obj").Any(o => site.Tree.Dependents(o.Index).Any(d => d.Lemma is "following" or "follow"))
                && site.Tree.Child(site.Word, "nsubj") is { } speaker
                ? new(speaker.Index, Cue.Asserts, Scope(site, speaker.Index)) : null),
    ];

    public static readonly IReadOnlyList<Rule<(SpeechSite Site, SpeechReading Reading), CueReading>> Cues =
    [
        new("withdrawn-in-a-correction", "What an earlier version of the story said, its correction withdraws: no one stands by it.",
            "Editor's note: An earlier version of this article said that Serbia had sold rifles to Kenya.",
            input => input.Reading.Cue == Cue.Asserts && IsEarlierVersion(input.Site.Tree, input.Reading.Speaker)
                ? new CueReading(Cue.Unsaid) : null),
        new("denies-a-denial", "A speaker who dismisses a denial, or calls it false, asserts what was denied.",
            "Opposition leader Michal Sedlak dismissed the minister's denial that Slovakia had sent shells to Ukraine.",
            input => input.Reading.Cue is Cue.Denies or Cue.Asserts && IsDenialDenied(input.Site, input.Reading)
                ? new CueReading(Cue.Asserts) : null),
        new("nothing-suggests-it",
            "A speaker who has no information suggesting a transfer leaves it open; one who has no evidence of it denies it.",
            "We have no information suggesting that Laos bought rifles from Serbia.",
            input => input.Reading.Cue == Cue.Asserts && input.Site.Verb is { Relation: "acl", Head: > 0 } verb
                && IsNegatedWord(input.Site.Tree, verb.Head)
                && input.Site.Mentions.Weapons.Any(w => input.Reading.Scope.Contains(w.Last))
                ? new CueReading(Lexicon.EvidenceNouns.Contains(input.Site.Tree[verb.Head].Lemma) ? Cue.Denies : Cue.Neutral) : null),
        new("calls-it-false", "A speaker who calls what is said baseless, a lie or propaganda denies it.",
            "The ministry called the reports baseless propaganda.",
            input => input.Reading.Cue == Cue.Asserts && input.Reading.Scope.Any(w => CallsItFalse(input.Site, w))
                ? new CueReading(Cue.Denies) : null),
        new("weapons-from-elsewhere",
            "A speaker who says its side took its weapons from the enemy or the market denies any state gave them.",
            "A militia spokesman said the group captured its weapons from army depots.",
            input => input.Reading.Cue == Cue.Asserts
                && input.Reading.Scope.Any(w => IsSourceOfNoState(input.Site, w) || IsCapturedFromAnArmy(input.Site, w))
                ? new CueReading(Cue.Denies) : null),
        new("disowns-the-goods", "A side that says it has no link or connection to the goods or the shipment denies the transfer.",
            "A rebel commander said his fighters had no link to the impounded truck.",
            input => input.Reading.Cue == Cue.Asserts && input.Reading.Scope.Any(w => IsDisowning(input.Site.Tree, w))
                ? new CueReading(Cue.Denies) : null),
        new("no-evidence-of-the-goods",
            "A speaker who says there is no evidence the goods went where the claim says denies it, though no verb of transfer tells it.",
            "The ministry said its review had turned up no evidence that any rifles were loaded onto the vessel.",
            input => input.Reading.Cue == Cue.Asserts && input.Reading.Scope.Any(w => IsNoEvidenceOfGoods(input.Site, w))
                ? new CueReading(Cue.Denies) : null),
        new("no-evidence-for-the-claim",
            "A speaker who says there is no evidence, or that none was seen or shown, for what is claimed denies it.",
            "The minister said Moscow had not seen a shred of evidence for the claims.",
            input => input.Reading.Cue == Cue.Asserts && input.Reading.Scope.Any(w => IsNoEvidenceForTheClaim(input.Site, w))
                ? new CueReading(Cue.Denies) : null),
        new("needs-no-one", "A side that says it needs no one's weapons, or makes its own (\"built in our own workshops\"), denies "
            + "that anyone arms it.",
            "A rebel commander said the movement makes its own rockets and needs nothing from anyone.",
            input => input.Reading.Cue == Cue.Asserts && input.Reading.Scope.Any(w => IsSelfReliance(input.Site, w))
                ? new CueReading(Cue.Denies) : null),
        new("no-one-gives-us", "A side that says nobody gives it anything denies that anyone arms it.",
            "\"Nobody has given us a single rifle,\" the rebel spokesman said.",
            input => input.Reading.Cue == Cue.Asserts && input.Reading.Scope.Any(w => IsGivenByNoOne(input.Site, w))
                ? new CueReading(Cue.Denies) : null),
        new("negated-confirmation", "A speaker who does not or cannot confirm, or deny, a claim leaves it open.",
            "Our reporters could not verify for themselves what the ship carried.",
            input => input.Reading.Cue != Cue.Neutral && IsNegatedOrRefused(input.Site)
                && (Lexicon.ConfirmingVerbs.Contains(input.Site.Verb.Lemma) || (Lexicon.DenialVerbs.Contains(input.Site.Verb.Lemma)
                    && RefusedAlongside(input.Site)))
                ? new CueReading(Cue.Neutral) : null),
        new("stands-by-the-claim",
            "A speaker who does not dispute, deny or doubt a claim or a finding, or calls it accurate, stands by it.",
            "The ministry did not dispute the figures.",
            input => (input.Reading.Cue == Cue.Denies && IsDenialNegatedItself(input.Site))
                || (input.Reading.Cue == Cue.Asserts && input.Reading.Scope.Any(w => CallsItTrue(input.Site.Tree, w)))
                ? new CueReading(Cue.Asserts) : null),
        new("cannot-say", "A speaker who says it cannot say or tell whether a transfer took place leaves it open.",
            "I cannot tell you that the rifles reached Juba, and I cannot tell you that they did not.",
            input => input.Reading.Cue == Cue.Asserts && input.Site.Verb.Lemma is "say" or "tell" && IsNegatedOrRefused(input.Site)
                && input.Site.Tree.Dependents(input.Site.Word).Any(d => d.Relation == "aux" && d.Lemma is "can" or "could")
                ? new CueReading(Cue.Neutral) : null),
        new("negated-speech", "A speaker who does not say when or how takes no stance on what the sentence presumes.",
            "Blinken did not say when the missiles had been shipped to Russia.",
            input => input.Reading.Cue is Cue.Asserts or Cue.Denies && IsNegatedOrRefused(input.Site) ? new CueReading(Cue.Unsaid) : null),
        new("hedge-in-what-is-said", "A speaker who says it cannot confirm or will not comment leaves the claim open.",
            "The ministry said it could not confirm the reports.",
            input => input.Reading.Cue == Cue.Asserts
                && input.Reading.Scope.Any(w => (input.Site.HedgeHeads.Contains(w) || SaysItIsSilent(input.Site, w))
                    && !IsJoinedToTheSpeech(input.Site, w)
                    && IsTheSpeakersOwn(input.Site, input.Reading.Speaker, ActiveSubject(input.Site.Tree, w)))
                ? new CueReading(Cue.Neutral) : null),
    ];

    // "An earlier version of this article", or "Correction: An earlier version ...", whose version the parser hangs in apposition.
    private static bool IsEarlierVersion(ParsedSentence tree, int speaker) =>
        tree.Children(speaker, "appos").Select(a => a.Index).Prepend(speaker).Any(w => tree[w].Lemma == "version"
            && tree.Dependents(w).Any(d => d.Relation == "amod" && Lexicon.SupersededWords.Contains(d.Form.ToLowerInvariant())));

    // "declined to say where the launchers would be deployed": a refusal to tell where, when or how many leaves open a detail,
    // not whether the goods came; not "where they came from", which asks who sent them.
    private static bool AsksOnlyADetail(SpeechSite site)
    {
        var tree = site.Tree;
        return tree.Children(site.Word, "xcomp").Append(tree[site.Word]).SelectMany(v => tree.Children(v.Index, "ccomp"))
            .Any(question => tree.Subtree(question.Index).Min() is var first
                && (Lexicon.DetailQuestions.Contains(tree[first].Form.ToLowerInvariant())
                    || (first < tree.Words.Count
                        && Lexicon.DetailQuestions.Contains($"{tree[first].Form} {tree[first + 1].Form}".ToLowerInvariant())))
                && !Lexicon.LeavingVerbs.Contains(question.Lemma) && question.Lemma is not ("come" or "originate"));
    }

    // "confirmed that the shells had arrived but would not say how many": a refusal joined to the verb of speech is a second
    // act of the speaker, not part of what it confirms; it is read as a stance of its own.
    private static bool IsJoinedToTheSpeech(SpeechSite site, int word) =>
        site.Tree[word] is { Relation: "conj" } joined && joined.Head == site.Word;

    // Who hedges in what a speaker says: no one named, "it", the speaker's body named again ("the company does not comment"),
    // or the speaker's own state ("a ministry spokesman said Kyiv does not discuss ...").
    private static bool IsTheSpeakersOwn(SpeechSite site, int speaker, SyntaxWord? subject) =>
        subject is null or { Upos: "PRON" }
        || subject is { Upos: "NOUN" } && site.Tree.Dependents(subject.Index) is [{ Relation: "det", Lemma: "the" }]
        || IsSpeakersState(site, speaker, subject.Index);

    private static bool IsSpeakersState(SpeechSite site, int speaker, int word) =>
        site.Mentions.Places.FirstOrDefault(p => p.IsState && p.First <= word && word <= p.Last) is { } place
        && ActorNames.Name(site.Mentions, speaker)?.Affiliation == place.Canonical;

    // "A ministry spokesman said Kyiv does not discuss ...", "the ministry said it does not comment": the refusal is the
    // speaker's, told for its own side.
    private static bool IsRelayedByItsSide(SpeechSite site, int refuser)
    {
        var clause = site.Word;
        while (site.Tree[clause].Relation is "conj" or "xcomp" && site.Tree[clause].Head > 0) clause = site.Tree[clause].Head;
        return site.Tree[clause] is { Relation: "ccomp", Head: > 0 } complement
            && Lexicon.ReportingVerbs.Contains(site.Tree[complement.Head].Lemma)
            && ActiveSubject(site.Tree, complement.Head) is { } relayer
            && IsTheSpeakersOwn(site, relayer.Index, site.Tree[refuser]);
    }

    // "said it did not comment on contracts for the shells": silence the speaker itself tells of is its answer.
    private static bool SaysItIsSilent(SpeechSite site, int word) =>
        site.SilenceHeads.Contains(word) && word != site.Word && site.Tree[word].Head == site.Word;

    // The subject, unless it is a relative pronoun ("who said"), whose noun is the head of the relative clause.
    // '"The trail leads to Pakistan," said ...': the verb right after a quotation's closing mark, whatever the parser took for
    // its subject inside the quotation (a verb read as a noun).
    private static bool ClosesAQuotation(SpeechSite site) => QuotationClosedBefore(site) == site.Word - 1;

    // The closing mark of a quotation that opens the sentence, or goes on from the one before, ahead of a verb of speech.
    private static int? QuotationClosedBefore(SpeechSite site)
    {
        var tree = site.Tree;
        if (tree[1].Form is not ("\"" or "“") && !site.Mentions.Sentence.InQuotation) return null;
        var closing = Enumerable.Range(2, Math.Max(0, site.Word - 2)).LastOrDefault(w => tree[w].Form is "\"" or "”");
        return closing > 2 && tree[closing - 1].Form is "," or "?" or "!" ? closing : null;
    }

    // The first word of a span whose head lies outside it: the head of the phrase the span opens with ("Commodore Nikos Raptis,
    // spokesman for ...", however the parser hung the name and its role).
    private static int? HeadOfSpan(ParsedSentence tree, int first, int last) =>
        Enumerable.Range(first, Math.Max(0, last - first + 1))
            .Where(w => tree[w].Upos is not ("PUNCT" or "DET") && (tree[w].Head < first || tree[w].Head > last))
            .Select(w => (int?)w).FirstOrDefault() is { } head && tree[head].Upos is "NOUN" or "PROPN" or "PRON" ? head : null;

    private static int? Speaker(SpeechSite site)
    {
        // "confirmed that shipments had arrived but denied that ...": a second verb of speech the parser joined to the clause
        // the first one governs shares the first one's speaker.
        // Not the subject of the clause it was joined to, when the parser lost the first speaker.
        if (site.Verb.Relation == "conj" && IsSpeechVerb(site.Verb) && site.Tree.Child(site.Word, "nsubj") is null
            && !HasPassiveSubject(site) && site.Tree[site.Verb.Head] is { Relation: "ccomp", Head: > 0 } clause
            && IsSpeechVerb(site.Tree[clause.Head]))
        {
            return ActiveSubject(site.Tree, clause.Head)?.Index;
        }
        // "quoted an official as saying": the one quoted says it.
        if (IsAsClause(site.Tree, site.Word) && site.Verb.Head != 0
            && QuotingVerb(site.Tree, site.Verb.Head) is { } quoting && QuotedAsSaying(site.Tree, quoting) is { } quoted
            && !IsDocumentQuoting(site.Tree, quoting))
        {
            return quoted;
        }
        // "the deals were concluded": a passive verb of speech with no agent names no speaker, not even its governor's subject.
        var subject = ActiveSubject(site.Tree, site.Word)
            ?? (!HasPassiveSubject(site) && Governing(site) is { } governor ? ActiveSubject(site.Tree, governor) : null);
        if (subject is null) return null;
        // '"The trail leads to Pakistan," said the author': a subject inside the quotation the verb closes is no speaker; the
        // phrase between the quotation and the verb is ('... on the battlefield," the group's spokesman, Jean Bahati, wrote').
        if (QuotationClosedBefore(site) is { } closing && subject.Index < closing)
        {
            return HeadOfSpan(site.Tree, closing + 1, site.Word - 1);
        }
        if (subject.Lemma is "who" or "which" or "that" && site.Verb.Relation == "acl:relcl")
        {
            // "Anna Lind, the envoy, who told the council ...": the title the clause hangs on describes the one named.
            if (site.Tree[site.Verb.Head] is { Relation: "appos", Upos: "NOUN" } described && site.Tree[described.Head].Upos == "PROPN")
            {
                return described.Head;
            }
            return site.Verb.Head;
        }
        // "It is unclear whether ...": the "it" of an adjective is no one.
        if (subject.Lemma == "it" && site.Tree[subject.Head].Upos == "ADJ") return null;
        return subject.Index;
    }

    // "dismissed the denial", "scoffed at Moscow's denials", "called the Russian denial absurd": the denial itself is denied.
    private static bool IsDenialDenied(SpeechSite site, SpeechReading reading) =>
        site.Tree.Dependents(site.Word).Any(d => (d.Relation == "obj" || (d.Relation == "obl" && site.Tree.CaseOf(d.Index) == "at"))
            && Lexicon.DenialNouns.Contains(d.Lemma.ToLowerInvariant()))
        && (Lexicon.DenialVerbs.Contains(site.Verb.Lemma) || reading.Scope.Any(w => CallsItFalse(site, w)));

    // "did not dispute the figures", not "did not confirm or deny" (the denial joined to a confirmation leaves it open) nor
    // "declined to deny" (a refusal).
    private static bool IsDenialNegatedItself(SpeechSite site)
    {
        var tree = site.Tree;
        if (!Lexicon.DenialVerbs.Contains(site.Verb.Lemma) || site.Verb.Upos != "VERB" || RefusedAlongside(site)) return false;
        // "confirms everything and denies nothing".
        if (tree.Children(site.Word, "obj").Any(o => o.Form.Equals("nothing", StringComparison.OrdinalIgnoreCase))) return true;
        if (site.Verb.Relation == "xcomp" || (site.Verb.Relation == "conj" && Lexicon.ConfirmingVerbs.Contains(tree[site.Verb.Head].Lemma)))
        {
            return false;
        }
        var dependents = tree.Dependents(site.Word);
        return dependents.Any(d => d.Relation == "advmod" && Lexicon.NegationWords.Contains(d.Form))
            && !dependents.Any(d => d.Relation == "conj" && Lexicon.ConfirmingVerbs.Contains(d.Lemma));
    }

    // "did not confirm", "was not able to confirm", "declined to confirm".
    private static bool IsNegatedOrRefused(SpeechSite site)
    {
        var tree = site.Tree;
        // "was not able to confirm", "declined to confirm": the verbs an infinitive hangs from; "is not in a position to
        // verify": the noun, too.
        var verbs = new List<int> { site.Word };
        for (var word = site.Verb; IsInfinitiveOf(tree, word) && word.Head > 0; word = tree[word.Head]) verbs.Add(word.Head);
        // "neither confirmed nor denied": a verb coordinated with a refusal is refused too.
        return RefusedAlongside(site) || verbs.Any(v => (site.HedgeHeads.Contains(v) && v != site.Word)
            || tree.Dependents(v).Any(d => d.Relation is "advmod" or "cc" or "cc:preconj" && Lexicon.NegationWords.Contains(d.Form)));
    }

    private static bool IsInfinitiveOf(ParsedSentence tree, SyntaxWord word) =>
        word.Relation is "xcomp"
        || (word.Relation == "acl" && tree.Dependents(word.Index).Any(d => d is { Relation: "mark", Lemma: "to" }));

    // A word of falsehood said of the claim: the verb's own predicate ("called the reports baseless", "dismissed as lies")
    // or said of a claim, a report or "it" ("the claims were fabrications", "the report is a collection of fantasies");
    // not one inside the story told ("the arms were meant for a provocation").
    private static bool CallsItFalse(SpeechSite site, int word)
    {
        var tree = site.Tree;
        if (!Lexicon.DenialWords.Contains(tree[word].Lemma) && !Lexicon.DenialWords.Contains(tree[word].Form)) return false;
        // "That is not speculation", "no fabrication": a falsehood denied is an assertion.
        if (IsNegatedWord(tree, word)) return false;
        // "If the report were false, they would say so": a falsehood supposed is not one alleged.
        if (tree.Dependents(word).Any(d => d.Relation == "mark" && Lexicon.ConditionWords.Contains(d.Lemma))) return false;
        // "images that prove Kenyan neutrality is a fiction": a falsehood said of something else than a claim calls no claim false.
        if (tree.Dependents(word).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal) && d.Upos is "NOUN" or "PROPN"
            && !Lexicon.ClaimNouns.Contains(d.Lemma) && !Lexicon.DocumentNouns.Contains(d.Lemma))) return false;
        var throughClaim = false;
        // "a cynical and baseless manoeuvre": a word joined by "and" to the one before it stands where that one does.
        var start = word;
        while (tree[start].Relation == "conj" && tree[start].Head < start) start = tree[start].Head;
        for (int w = start, step = 0; w != 0 && step < 3; w = tree[w].Head, step++)
        {
            // "called the reports baseless", "called the accusation 'lies'": the word hangs from the speech verb or from the
            // claim it names; deeper in what is said ("the arms were meant for a provocation"), it calls nothing false.
            // "called the accusation a baseless manoeuvre": or from what the verb calls a claim it names.
            if (w == site.Word) return step <= 1 || throughClaim || (step == 2 && NamesAClaim(tree, site.Word));
            throughClaim |= w != word && (Lexicon.ClaimNouns.Contains(tree[w].Lemma) || Lexicon.DocumentNouns.Contains(tree[w].Lemma));
            // "The claims were fabrications", "that Iran sent drones is a lie": said of a claim, or of a clause told.
            if (tree.Dependents(w).Any(d => d.Relation.StartsWith("csubj", StringComparison.Ordinal)
                || (d.Relation.StartsWith("nsubj", StringComparison.Ordinal)
                    && (Lexicon.ClaimNouns.Contains(d.Lemma) || Lexicon.DocumentNouns.Contains(d.Lemma)
                        || d.Lemma is "it" or "this" or "that" or "they"))))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesAClaim(ParsedSentence tree, int verb) =>
        tree.Children(verb, "obj").Any(o => Lexicon.ClaimNouns.Contains(o.Lemma));

    // "said the figures were an understatement", "sees no reason to doubt the findings": said of a claim or a document, not
    // of anything else ("the damage was accurate"), and not denied ("were not accurate").
    private static bool CallsItTrue(ParsedSentence tree, int word)
    {
        static bool IsClaimOrDocument(SyntaxWord w) => Lexicon.ClaimNouns.Contains(w.Lemma) || Lexicon.IsStatementOrDocument(w);
        if (Lexicon.AffirmingWords.Contains(tree[word].Lemma))
        {
            return !IsNegatedWord(tree, word) && tree.Dependents(word).Any(d => d.Relation == "nsubj" && IsClaimOrDocument(d));
        }
        // "no reason to doubt the findings", "does not doubt the report".
        return tree[word].Lemma == "doubt" && tree[word].Upos == "VERB"
            && tree.Dependents(word).Any(d => d.Relation == "obj" && IsClaimOrDocument(d))
            && (IsNegatedWord(tree, word) || (tree[word].Relation == "acl" && IsNegatedWord(tree, tree[word].Head)));
    }

    // "not accurate", "no reason", "no fabrication": a word with "not", "no" or "never" on it.
    private static bool IsNegatedWord(ParsedSentence tree, int word) =>
        tree.Dependents(word).Any(d => d.Relation is "advmod" or "det" && Lexicon.NegationWords.Contains(d.Form));

    // "from the enemy", "on the black market", "from army depots": a source of no state, not "from Venezuela's army depots".
    private static bool IsSourceOfNoState(SpeechSite site, int word)
    {
        var tree = site.Tree;
        if (!Lexicon.OwnSources.Contains(tree[word].Lemma)) return false;
        // "From the battlefield" is a source; "on the battlefield", a place. Goods are bought "on" a market.
        if (tree.CaseOf(word) is not "from" && !(tree.CaseOf(word) is "on" && tree[word].Lemma == "market")) return false;
        // Where goods were got, not where pictures were found ("identified bombs in videos from four battlefields").
        if (tree[word].Head == 0 || tree[tree[word].Head] is not { Upos: "VERB" } verb
            || !(Lexicon.TransferVerbs.ContainsKey(verb.Lemma) || Lexicon.CaptureVerbs.Contains(verb.Lemma))
            // "The tanks left from a depot": goods leaving a depot were not got there.
            || Lexicon.LeavingVerbs.Contains(verb.Lemma)
            || IsNegated(tree, verb.Index)) return false;
        var phrase = tree.Subtree(word);
        return !site.Mentions.Places.Any(p => phrase.Contains(p.Last));
    }

    // "were taken from the Malian army", "we capture our weapons from the Congolese army": what a side says it captured from
    // an army, whichever state's, no state gave it.
    private static bool IsCapturedFromAnArmy(SpeechSite site, int word)
    {
        var tree = site.Tree;
        // "taken from the FARDC": a state's force by its own name is an army too.
        bool IsArmy(int w) => Lexicon.ForceNouns.Contains(tree[w].Lemma)
            || site.Mentions.Places.Any(p => p.Covers(w) && p.IsState && Lexicon.StateForceNames.Contains(p.Surface));
        // "took from FARDC depots", "captured from the army's own stocks": an army's stores are the army's; not goods described
        // as once taken from them ("rifles taken from army stocks were sold to the militias").
        var army = IsArmy(word) || (Lexicon.StoreNouns.Contains(tree[word].Lemma) && tree[word].Head > 0
            && tree[tree[word].Head].Relation != "acl"
            && tree.Dependents(word).Any(d => d.Relation is "compound" or "nmod:poss" or "amod" && IsArmy(d.Index)));
        return army && tree.CaseOf(word) == "from" && tree[word].Head > 0
            && tree[tree[word].Head] is { Upos: "VERB" } verb && Lexicon.CaptureVerbs.Contains(verb.Lemma) && !IsNegated(tree, verb.Index);
    }

    // "Needs nothing from anyone", "does not need anyone's engines", "does not depend on any government", "relies on its own
    // capabilities", "makes its own mortars"; not "does not need to send" nor "does not need anyone's permission".
    private static bool IsSelfReliance(SpeechSite site, int word)
    {
        var tree = site.Tree;
        var verb = tree[word];
        if (verb.Upos != "VERB") return false;
        var arguments = tree.Dependents(word).Where(d => d.Relation is "obj" || TreeExtensions.Is(d.Relation, "obl")).ToList();
        // The maker is the side that speaks, named by a pronoun or by its kind ("the group"), not a plant described in passing.
        if (Lexicon.MakingVerbs.Contains(verb.Lemma))
        {
            // "The drones are built in our own workshops", "were designed and built by our own industries": goods made by the
            // side's own hands.
            if (IsPassiveOrJoinedToOne(tree, word) && tree.Dependents(word).Any(d => TreeExtensions.Is(d.Relation, "obl")
                && d.Index > word && tree.CaseOf(d.Index) is "by" or "in" && IsOwn(tree, d.Index))) return true;
            // "We make what we need", "produces everything it needs": whatever the side needs, it makes.
            return verb.Relation != "acl:relcl" && tree.Child(word, "nsubj") is { } maker
                && (maker.Upos == "PRON" || Lexicon.GroupNouns.Contains(maker.Lemma))
                && arguments.Any(a => a.Relation == "obj" && (IsOwn(tree, a.Index) && site.Mentions.Weapons.Any(w => w.Covers(a.Index))
                    || a.Lemma is "what" or "everything" && tree.Dependents(a.Index)
                        .Any(d => d.Relation.StartsWith("acl", StringComparison.Ordinal) && Lexicon.NeedVerbs.Contains(d.Lemma))));
        }
        if (!Lexicon.NeedVerbs.Contains(verb.Lemma) || tree.Dependents(word).Any(d => d.Relation is "xcomp" or "ccomp")) return false;
        if (arguments.Any(a => IsOwn(tree, a.Index))) return true;
        var denied = IsNegated(tree, word) || arguments.Any(a => a.Lemma == "nothing"
            || tree.Subtree(a.Index).Any(w => tree[w].Relation == "det" && tree[w].Lemma == "no"));
        return denied && arguments.All(a => a.Lemma is "nothing" or "anything" || site.Mentions.Weapons.Any(w => w.Covers(a.Index))
            || tree.Dependents(a.Index).Any(d => d.Relation == "nmod:poss" && d.Lemma is "anyone" or "one" or "anybody")
            || (TreeExtensions.Is(a.Relation, "obl") && tree.Dependents(a.Index).Any(d => d.Lemma is "any" or "anyone")));
    }

    // "Nobody gives us anything", "No state has sent us a single bullet": a verb of transfer whose giver is no one, whose
    // receiver is the speaker's side, in the first person, and whose goods are anything or weapons; not "nobody sent us an
    // invoice", nor "nobody gave us anything as a gift", which says how the goods came, not that none did.
    private static bool IsGivenByNoOne(SpeechSite site, int word)
    {
        var tree = site.Tree;
        if (tree[word] is not { Upos: "VERB" } verb || !Lexicon.TransferVerbs.ContainsKey(verb.Lemma)
            || tree.Child(word, "nsubj") is not { } giver
            || !(giver.Lemma is "nobody" || tree.Dependents(giver.Index).Any(d => d.Relation == "det" && d.Lemma == "no"))
            || tree.Subtree(word).Any(w => tree[w].Relation is "obl" or "nmod" && tree.CaseOf(w) == "as")) return false;
        var arguments = tree.Dependents(word).Where(d => d.Relation is "iobj" or "obj").ToList();
        return arguments.Any(d => d.Upos == "PRON" && d.Lemma is "we" or "I")
            && arguments.Any(d => d.Lemma is "anything" || site.Mentions.Weapons.Any(w => w.Covers(d.Index)));
    }

    // "no link to this shipment", "no connection to the boat": a tie denied, to something named after "to" or "with".
    private static bool IsDisowning(ParsedSentence tree, int word) =>
        Lexicon.TieNouns.Contains(tree[word].Lemma) && tree.Dependents(word).Any(d => d.Relation == "det" && d.Lemma == "no")
        && tree.Dependents(word).Any(d => TreeExtensions.Is(d.Relation, "nmod") && tree.CaseOf(d.Index) is "to" or "with");

    // "no evidence that any weapons were loaded onto the ship": the clause the evidence is of names goods but tells no transfer
    // by a word of transfer (MoodRules' "no-evidence" reads those).
    private static bool IsNoEvidenceOfGoods(SpeechSite site, int word)
    {
        var tree = site.Tree;
        if (!Transfers.MoodRules.IsNoEvidence(tree, word)) return false;
        // "found no evidence that ...": the parser may hang the clause from the verb whose object the evidence is.
        var clauses = tree.Dependents(word).Where(d => d.Relation is "acl" or "acl:relcl" or "ccomp")
            .Concat(tree[word].Relation == "obj" ? tree.Children(tree[word].Head, "ccomp").Where(c => c.Index > word) : []);
        return clauses.Select(d => tree.Subtree(d.Index).ToHashSet())
            .Any(clause => site.Mentions.Weapons.Any(g => clause.Contains(g.Last))
                && !clause.Any(w => tree[w] is { Upos: "VERB", Lemma: var verb } ? Lexicon.TransferVerbs.ContainsKey(verb)
                    : tree[w].Upos == "NOUN" && Lexicon.TransferNouns.ContainsKey(tree[w].Lemma)));
    }

    // "there is no evidence", "had not seen a shred of evidence for the claims", "presented no evidence": proof denied in a
    // clause of its own that tells of no transfer and names no goods (the rules of transfers and of goods read those), not
    // the speech's own object ("has not published any evidence") nor a participle on the speaker ("said, offering no evidence").
    private static bool IsNoEvidenceForTheClaim(SpeechSite site, int word)
    {
        var tree = site.Tree;
        if (!Lexicon.EvidenceNouns.Contains(tree[word].Lemma)) return false;
        // "a shred of evidence": the amount stands for the proof in the sentence.
        var phrase = tree[word] is { Relation: var relation, Head: > 0 and var amount } && TreeExtensions.Is(relation, "nmod")
            && tree.CaseOf(word) == "of" && tree[amount].Upos == "NOUN" ? amount : word;
        var verb = tree[phrase].Head;
        if (verb == 0 || verb == site.Word || tree[phrase].Relation is not ("obj" or "nsubj")) return false;
        var denied = tree.Dependents(phrase).Concat(tree.Dependents(word)).Any(d => d.Relation == "det" && d.Lemma == "no")
            || (tree[phrase].Relation == "obj" && IsNegated(tree, verb));
        var clause = tree.Subtree(verb).ToHashSet();
        return denied && tree.Dependents(verb).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal) || d.Relation == "expl")
            && !tree.Dependents(word).Any(d => d.Relation is "acl" or "acl:relcl" or "ccomp")
            // "no evidence of a policy", "of French airdrops", wherever the parser hung the phrase: proof of something else.
            && !clause.Any(w => w > word && tree.CaseOf(w) is "of" or "for" && !Lexicon.ClaimNouns.Contains(tree[w].Lemma))
            && !tree.Children(verb, "ccomp").Any()
            && !site.Mentions.Weapons.Any(g => clause.Contains(g.Last))
            && !clause.Any(w => tree[w] is { Upos: "VERB", Lemma: var lemma } ? Lexicon.TransferVerbs.ContainsKey(lemma)
                : tree[w].Upos == "NOUN" && Lexicon.TransferNouns.ContainsKey(tree[w].Lemma));
    }

    // "were built", or "were designed and built": the verb is passive, or joined to a passive one.
    private static bool IsPassiveOrJoinedToOne(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation is "aux:pass" or "nsubj:pass")
        || (tree[verb].Relation == "conj" && tree.Dependents(tree[verb].Head).Any(d => d.Relation is "aux:pass" or "nsubj:pass"));

    // "Its own capabilities", "our own missiles".
    private static bool IsOwn(ParsedSentence tree, int noun) => tree.Dependents(noun).Any(d => d.Relation == "amod" && d.Lemma == "own");

    private static bool IsNegated(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation is "advmod" && d.Form.ToLowerInvariant() is "not" or "n't" or "never");

    // "will be announced by the appropriate authorities", '"... was confirmed by two sources," she said': what an agent has
    // yet to say, or what a speaker says of its own sources, the agent does not say; "could not be confirmed by" it does.
    private static bool IsUnsaidByTheAgent(SpeechSite site) =>
        site.Mentions.Sentence.InQuotation
        || (site.Tree.Dependents(site.Word).Any(d => d.Relation == "aux" && Lexicon.ModalVerbs.Contains(d.Lemma))
            && !IsNegated(site.Tree, site.Word));

    private static bool RefusedAlongside(SpeechSite site) => site.Verb.Relation == "conj" && site.HedgeHeads.Contains(site.Verb.Head);

    // "The move would add to pressure on Moscow": a verb followed by "to" with no clause or object of its own says nothing.
    private static bool IsAddingToSomething(SpeechSite site)
    {
        var tree = site.Tree;
        var dependents = tree.Dependents(site.Word);
        // "bought four more helicopters to add to the twelve it flies": a purpose clause adds things, it says nothing.
        // '"...," the attache said in a reply to the paper': a verb that closes a quotation reports it, whatever "to" it has.
        if (QuotationClosedBefore(site) is not null) return false;
        return (site.Verb.Relation == "advcl" && tree.Child(site.Word, "mark")?.Lemma == "to"
                || dependents.Any(d => (d.Relation.StartsWith("obl", StringComparison.Ordinal) && tree.CaseOf(d.Index) == "to")
                    || (d.Relation == "xcomp" && tree.Child(d.Index, "mark")?.Lemma == "to")))
            && !dependents.Any(d => d.Relation is "ccomp" or "parataxis" or "obj");
    }

    // "foreign parts found in Russian weapons": a participle that describes a noun, with nothing said, is no speech.
    // "Hungary will not deliver arms, a government spokesman told reporters": a person who "told" or "said" is no noun a
    // participle describes, though the parser may hang the verb from the role.
    private static bool IsParticipleOfANoun(SpeechSite site) =>
        site.Verb.Relation == "acl" && !site.Tree.Dependents(site.Word).Any(d => d.Relation is "ccomp" or "parataxis" or "obj")
        && !(site.Verb.Lemma is "say" or "tell" && site.Verb.Head == site.Word - 1 && IsPersonNoun(site.Tree[site.Verb.Head].Lemma));

    private static bool IsPersonNoun(string lemma) => Lexicon.OfficialHeads.Contains(lemma) || Lexicon.PersonRoles.Contains(lemma);

    // The verb of speech "citing" tells the source of: the one right before its comma ("..., the radio reported, citing"),
    // its head, or the verb of speech whose clause or subject the parser hung it in ("reported that the jets were delivered
    // ..., citing", "a report by the paper, citing officials, said").
    private static int? CitingReporter(SpeechSite site)
    {
        var tree = site.Tree;
        if (site.Word > 2 && tree[site.Word - 1].Form == "," && IsSpeechVerb(tree[site.Word - 2])) return site.Word - 2;
        for (var word = site.Verb.Head; word > 0; word = tree[word].Head)
        {
            if (IsSpeechVerb(tree[word])) return word;
            if (tree[word].Relation is not ("ccomp" or "conj" or "nsubj")) return null;
        }
        return null;
    }

    // The one cited, when it is someone who speaks: a name, or officials, a body or a person by their title; not a document
    // ("citing customs data") nor a reason ("citing security concerns").
    private static int? CitedSpeaker(SpeechSite site)
    {
        if (site.Tree.Child(site.Word, "obj") is not { } cited) return null;
        var lemma = cited.Lemma.ToLowerInvariant();
        // "citing the State Authority for Military Industry": a name, though the tagger may call its head a common noun.
        var speaks = cited.Upos == "PROPN" || (cited.Upos == "NOUN" && char.IsUpper(cited.Form[0])) || IsPersonNoun(lemma)
            || ActorNames.IsBodyHead(lemma);
        return speaks && !Lexicon.IsStatementOrDocument(lemma) && !Lexicon.ClaimNouns.Contains(lemma) ? cited.Index : null;
    }

    private static bool IsSpeechVerb(SyntaxWord word) =>
        word.Upos == "VERB" && Lexicon.IsSpeechOrDenial(word.Lemma);

    // "... and said": a verb that shares its subject. A trailing verb the parser joined by a comma alone does not.
    private static bool IsJoinedByConjunction(SpeechSite site) =>
        site.Verb.Relation == "conj" && site.Tree.Dependents(site.Word).Any(d => d.Relation == "cc");

    // "Russia has provided X, in return for Y, South Korea's defence minister, Kang Ji-hoon, told parliament": a subject found
    // before the clause the verb reports is the parser's mistake.
    private static bool SubjectMissedOrAcrossClaim(SpeechSite site)
    {
        var tree = site.Tree;
        if (ActiveSubject(tree, site.Word) is not { } subject) return true;
        if (tree.Dependents(site.Word).Any(d => d.Relation is "ccomp" or "parataxis" && d.Index > subject.Index && d.Index < site.Word))
        {
            return true;
        }
        // "The jets landed at the base on Sunday, ministry spokesman Budi Santoso told reporters": a subject whose phrase
        // ends before the comma that sets off the words just before the verb is the parser's guess across the claim.
        // "..., the commander told a Senate panel": after a verb of telling, the noun is whom it was told, not who spoke.
        if (subject.Index > site.Word) return Lexicon.TellingVerbs.Contains(site.Verb.Lemma);
        var comma = Enumerable.Range(subject.Index, site.Word - subject.Index).LastOrDefault(w => tree[w].Form == ",");
        return comma > 0 && tree.Subtree(subject.Index).Max() < comma;
    }

    // The noun phrase between the last comma or quotation mark and the verb: ", an exiled group of railway employees said".
    private static (int Head, int First, int Last)? PhraseBefore(SpeechSite site)
    {
        var tree = site.Tree;
        // ", an FLA spokesman, Moussa ag Intalla, said": the name set off by commas just before the verb.
        var end = site.Word - 1;
        // "a senior official was quoted": the auxiliaries of the verb are not the speaker's.
        while (end >= 1 && tree[end].Upos == "AUX") end--;
        if (end >= 2 && tree[end].Form == "," && tree[end - 1].Upos == "PROPN") end--;
        // "the Halvorsen Institute for Peace Studies (HIPS) said": the body's initials in brackets close its phrase.
        var initials = end >= 4 && tree[end].Form == ")" && tree[end - 2].Form == "(";
        if (initials) end -= 3;
        // "The officials, who spoke on condition of anonymity, confirmed": the speaker stands before the aside.
        var aside = end >= 1 && tree[end].Form == "," ? AsideBefore(tree, end) : null;
        if (aside is { } opening) end = opening - 1;
        var first = end;
        while (first >= 1 && (tree[first].Upos is not "PUNCT" || tree[first].Form == "-")) first--;
        first++;
        if (first > end || (first == 1 && aside is null)) return null;
        // "on Friday told": a preposition's phrase is a time or a place, not a speaker.
        if (tree[first].Upos == "ADP") return null;
        // "Hamad al-Mazrouei", "Park Hye-jin": the hyphen of a name, and what it joins, are part of it.
        if (end < site.Word - 1 && aside is null && !initials
            && !Enumerable.Range(first, end - first + 1).All(w => char.IsUpper(tree[w].Form[0])
                || Lexicon.NameParticles.Contains(tree[w].Form) || IsHyphenOfName(tree, w)))
        {
            return null;
        }
        // "a Western diplomat who follows the conflict closely said": the speaker's phrase ends where its relative clause begins.
        if (Enumerable.Range(first + 1, end - first).FirstOrDefault(w => tree[w] is { Upos: "PRON", Lemma: "who" or "which" or "that" }
                && tree[tree[w].Head].Relation == "acl:relcl") is var relative and > 0)
        {
            end = relative - 1;
        }
        var head = Enumerable.Range(first, end - first + 1).FirstOrDefault(w => tree[w].Head < first || tree[w].Head > end);
        // A clause ("Gorbunov, handed a note to the ministry saying") is no speaker's name.
        if (head == 0 || tree[head].Upos is "VERB" or "AUX") return null;
        // "two people familiar with the matter told": the parser may head the phrase with its adjective.
        if (tree[head].Upos is not ("NOUN" or "PROPN" or "PRON"))
        {
            head = Enumerable.Range(first, end - first + 1).FirstOrDefault(w => tree[w].Head == head && tree[w].Upos is "NOUN" or "PROPN");
        }
        return head > 0 ? (head, first, end) : null;
    }

    // The comma a verb of speech follows, with or without the closing mark of a quotation between: ", said", '," said'.
    private static int? CommaBefore(ParsedSentence tree, int verb) =>
        verb > 1 && tree[verb - 1].Form == "," ? verb - 1
        : verb > 2 && tree[verb - 1].Form is "\"" or "”" && tree[verb - 2].Form == "," ? verb - 2 : null;

    // "In Kyiv, Oleh Marchenko, a researcher at ..., said": the phrases set off by commas before the verb, from the right, are
    // asides ("who ...", "speaking ...", a role or a name) up to the speaker's, which opens the sentence or follows a time, a
    // place, a clause or a quotation. A role set off before a name ("the spokesman for the ministry, Col. Ali Musa,") is his.
    private static SpeechReading? SpeakerSetOffBefore(SpeechSite site, int comma)
    {
        var tree = site.Tree;
        if (comma != site.Word - 1) return null;
        var start = Enumerable.Range(1, comma - 1).LastOrDefault(w => tree[w].Form is "\"" or "”" or "“") + 1;
        var phrases = new List<List<int>>();
        var phrase = new List<int>();
        for (var w = start; w < comma; w++)
        {
            if (tree[w].Form == ",") { phrases.Add(phrase); phrase = []; }
            else phrase.Add(w);
        }
        phrases.Add(phrase);
        for (var i = phrases.Count - 1; i >= 0; i--)
        {
            var words = WithoutNameOfBody(tree, WithoutLeadingJoin(tree, phrases[i]));
            var opens = i == 0 || OpensTheSentence(tree, phrases[i - 1]);
            if (opens && IsNounPhrase(tree, words))
            {
                var named = i + 1 < phrases.Count && IsWrittenName(tree, phrases[i + 1]) && IsRole(tree, words) ? phrases[i + 1] : words;
                var head = HeadOfSpeaker(tree, named);
                if (head == 0) return null;
                var spoken = Enumerable.Range(1, tree.Words.Count).Where(w => w < words[0] || w > site.Word).ToHashSet();
                return new(head, CueOfSpeech(site), spoken) { SpeakerWords = named };
            }
            if (opens || !IsAside(tree, words)) return null;
        }
        return null;
    }

    // '"...," said its chief executive, Katerina Doukas.': the noun phrase right after the verb, up to a comma, a relative
    // clause or the end, is the speaker of what comes before the comma; "told reporters" names the listener, not the speaker.
    private static SpeechReading? SpeakerJustAfter(SpeechSite site, int comma)
    {
        var tree = site.Tree;
        // "He did, however, acknowledge the deal": the verb after an aside has its subject before the aside.
        var said = Enumerable.Range(1, comma - 1).Reverse().TakeWhile(w => tree[w].Form != ",").ToList();
        if (site.Verb.Lemma == "tell" || !(said.Any(w => tree[w].Upos is "VERB" or "AUX") || comma == site.Word - 2)) return null;
        var words = new List<int>();
        for (var w = site.Word + 1; w <= tree.Words.Count && (tree[w].Upos != "PUNCT" || IsHyphenOfName(tree, w))
            && tree[w].Lemma is not ("who" or "which" or "that"); w++)
        {
            words.Add(w);
        }
        var end = words.Count > 0 ? words[^1] + 1 : site.Word + 1;
        if (!IsNounPhrase(tree, words)
            || (end <= tree.Words.Count && tree[end].Form is not ("," or "." or "(" or "-") && !IsRelative(tree[end])))
        {
            return null;
        }
        words = WithoutNameOfBody(tree, words);
        var name = end + 1 <= tree.Words.Count && tree[end].Form == "," && IsRole(tree, words)
            ? Enumerable.Range(end + 1, tree.Words.Count - end).TakeWhile(w => tree[w].Upos != "PUNCT" || IsHyphenOfName(tree, w)).ToList()
            : [];
        var named = name.Count > 0 && IsWrittenName(tree, name) && (name[^1] == tree.Words.Count || tree[name[^1] + 1].Form is "," or ".")
            ? name : words;
        var head = HeadOfSpeaker(tree, named);
        return head == 0 ? null : new(head, CueOfSpeech(site), Enumerable.Range(1, comma - 1).ToHashSet()) { SpeakerWords = named };
    }

    // "the executive", though the tagger took the role for an adjective.
    private static int HeadOfSpeaker(ParsedSentence tree, List<int> words) =>
        ActorNames.HeadOfWrittenName(tree, words) is var head and > 0 ? head : words.LastOrDefault(w => IsPersonNoun(tree[w].Lemma));

    private static Cue CueOfSpeech(SpeechSite site) => Lexicon.DenialVerbs.Contains(site.Verb.Lemma) ? Cue.Denies : Cue.Asserts;

    private static bool IsRelative(SyntaxWord word) => word.Lemma is "who" or "which";

    // "after U.S. officials, speaking on condition of anonymity, told", "So when the agency, ...": the words that join a clause
    // are not the speaker's.
    private static List<int> WithoutLeadingJoin(ParsedSentence tree, List<int> words) =>
        words.SkipWhile(w => w < words[^1] && tree[w].Lemma.ToLowerInvariant() is "after" or "as" or "while" or "and" or "but"
            or "so" or "when" or "then").ToList();

    // "Kao Mei-ling of the People's Party": a person's name ends before the "of" of the body he or she speaks for.
    private static List<int> WithoutNameOfBody(ParsedSentence tree, List<int> words) =>
        words.FindIndex(w => tree[w].Upos == "ADP") is var of and > 0
        && words.Take(of).All(w => char.IsUpper(tree[w].Form[0]) || IsHyphenOfName(tree, w))
        && tree[words[of - 1]].Upos == "PROPN" && !ActorNames.IsBodyHead(tree[words[of - 1]].Lemma.ToLowerInvariant())
            ? words[..of] : words;

    // What comes before the speaker's phrase: a time or a place ("In Kyiv", "Last week"), a participle ("Testifying before
    // the committee"), or a clause of its own ("The jets landed on Sunday").
    private static bool OpensTheSentence(ParsedSentence tree, List<int> words) =>
        words.Count == 0
        || words.All(w => tree[w].Upos is "DET" or "ADJ" || Lexicon.TimeWords.Contains(tree[w].Lemma.ToLowerInvariant()))
        || words.Any(w => IsVerbOfAClause(tree, w))
        || tree[words[0]] is { Upos: "VERB" } first && first.Form.EndsWith("ing", StringComparison.Ordinal)
        || (tree[words[0]].Upos is "ADP" or "ADV" or "SCONJ" or "NUM" && !IsNounPhrase(tree, WithoutLeadingJoin(tree, words)));

    // An aside between the speaker and the verb: "who ...", "speaking on condition of anonymity", "asked about ...", "in the same
    // interview", a role.
    private static bool IsAside(ParsedSentence tree, List<int> words) =>
        words.Count > 0 && (tree[words[0]].Lemma is "who" or "whose" or "which"
            || tree[words[0]].Upos is "VERB" or "ADP" || IsNounPhrase(tree, words));

    // Words with no verb of their own (but "Copenhagen-based", and a capitalised word the tagger took for a verb: "Rear
    // Admiral") and a noun or name among them.
    private static bool IsNounPhrase(ParsedSentence tree, List<int> words) =>
        words.Count > 0 && tree[words[0]].Upos is not ("ADP" or "SCONJ" or "CCONJ" or "PUNCT")
        && tree[words[0]].Lemma is not ("who" or "whose" or "which" or "it" or "he" or "she" or "they" or "we" or "i")
        && words.Any(w => (tree[w].Upos is "NOUN" or "PROPN" && !Lexicon.TimeWords.Contains(tree[w].Lemma.ToLowerInvariant()))
            || IsPersonNoun(tree[w].Lemma))
        && !words.Any(w => IsVerbOfAClause(tree, w));

    private static bool IsVerbOfAClause(ParsedSentence tree, int word) =>
        tree[word].Upos is "VERB" or "AUX" && !char.IsUpper(tree[word].Form[0]) && !IsHyphenOfName(tree, word)
        && tree[word].Relation is not ("amod" or "compound");

    // "Colonel Erlan Tokhtarov", "Inter Services Public Relations": capitalised words, with the particles and hyphens of names.
    private static bool IsWrittenName(ParsedSentence tree, List<int> words) =>
        words.Count > 0 && words.Any(w => tree[w].Upos == "PROPN") && words.All(w => char.IsUpper(tree[w].Form[0])
            || Lexicon.NameParticles.Contains(tree[w].Form) || IsHyphenOfName(tree, w));

    // "the spokesman for the ministry", "its chief executive": a phrase whose head, before any preposition, is a common noun
    // describes someone.
    private static bool IsRole(ParsedSentence tree, List<int> words) =>
        words.TakeWhile(w => tree[w].Upos != "ADP").LastOrDefault(w => tree[w].Upos is "NOUN" or "PROPN") is var head and > 0
        && !char.IsUpper(tree[head].Form[0]);

    private static bool IsHyphenOfName(ParsedSentence tree, int word) =>
        (tree[word].Form == "-" && word > 1 && tree[word - 1].End == tree[word].Start)
        || (word > 1 && tree[word - 1].Form == "-" && tree[word - 1].End == tree[word].Start);

    // The comma that opens an aside closed by the comma at the end: ", who spoke on condition of anonymity,", ", speaking to ...,".
    private static int? AsideBefore(ParsedSentence tree, int closing)
    {
        for (var word = closing - 1; word >= 2; word--)
        {
            if (tree[word].Form != ",") continue;
            var next = tree[word + 1];
            return next.Lemma is "who" || (next.Upos == "VERB" && next.Form.EndsWith("ing", StringComparison.Ordinal)) ? word : null;
        }
        return null;
    }

    // "The director of public relations, Air Commodore Ade Bello, told": a name set off by commas after a role is the
    // speaker the role describes, though the parser makes both subjects.
    private static SyntaxWord? ActiveSubject(ParsedSentence tree, int verb)
    {
        var subjects = tree.Children(verb, "nsubj").Where(s => s.Relation != "nsubj:pass").OrderBy(s => s.Index).ToList();
        // "Navy spokesperson Capt. Jericho Dizon said": the name right after the role, though the parser split them.
        if (subjects.Count > 1 && subjects[^1] is { Upos: "PROPN" } named
            && tree.Subtree(named.Index).Where(w => tree[w].Upos != "PUNCT").Min() is var first and > 1
            && (tree[first - 1].Form == "," || (subjects[^2].Upos == "NOUN" && tree.Subtree(subjects[^2].Index).Max() == first - 1)))
        {
            return named;
        }
        // "... fighters ordered by Serbia, the company said": of two subjects, the one set off by a comma right before the verb,
        // when the first is a common noun the parser took for one; not "Defense Monitor, a trade publication, reported".
        if (subjects.Count > 1 && subjects[0].Upos == "NOUN" && tree.Subtree(subjects[^1].Index).ToList() is var last
            && last.Max() == verb - 1 && last.Min() > 1 && tree[last.Min() - 1].Form == ",")
        {
            return subjects[^1];
        }
        return subjects.FirstOrDefault();
    }

    // "declined to comment", "would not confirm": the subject of the verb that governs the refusal.
    // "said Friday, rejecting a report": a participle without a subject shares its governor's.
    // "issued a statement saying", "handed a note saying": the participle may hang from the verb or from its object; but
    // posts a ministry "dismissed" claim what their authors claim.
    private static int? Governing(SpeechSite site) => site.Verb switch
    {
        // "X dismissed a claim that Y had delivered arms, while confirming ...": the parser hangs the participle on the claim's
        // verb; it is the speech verb above that which does the confirming.
        { Relation: "advcl", Head: > 0 } when site.Verb.Form.EndsWith("ing", StringComparison.Ordinal)
            && !IsSpeechVerb(site.Tree[site.Verb.Head]) && SpeechVerbAbove(site.Tree, site.Verb.Head) is { } speech => speech,
        { Relation: "xcomp" or "conj" or "advcl", Head: > 0 } => site.Verb.Head,
        // "issued a statement saying": the one who issued it says it; not "shipped chips later found in missiles", whose
        // participle is passive.
        { Relation: "acl", Head: > 0 } when site.Tree[site.Verb.Head] is { Relation: "obj", Head: > 0 } carrier
            && !Lexicon.DenialVerbs.Contains(site.Tree[carrier.Head].Lemma)
            && site.Verb.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase) => carrier.Head,
        _ => null,
    };

    private static int? SpeechVerbAbove(ParsedSentence tree, int word)
    {
        for (var current = tree[word].Head; current != 0; current = tree[current].Head)
        {
            if (IsSpeechVerb(tree[current])) return current;
        }
        return null;
    }

    private static int? Agent(SpeechSite site) =>
        site.Tree.Child(site.Word, "obl:agent")?.Index
        ?? site.Tree.Children(site.Word, "obl").FirstOrDefault(d => site.Tree.CaseOf(d.Index) == "by" && IsPassive(site))?.Index;

    // "Russia's claim", "a report by the committee", "Morocco renewed accusations that": who made the claim.
    private static int? Author(SpeechSite site)
    {
        var tree = site.Tree;
        var word = tree[site.Word];
        if (tree.Dependents(site.Word).FirstOrDefault(d => d.Relation == "nmod:poss"
            && d.Upos is "PROPN" or "NOUN") is { } possessor) return possessor.Index;
        if (tree.Dependents(site.Word).FirstOrDefault(d => d.Relation.StartsWith("nmod", StringComparison.Ordinal)
            && tree.CaseOf(d.Index) == "by") is { } by)
        {
            return by.Index;
        }
        if (ByRightAfter(tree, site.Word) is { } agent) return agent;
        // "data analysed by researchers", "a report compiled by the panel": who made the document the participle describes;
        // not who relayed a statement ("a statement carried by the agency").
        // Not who only saw or obtained it ("a U.N. report seen by the newspaper").
        if (Lexicon.DocumentNouns.Contains(word.Lemma)
            && tree.Dependents(site.Word).FirstOrDefault(d => d.Relation == "acl" && d.Upos == "VERB") is { } participle
            && participle.Lemma is not ("see" or "obtain" or "view")
            && tree.Dependents(participle.Index).FirstOrDefault(d => d.Relation == "obl:agent"
                || (d.Relation == "obl" && tree.CaseOf(d.Index) == "by")) is { Upos: "NOUN" or "PROPN" } maker)
        {
            return maker.Index;
        }
        // "export data we examined", "documents the paper has seen": who reviewed or obtained the document speaks for it. Not
        // "a report that Pyongyang had shipped rockets": what a report tells, taken for a relative clause, has its own object.
        if (Lexicon.DocumentNouns.Contains(word.Lemma)
            && tree.Dependents(site.Word).FirstOrDefault(d => d.Relation == "acl:relcl" && d.Upos == "VERB"
                && !tree.Dependents(d.Index).Any(o => o.Relation is "obj" or "ccomp")) is { } relative
            && tree.Dependents(relative.Index).FirstOrDefault(d => d.Relation == "nsubj") is { Upos: "NOUN" or "PROPN" or "PRON" } reader)
        {
            return reader.Index;
        }
        if (word.Relation != "obj" || word.Head == 0) return null;
        var verb = tree[word.Head];
        // The subject of "rejected the reports" denies them; of "cited reports" relays them; of "was studying the report"
        // reads it: none made them.
        if (Lexicon.DenialVerbs.Contains(verb.Lemma) || Lexicon.ReportingVerbs.Contains(verb.Lemma)
            || Lexicon.ExaminingVerbs.Contains(verb.Lemma)) return null;
        return ActiveSubject(tree, verb.Index)?.Index;
    }

    // The claim a verb of voicing describes ("the charge, voiced by") or has as its subject ("claims ... were made by").
    private static int? VoicedClaim(SpeechSite site)
    {
        var tree = site.Tree;
        var claim = site.Verb.Relation == "acl" ? tree[site.Verb.Head]
            : tree.Dependents(site.Word).FirstOrDefault(d => d.Relation is "nsubj" or "nsubj:pass");
        return claim is { Upos: "NOUN" } && Lexicon.ClaimNouns.Contains(claim.Lemma) ? claim.Index : null;
    }

    // The one "by" names after the verb, wherever the parser hung "by": the name a title or description comes before.
    private static int? VoicedBy(ParsedSentence tree, int verb)
    {
        var by = tree.Subtree(verb).Where(w => w > verb && tree[w].Relation == "case" && tree[w].Lemma == "by")
            .Select(w => tree[w].Head).FirstOrDefault(h => tree[h].Upos is "NOUN" or "PROPN");
        while (by > 0 && tree[by].Relation is "nmod:desc" or "compound" && tree[tree[by].Head].Upos == "PROPN") by = tree[by].Head;
        return by > 0 ? by : null;
    }

    // "Minsk rejected a report by the site X": the parser may hang "by X" from the active verb; it still follows the report.
    private static int? ByRightAfter(ParsedSentence tree, int report)
    {
        var next = tree.Subtree(report).Max() + 1;
        if (next > tree.Words.Count || tree[next].Relation != "case" || !tree[next].Form.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var nominal = tree[tree[next].Head];
        var verb = tree[report].Head;
        return TreeExtensions.Is(nominal.Relation, "obl") && nominal.Upos is "NOUN" or "PROPN" && nominal.Head == verb && verb != 0
            && !HasPassiveSubject(tree, verb) ? nominal.Index : null;
    }

    // The verb "quote" a word hangs from, or whose object the word is.
    private static int? QuotingVerb(ParsedSentence tree, int word) =>
        tree[word].Lemma == "quote" ? word
        : tree[word].Relation == "obj" && tree[word].Head != 0 && tree[tree[word].Head].Lemma == "quote" ? tree[word].Head : null;

    // "The report quoted officials as saying": a report stands for its author, who relays what it quotes and asserts it.
    private static bool IsDocumentQuoting(ParsedSentence tree, int quote) =>
        tree.Child(quote, "nsubj") is { } subject && Lexicon.IsStatementOrDocument(subject);

    private static bool IsSayingAs(ParsedSentence tree, SyntaxWord word) =>
        word.Lemma == "say" && IsAsClause(tree, word.Index);

    // The object of "quoted X as saying", when a verb of speech with "as" follows it.
    private static int? QuotedAsSaying(ParsedSentence tree, int quote) =>
        tree.Child(quote, "obj") is { } quoted && tree.Subtree(quote).Any(w => w > quoted.Index && IsSayingAs(tree, tree[w]))
            ? quoted.Index : null;

    // "was claimed by", and "claims ..., voiced by a spokesman, ...": a participle with its agent is passive too.
    private static bool HasPassiveSubject(SpeechSite site) => HasPassiveSubject(site.Tree, site.Word);

    private static bool HasPassiveSubject(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation is "aux:pass" or "nsubj:pass");

    private static bool IsPassive(SpeechSite site) =>
        site.Tree.Dependents(site.Word).Any(d => d.Relation is "aux:pass" or "nsubj:pass" or "obl:agent")
        || (site.Verb.Relation == "acl" && site.Verb.Upos == "VERB" && site.Verb.Index > site.Verb.Head);

    // ", according to ..." closing the sentence: a comma before it, and nothing after its phrase but the sentence's end.
    private static bool IsSetOffAtTheEnd(ParsedSentence tree, int according) =>
        according > 1 && tree[according - 1].Form == ","
        && tree.Words.Skip(according).All(w => w.Upos != "VERB" || w.Relation is "acl" or "acl:relcl" or "amod");

    private static SpeechReading? AccordingTo(SpeechSite site)
    {
        // "According" hangs from the source ("officials"), which hangs from the clause it is the source of; or, read as a
        // verb, it takes the source as "to" and hangs from the clause itself.
        var tree = site.Tree;
        var (source, clause) = tree.Children(site.Word, "obl").FirstOrDefault(d => tree.CaseOf(d.Index) == "to") is { } obl
            ? (obl.Index, site.Verb.Head)
            : (site.Verb.Head, tree[site.Verb.Head].Head);
        // "according to U.S. and European officials": the parser may hang "according" from a modifier of the source.
        while (tree[source].Relation is "amod" or "compound" or "nmod:poss" && tree[source].Head != 0
            && tree[tree[source].Head].Upos is "NOUN" or "PROPN")
        {
            source = tree[source].Head;
            clause = tree[source].Head;
        }
        // "Chinese companies have shipped engines ..., according to European officials", the source read as the root of the
        // sentence and the claim hung from it: the source speaks for the clauses hung from it before "according".
        var sourceIsRoot = clause == 0 && tree.Dependents(source).Any(d => d.Relation == "parataxis" && d.Index < site.Word);
        if (sourceIsRoot) clause = source;
        // "..., according to customs records reviewed by the paper.": the parser may hang the source from the full stop; set off
        // at the end, it speaks for the sentence before it.
        if (clause != 0 && tree[clause].Upos == "PUNCT" && IsSetOffAtTheEnd(tree, site.Word) && tree.Root.Index < site.Word)
        {
            clause = tree.Root.Index;
        }
        // "according to two officials familiar with the deal": the parser may take the adjective that describes the source
        // for a clause joined to the claim, or set before it; the source speaks for the claim.
        if (clause != 0 && tree[clause].Upos == "ADJ" && clause == source + 1 && tree[clause].Relation is "conj" or "parataxis" or "advcl")
        {
            clause = tree[clause].Head;
        }
        // "proceeding according to the agreed schedule": a plan or a contract is no source.
        if (clause == 0 || (tree[source].Upos == "NOUN" && Lexicon.NormNouns.Contains(tree[source].Lemma.ToLowerInvariant()))) return null;
        // "took delivery of a batch of jets ..., according to officials": hung from a noun, the source still speaks for the
        // clause; "according to" is never part of a noun phrase.
        while (tree[clause].Upos is "NOUN" or "PROPN" or "NUM" && tree[clause].Head != 0) clause = tree[clause].Head;
        // "Chad bought rifles from Serbia and acquired drones, according to a person close to ...": set off at the end, the
        // source speaks for every clause joined before it, though the parser hung it from the last.
        while (tree[clause].Relation == "conj" && tree[clause].Head != 0 && site.Word > clause && IsSetOffAtTheEnd(tree, site.Word))
        {
            clause = tree[clause].Head;
        }
        // "..., Shalev said, according to a transcript released by the committee": a record of a speaker's own words relays
        // them; the speaker speaks, not the record's keeper.
        // The parser may make the record the root and hang the speaker's verb from it.
        bool IsSpeakersVerb(int verb) => Lexicon.IsSpeechOrDenial(tree[verb].Lemma) && tree[verb].Upos == "VERB"
            && tree.Child(verb, "nsubj") is not null;
        if (Lexicon.IsStatementOrDocument(tree[source]) && (IsSpeakersVerb(clause)
            || (sourceIsRoot && tree.Children(source, "parataxis").Any(p => p.Index < site.Word && IsSpeakersVerb(p.Index))))) return null;
        var sourceWords = tree.Subtree(source, d => !sourceIsRoot || d.Relation != "parataxis").ToHashSet();
        var scope = tree.Subtree(clause).Where(w => !sourceWords.Contains(w)).ToHashSet();
        // "according to a report by the committee", "according to data analysed by researchers": the document speaks for
        // its author.
        if ((IsReportNoun(tree[source]) || Lexicon.DocumentNouns.Contains(tree[source].Lemma))
            && Author(site with { Word = source }) is { } author) return new SpeechReading(author, Cue.Asserts, scope);
        // "according to U.S. and European officials": the words after "to", up to the next clause, name the source; a hyphen
        // inside a word is part of it ("according to lawmaker Kim Tae-woo").
        var to = site.Word + 1 <= tree.Words.Count && tree[site.Word + 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase)
            ? site.Word + 1 : site.Word;
        var span = new List<int>();
        for (var w = to + 1; w <= tree.Words.Count
            && (tree[w].Upos is not ("PUNCT" or "VERB" or "AUX" or "SCONJ") || IsHyphenedModifier(tree, w)
                || tree.IsInnerHyphen(w))
            && tree[w].Lemma is not ("who" or "which") && !DescribesNamedSource(tree, w); w++)
        {
            span.Add(w);
        }
        var head = ActorNames.HeadOfWrittenName(tree, span);
        if (head == 0) return new SpeechReading(source, Cue.Asserts, scope);
        scope.ExceptWith(span);
        // "the Stockholm-based institute": where the source sits is not its name; in the last of two sources only
        // ("three people with knowledge of the deal and a flight-tracking analysis by ...").
        var join = span.LastOrDefault(w => tree[w].Upos == "CCONJ" && span.Any(p => p > w && IsJoinedParticiple(tree, p)));
        var named = span.Where(w => w <= join || !span.Any(p => p >= w && IsJoinedParticiple(tree, p))).ToList();
        return new SpeechReading(head, Cue.Asserts, scope) { SpeakerWords = named.Contains(head) ? named : span };
    }

    // "the Stockholm-based institute", "a Kremlin-backed outlet": the hyphen and the participle after it modify the source.
    private static bool IsHyphenedModifier(ParsedSentence tree, int word) =>
        tree[word].Form == "-" ? word < tree.Words.Count && IsJoinedParticiple(tree, word + 1) : IsJoinedParticiple(tree, word);

    private static bool IsJoinedParticiple(ParsedSentence tree, int word) =>
        word > 1 && tree[word - 1].Form == "-" && tree[word - 1].End == tree[word].Start && tree[word].Upos is "VERB" or "ADJ"
        && word < tree.Words.Count && tree[word + 1].Upos is "NOUN" or "PROPN" or "ADJ";

    // "a European diplomat familiar with the intelligence": what follows a source named by its own modifiers describes it.
    // A bare "person familiar with the contracts" is known only by that description, and keeps it.
    private static bool DescribesNamedSource(ParsedSentence tree, int word) =>
        tree[word].Upos == "ADJ" && tree[word - 1].Upos is "NOUN" or "PROPN"
        && tree.Dependents(word - 1).Any(d => d.Relation is "amod" or "compound" or "nmod:poss" && d.Index < word - 1);

    // A report's words and the "that" clause right after them, wherever the parser hung it: "a report by X that Y sent Z",
    // even from the author ("a report by the news site X that ...": a relative clause has no "that" of its own to mark it).
    private static HashSet<int> ReportScope(SpeechSite site, int author)
    {
        var tree = site.Tree;
        var words = tree.Subtree(site.Word);
        var authorWords = tree.Subtree(author, d => !IsThatClause(tree, d));
        var scope = words.Except(authorWords).ToHashSet();
        var next = Math.Max(words.Max(), authorWords.Max()) + 1;
        // "renewed accusations on Thursday that ...": a time phrase may stand between the report and what it says.
        while (next <= tree.Words.Count && IsTimePhraseWord(tree[next])) next++;
        if (next <= tree.Words.Count && tree[next].Form.Equals("that", StringComparison.OrdinalIgnoreCase) && tree[next].Relation == "mark")
        {
            scope.UnionWith(tree.Subtree(tree[next].Head));
        }
        return scope;
    }

    private static bool IsTimePhraseWord(SyntaxWord word) =>
        Lexicon.TimeWords.Contains(word.Form.ToLowerInvariant()) || word.Lemma is "on" or "last" or "this" or "earlier" or "again";

    private static bool IsThatClause(ParsedSentence tree, SyntaxWord word) =>
        TreeExtensions.Is(word.Relation, "acl") && tree.Dependents(word.Index)
            .Any(d => d.Relation == "mark" && d.Form.Equals("that", StringComparison.OrdinalIgnoreCase));

    private static bool IsReportNoun(SyntaxWord word) =>
        word.Upos == "NOUN" && (Lexicon.ClaimNouns.Contains(word.Lemma) || Lexicon.SpeechNouns.Contains(word.Lemma));

    /// <summary>
    /// The words a speaker's verb governs, without the speaker's own phrase. A reporting verb set in the middle or at the
    /// end of what it reports ("Belarus sent no tanks, the colonel said") hangs from that clause, which it also governs.
    /// </summary>
    private static HashSet<int> Scope(SpeechSite site, int speaker)
    {
        var tree = site.Tree;
        var scope = tree.Subtree(site.Word).ToHashSet();
        // "..., the minister said", "..., as was claimed by the air force": a verb that reports what came before it, and
        // introduces nothing after it, governs the sentence whatever the parser hung it from.
        // "quoted an official as saying ...": the verb may hang inside the speaker's phrase; what it says is not the speaker.
        var speakerWords = tree.Subtree(speaker, d => d.Index != site.Word && !IsSayingAs(tree, d));
        // Not a participle that describes a noun other than a report: "called it propaganda repeated by the junta" repeats the
        // noun, while "according to a study published by the institute" speaks for the institute.
        // "X confirmed receiving the jets, and Y said the drones had arrived": two speakers, each with a clause of its own,
        // do not speak for each other.
        // "accused Chile of supplying drones" introduces what it says too.
        // Not one set off by a comma ("said on Thursday, in a stopgap arrangement meant to ..."): that goes on after what was said.
        var introducesAClause = tree.Dependents(site.Word).Any(d => d.Index > site.Word && (d.Relation is "ccomp" or "xcomp"
            || (d.Relation == "advcl" && tree.Dependents(d.Index).Any(m => m.Relation == "mark" && m.Lemma == "of")))
            && !Enumerable.Range(site.Word + 1, Math.Max(0, tree.Subtree(d.Index).Min() - site.Word)).Any(w => tree[w].Form == ","));
        // "..., but it rejects the framing": a verb with a thing of its own to say something of reports nothing before it.
        var hasItsOwnObject = !Lexicon.TellingVerbs.Contains(site.Verb.Lemma)
            && tree.Children(site.Word, "obj").Any(o => o.Index > site.Word
            && o.Upos == "NOUN" && !Lexicon.ClaimNouns.Contains(o.Lemma) && !Lexicon.IsStatementOrDocument(o)
            && !Lexicon.TransferNouns.ContainsKey(o.Lemma));
        // "..., while rejecting a claim that ammunition had reached Israel": a claim with its own clause after the verb is what
        // the verb speaks of, not the clause before it.
        var hasItsOwnClaim = tree.Children(site.Word, "obj").Any(o => o.Index > site.Word
            && (Lexicon.ClaimNouns.Contains(o.Lemma) || Lexicon.IsStatementOrDocument(o))
            && tree.Dependents(o.Index).Any(d => d.Index > o.Index && d.Relation is "acl" or "acl:relcl" or "ccomp"));
        // "Russia did deliver the jets, and state television has since shown them": a verb of speech with a subject of its own,
        // joined to a whole clause before it, says something new; it does not report that clause (outside quotation marks), as
        // "and the ministry confirmed it" does.
        var joinedClause = site.Verb.Relation == "conj"
            && tree.Children(site.Word, "cc").Any(c => c.Index < site.Word) && tree.Child(site.Word, "nsubj") is not null
            && tree[site.Verb.Head] is { Upos: "VERB" } first && tree.Child(first.Index, "nsubj") is not null
            && QuotationClosedBefore(site) is null && !tree.Children(site.Word, "obj").Any(o => o.Lemma is "it" or "this" or "that");
        var trailing = speakerWords.Min() > 1 && !introducesAClause && !hasItsOwnObject && !hasItsOwnClaim && !joinedClause
            && !((site.Verb.Relation == "acl" || IsRelativeClause(tree, site.Verb)) && site.Verb.Head < site.Word
                && tree[site.Verb.Head] is { Upos: "NOUN" } described
                && !Lexicon.IsStatementOrDocument(described) && !Lexicon.ClaimNouns.Contains(described.Lemma));
        var parenthetical = site.Verb.Relation.StartsWith("parataxis", StringComparison.Ordinal)
            && !(introducesAClause && IsSpeechVerb(tree[site.Verb.Head]) && tree.Child(site.Verb.Head, "nsubj") is not null);
        if (parenthetical || IsAsClause(tree, site.Word) || trailing)
        {
            scope.UnionWith(Enumerable.Range(1, site.Word));
        }
        // "The drones, officials said, were shipped in May": an aside between a subject and its verb governs that verb's clause.
        if (parenthetical && site.Verb.Head > site.Word && site.Word < tree.Words.Count && tree[site.Word + 1].Form == ",")
        {
            scope.UnionWith(tree.Subtree(site.Verb.Head));
        }
        scope.ExceptWith(speakerWords);
        // "Asked about the deliveries, the spokeswoman said ...": the question put to the speaker is not what the speaker says
        // (one asked "whether" a transfer took place is answered by what is said).
        foreach (var question in tree.Children(site.Word, "advcl").Where(d => d.Lemma == "ask" && d.Index < site.Word
            && tree.Children(d.Index, "obl").Any(topic => tree.CaseOf(topic.Index) == "about")))
        {
            scope.ExceptWith(tree.Subtree(question.Index));
        }
        foreach (var other in tree.Dependents(site.Word).Where(d => d.Relation is "parataxis" or "conj" && IsSpeechVerb(d)
            && tree.Child(d.Index, "nsubj") is not null && tree.Dependents(d.Index).Any(c => c.Relation is "ccomp" && c.Index > d.Index)))
        {
            scope.ExceptWith(tree.Subtree(other.Index));
        }
        return scope;
    }

    // "a step that Washington had warned would bring sanctions": a relative clause opened by its pronoun, not a clause the
    // parser hung from the noun before it ("Moravia Press, the Prague daily Lidový Posel reported").
    private static bool IsRelativeClause(ParsedSentence tree, SyntaxWord verb) =>
        verb.Relation == "acl:relcl" && tree.Dependents(verb.Index).Any(d => d.Lemma is "that" or "which" or "who" && d.Upos == "PRON");

    private static bool IsAsClause(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation == "mark" && d.Form.Equals("as", StringComparison.OrdinalIgnoreCase));
}

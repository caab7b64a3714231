using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Rules;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Transfers;

/// <summary>The mood a rule finds for a transfer, boxed so that a rule can answer "not me" with null.</summary>
public sealed record MoodReading(FrameMood Mood);

/// <summary>A negation a rule finds on a transfer.</summary>
public sealed record NegationReading(string Word);

/// <summary>
/// Plans, conditions, hearsay and negation, read from the words that govern or modify the trigger, not from a window
/// of words around it. The first mood rule that fires decides; with none the transfer is a fact.
/// </summary>
public static class MoodRules
{
    public static readonly IReadOnlyList<Rule<TriggerSite, MoodReading>> Moods =
    [
        new("modal-auxiliary", "A modal makes a transfer possible or future, not done, unless a tense tells its past as well.",
            "Hungary will not send weapons to Ukraine.",
            site => site.Tree.Dependents(site.Trigger).Any(d => d.Relation == "aux" && Lexicon.ModalVerbs.Contains(d.Lemma))
                && !site.Tree.Dependents(site.Trigger).Any(d => d.Relation == "aux" && d.Lemma is "have" or "do"
                    && !Lexicon.ModalVerbs.Contains(d.Form))
                ? new MoodReading(FrameMood.Plan) : null),
        new("means-of-a-modal-verb", "A transfer told as the means (\"by sending\") of what a modal says may or will be done is no "
            + "more done than it.",
            "Poland should answer by sending shells to Kyiv.",
            site => !site.IsNoun && site.Word is { Relation: "advcl", Head: > 0 } means
                && site.Tree.Dependents(site.Trigger).Any(d => d.Relation == "mark" && d.Lemma == "by")
                && site.Tree.Dependents(means.Head).Any(d => d.Relation == "aux" && Lexicon.ModalVerbs.Contains(d.Lemma))
                ? new MoodReading(FrameMood.Plan) : null),
        new("conditional-clause", "\"If\", \"unless\" and \"whether\" make a transfer a condition or a question, told by its verb "
            + "or by the verb a noun of transfer is the subject of (\"if the delivery is confirmed\").",
            "Washington warned of consequences if Iran sends ballistic missiles to Russia.",
            site => Governors(site.Tree, site.Trigger, 1).Prepend(site.Trigger).Concat(ClauseOfItsSubject(site))
                .Append(ConditionalFinding(site.Tree, site.Trigger))
                .Any(w => w > 0 && site.Tree.Dependents(w).Any(d => d.Relation == "mark" && Lexicon.ConditionWords.Contains(d.Lemma)))
                ? new MoodReading(FrameMood.Condition) : null),
        new("planned-transfer", "A transfer governed by a word of planning, promising or asking is not yet a transfer.",
            "Tehran plans to send more drones to Moscow.",
            site => Governors(site.Tree, site.Trigger, 3).Append(site.Trigger).Any(w => IsPlanning(site.Tree, w, site.Trigger))
                ? new MoodReading(FrameMood.Plan) : null),
        new("topic-of-talk", "A transfer talked \"about\" doing (\"spoken about buying\", \"in talks about buying\") is a subject of talk, "
            + "not a transfer told.",
            "Iranian officials have spoken publicly about buying Chinese fighter jets.",
            site => !site.IsNoun && site.Tree.Dependents(site.Trigger).Any(d => d.Relation is "mark" or "case" && d.Lemma == "about")
                ? new MoodReading(FrameMood.Plan) : null),
        new("any-transfer", "\"Any transfer\", \"any sale\": a transfer spoken of as a possibility, not as one that took place; "
            + "not one denied (\"denied any arms transfers\"), which is each transfer said to have taken place.",
            "Any transfer of ballistic missiles to Russia would be a dramatic escalation.",
            site => site.IsNoun && site.Tree.Dependents(site.Trigger).Any(d => d.Relation == "det" && d.Lemma == "any")
                && !(site.Word.Relation == "obj" && Lexicon.DenialVerbs.Contains(site.Tree[site.Word.Head].Lemma))
                ? new MoodReading(FrameMood.Condition) : null),
        new("hypothetical-subject", "A transfer spelled out as the subject of what \"would\" or \"could\" follow is supposed, not "
            + "told; one named again (\"the donation would help\") was told before.",
            "Moscow warned that supplying rifles to Kyiv would destroy relations with Seoul.",
            site => site.Word.Relation is "csubj" or "nsubj" && site.Word.Head > 0
                && site.Tree.Dependents(site.Trigger).Any(d => d.Relation is "obj" or "iobj" || TreeExtensions.Is(d.Relation, "obl")
                    || TreeExtensions.Is(d.Relation, "nmod") && d.Relation != "nmod:poss")
                && site.Tree.Dependents(site.Word.Head).Any(d => d.Relation == "aux" && d.Lemma is "would" or "could" or "might")
                ? new MoodReading(FrameMood.Condition) : null),
        new("asked-who", "A transfer whose giver or taker is asked after (\"could not say who sent them\", \"over who is arming "
            + "whom\") is a question, not told; a relative \"who\" after its noun (\"the police, who received\") tells one.",
            "Diplomats said they could not say who had sent the rifles.",
            site => !site.IsNoun && site.Word.Relation != "acl:relcl"
                && site.Tree.Dependents(site.Trigger).Any(d => IsAskedWho(site.Tree, d))
                ? new MoodReading(FrameMood.Condition) : null),
        new("question", "A question asks about a transfer; it does not tell one.", "Did Iran send missiles to Russia?",
            site => site.Tree.Words[^1].Form == "?" ? new MoodReading(FrameMood.Condition) : null),
        new("hearsay-adverb", "\"Reportedly\" and \"allegedly\" relay a transfer without asserting it.",
            "Iran has reportedly sent drones to Russia.",
            site => site.Tree.Dependents(site.Trigger).Any(d => d.Relation == "advmod" && Lexicon.HearsayAdverbs.Contains(d.Form))
                ? new MoodReading(FrameMood.Hearsay) : null),
    ];

    // "who" or "whom" as a side of the verb, not a relative pronoun set after the noun it stands for.
    private static bool IsAskedWho(ParsedSentence tree, SyntaxWord word) =>
        word.Lemma.ToLowerInvariant() is "who" or "whom" && (word.Relation.StartsWith("nsubj", StringComparison.Ordinal)
            || word.Relation is "obj" or "obl")
        && (word.Index == 1 || tree[word.Index - 1] is not ({ Form: "," } or { Upos: "NOUN" or "PROPN" }));

    public static readonly IReadOnlyList<Rule<TriggerSite, NegationReading>> Negations =
    [
        new("negated-verb", "\"Not\" or \"never\" on the verb of transfer, or on the verb it is joined to, denies it.",
            "Belarus has never supplied tanks to Russia.",
            site => (NegationOn(site.Tree, site.Trigger) ?? SharedNegation(site) ?? DeliveryNotTaken(site)) is { } word
                ? new NegationReading(word.Form) : null),
        new("no-longer", "\"No longer\", or a transfer said to have stopped, says it does not go on: the speaker denies it.",
            "Russia no longer supplies Armenia with weapons.",
            site => site.Tree.Dependents(site.Trigger).Any(d => d.Form.Equals("longer", StringComparison.OrdinalIgnoreCase)
                && site.Tree.Dependents(d.Index).Any(n => n.Form.Equals("no", StringComparison.OrdinalIgnoreCase)))
                ? new NegationReading("no longer")
                : StoppedBy(site) is { } verb ? new NegationReading(verb.Form) : null),
        new("failed-to", "A transfer someone \"failed to\" make did not take place: the speaker denies it.",
            "Armenian officials say Moscow failed to deliver the howitzers Yerevan paid for.",
            site => site.Word.Relation == "xcomp" && site.Word.Head > 0 && site.Tree[site.Word.Head] is { } failing
                && Lexicon.FailingVerbs.Contains(failing.Lemma) && NegationOn(site.Tree, failing.Index) is null
                ? new NegationReading(failing.Form) : null),
        new("no-need", "A transfer a side says it does not need (\"does not need to import ammunition\") is one it denies taking.",
            "The army does not need to import shells from anyone, the minister said.",
            site => site.Word.Relation == "xcomp" && site.Word.Head > 0 && site.Tree[site.Word.Head] is { } needing
                && Lexicon.NeedVerbs.Contains(needing.Lemma) && NegationOn(site.Tree, needing.Index) is { } not
                ? new NegationReading(not.Form) : null),
        new("refused-permission", "A transfer a side never approved, authorised or allowed did not take place with its leave: the "
            + "speaker denies it; \"not yet approved\" is still a plan.",
            "Serbia has never authorised the export of artillery shells to Ukraine.",
            site => RefusedPermission(site.Tree, site.Trigger) is { } word ? new NegationReading(word.Form) : null),
        new("no-licence", "A transfer for which \"no licence\" or \"no permit\" was issued did not take place with the state's leave: "
            + "the speaker denies it.",
            "No licence has been issued for exports of rifles to Ukraine, the ministry said.",
            site => NoLicenceFor(site) is { } no ? new NegationReading(no.Form) : null),
        new("no-evidence", "A transfer that \"no evidence\" shows is denied by whoever found none.",
            "A customs inquiry found no evidence that Austrian firms had sold rifles to Belarus.",
            site => NoEvidenceOf(site.Tree, site.Trigger) is { } word ? new NegationReading(word) : null),
        new("support-of-another-kind", "\"Only moral and political support\" for a side says it gets no arms: the speaker denies them.",
            "Kenya gives only political and humanitarian support to the Somali government.",
            site => OnlySupportOfAnotherKind(site.Tree, site.Trigger) is { } word ? new NegationReading(word) : null),
        new("no-goods", "\"No weapons\", \"not a single shell\", \"neither tanks nor shells\" or \"nothing\" as the goods, \"nobody\" "
            + "giving, or \"no\" on the transfer itself (\"no such shipment took place\") denies it; so does \"no aircraft\" used to give.",
            "Iran has sent no weapons to Russia.",
            site => (site.Tree.Dependents(site.Trigger).Concat(ControllersSubjects(site.Tree, site.Trigger))
                .Where(d => d.Relation is "obj" or "nsubj:pass" or "obl" or "nsubj" || (site.IsNoun && d.Relation == "det")
                    // "received neither drones nor shells", the goods hung as a conjunct of the verb.
                    || (d.Relation == "conj" && d.Upos is "NOUN" && d.Index > site.Trigger && site.Tree.Dependents(d.Index)
                        .Any(c => c.Relation == "cc" && c.Form.Equals("neither", StringComparison.OrdinalIgnoreCase))))
                // "not one Aster 30 missile", "not a single shell": the "not" may hang from the number or the adjective, however
                // deep in the phrase the parser put them.
                .SelectMany(d => site.Tree.Dependents(d.Index).Append(d)
                    .Concat(site.Tree.Subtree(d.Index).Select(w => site.Tree[w])
                        .Where(w => w.Form.Equals("not", StringComparison.OrdinalIgnoreCase)
                            && site.Tree[w.Head].Lemma is "one" or "single")))
                // "no cargo destined for the rebels": a participle on goods no one gave gives nothing; "no Ugandan vehicles in the
                // hands of the army": goods no one holds were given to no one.
                .Concat(((site.Word.Relation == "acl" && !site.IsNoun)
                        || (site.Kind is TransferFrameKind.Hold && site.Word.Relation == "nmod"))
                    && site.Mentions.Weapons.Any(w => w.Last == site.Word.Head)
                    ? site.Tree.Dependents(site.Word.Head) : [])
                .FirstOrDefault(d => (d.Relation is "det" or "advmod" && d.Form.ToLowerInvariant() is "no" or "not" or "never"
                        && !IsComparedAmount(site.Tree, d.Index))
                    // "received neither drones nor missiles", however the parser hung the "neither".
                    || (d.Relation is "cc:preconj" or "det" or "advmod" or "amod" or "cc"
                        && d.Form.Equals("neither", StringComparison.OrdinalIgnoreCase))
                    || (d.Relation is "obj" or "nsubj:pass" && d.Lemma is "nothing" or "none")
                    || (d.Relation == "nsubj" && d.Lemma is "nobody" or "none"))
                ?? NoBeforeJoinedGoods(site))
                is { } word ? new NegationReading(word.Form) : null),
    ];

    // "no air defence equipment or armoured vehicles have been sent": a "no" before goods joined by "or", which the parser may
    // hang from the first of them alone, out of the verb's reach.
    private static SyntaxWord? NoBeforeJoinedGoods(TriggerSite site)
    {
        var tree = site.Tree;
        foreach (var goods in tree.Dependents(site.Trigger).Where(d => d.Relation is "nsubj:pass" or "obj"))
        {
            var at = tree.Subtree(goods.Index).Min() - 1;
            while (at >= 1 && tree[at].Upos is "ADJ" or "NOUN" or "PROPN" or "CCONJ" && tree[at].Form is not "and") at--;
            if (at >= 1 && at < goods.Index - 1 && tree[at] is { Upos: "DET" } no
                && no.Form.Equals("no", StringComparison.OrdinalIgnoreCase)
                && Enumerable.Range(at + 1, goods.Index - at - 1).Any(w => tree[w].Upos == "CCONJ")) return no;
        }
        return null;
    }

    // "no licence for exports to Ukraine", "no licence has been issued for exports": the "no" of a noun of leave that the noun of
    // transfer hangs from, or that is the subject or object of the verb the noun of transfer hangs from.
    private static SyntaxWord? NoLicenceFor(TriggerSite site)
    {
        if (!site.IsNoun || site.Word.Head == 0) return null;
        var tree = site.Tree;
        var head = tree[site.Word.Head];
        var leave = Lexicon.PermissionNouns.Contains(head.Lemma) ? [head]
            : tree.Dependents(head.Index)
                .Where(d => d.Relation is "nsubj" or "nsubj:pass" or "obj" && Lexicon.PermissionNouns.Contains(d.Lemma));
        return leave.SelectMany(p => tree.Dependents(p.Index))
            .FirstOrDefault(d => d.Relation == "det" && d.Form.Equals("no", StringComparison.OrdinalIgnoreCase));
    }

    // The subject of the verb an infinitive without a subject of its own hangs from: "no aircraft were used to smuggle".
    private static IEnumerable<SyntaxWord> ControllersSubjects(ParsedSentence tree, int trigger) =>
        tree[trigger] is { Relation: "xcomp" or "advcl", Head: > 0 } word
        && !tree.Dependents(trigger).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            ? tree.Dependents(word.Head).Where(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            : [];

    // "Provides only moral, diplomatic and humanitarian support": "only", a kind of support that is no arms, and the support,
    // in the phrase the verb gives (however the parser split it), and no word for arms among them.
    private static string? OnlySupportOfAnotherKind(ParsedSentence tree, int trigger)
    {
        var given = tree.Dependents(trigger)
            .Where(d => d.Relation is "obj" or "xcomp" or "nsubj:pass" || (d.Relation == "conj" && d.Upos == "NOUN"))
            .SelectMany(d => tree.Subtree(d.Index, w => w.Relation is "amod" or "conj" or "advmod" or "cc" or "compound"))
            .Select(w => tree[w]).ToList();
        return given.Any(w => w.Lemma is "support" or "aid" or "assistance") && given.Any(w => Lexicon.OtherSupport.Contains(w.Lemma))
            && given.FirstOrDefault(w => w.Lemma is "only" or "solely" or "purely" or "exclusively") is { } only
            && !given.Any(w => w.Lemma is "military" or "lethal")
            ? only.Form : null;
    }

    // "no evidence that X had supplied", "no evidence of arms deliveries": the noun of proof the transfer is the content of,
    // a step or two up, with "no"; or the object of the verb the parser hung the clause on ("found no evidence | that ...").
    private static string? NoEvidenceOf(ParsedSentence tree, int trigger)
    {
        var word = trigger;
        // "no evidence that rifles were sold to Serbia and re-exported to Belarus": a verb joined to the one the evidence is of.
        for (var step = 0; step < 3 && tree[word].Head != 0; step++)
        {
            var relation = tree[word].Relation;
            if (relation is not ("acl" or "acl:relcl" or "ccomp" or "conj") && !relation.StartsWith("nmod", StringComparison.Ordinal))
            {
                return null;
            }
            word = tree[word].Head;
            if ((IsNoEvidence(tree, word) ? word : tree.Children(word, "obj").FirstOrDefault(o => IsNoEvidence(tree, o.Index))?.Index)
                is { } evidence)
            {
                return "no " + tree[evidence].Form;
            }
        }
        return null;
    }

    /// <summary>"No evidence", "no sign": an evidence noun with "no".</summary>
    internal static bool IsNoEvidence(ParsedSentence tree, int word) =>
        Lexicon.EvidenceNouns.Contains(tree[word].Lemma) && tree.Dependents(word).Any(d => d.Relation == "det" && d.Lemma == "no");

    // "No fewer than six helicopters", "not less than 20 drones": an amount, not a negation.
    private static bool IsComparedAmount(ParsedSentence tree, int word) =>
        word + 2 <= tree.Words.Count && tree[word + 1].Lemma is "few" or "fewer" or "less" or "more" or "much" or "many"
        && tree[word + 2].Lemma == "than";

    // The words above the trigger, through clauses that complete or modify it, up to a reporting verb.
    // "The supply of rifles had stopped", "exports had been suspended": the verb that ended the transfer.
    private static SyntaxWord? StoppedBy(TriggerSite site) =>
        site.IsNoun && site.Word.Relation is "nsubj" or "nsubj:pass" && site.Word.Head > 0
        && site.Tree[site.Word.Head] is { Upos: "VERB" } verb && Lexicon.StoppingVerbs.Contains(verb.Lemma)
        && NegationOn(site.Tree, verb.Index) is null
            ? verb : null;

    // "Egypt has not taken delivery of the jets": the negation on the verb of taking.
    private static SyntaxWord? DeliveryNotTaken(TriggerSite site) =>
        FrameRules.IsTakingDelivery(site) ? NegationOn(site.Tree, site.Word.Head) : null;

    // "has never sold or sent mortars": the joined verb shares the negation, unless "but" opposes it or it has its own subject.
    // The parser chains a list of verbs ("has not sold, donated or delivered"), so the first of the chain is sought.
    private static SyntaxWord? SharedNegation(TriggerSite site)
    {
        for (var word = site.Word; word is { Relation: "conj", Head: > 0 } && !StandsApart(site.Tree, word.Index);
             word = site.Tree[word.Head])
        {
            if (NegationOn(site.Tree, word.Head) is { } negation) return negation;
        }
        return null;
    }

    // A joined verb with a subject of its own, or opposed by "but", is a clause of its own.
    private static bool StandsApart(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal)
            || d.Relation == "cc" && d.Lemma is "but" or "yet");

    private static SyntaxWord? NegationOn(ParsedSentence tree, int verb) =>
        tree.Dependents(verb)
            .FirstOrDefault(d => (d.Relation is "advmod" or "neg" or "cc:preconj" && Lexicon.NegationWords.Contains(d.Form))
                // "Nor has Tehran sent a drone": the "nor" that opens the clause.
                || (d.Relation == "cc" && d.Lemma == "nor"));

    // The verb a noun of transfer is the subject of: "if the delivery was confirmed", "unless the shipments stop".
    private static IEnumerable<int> ClauseOfItsSubject(TriggerSite site) =>
        site.IsNoun && site.Word.Head > 0 && site.Word.Relation.StartsWith("nsubj", StringComparison.Ordinal) ? [site.Word.Head] : [];

    private static IEnumerable<int> Governors(ParsedSentence tree, int word, int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            var current = tree[word];
            if (current.Head == 0 || !IsComplement(current.Relation) || IsCompletedClause(tree, word)) yield break;
            word = current.Head;
            if (Lexicon.IsSpeechOrDenial(tree[word].Lemma)) yield break;
            yield return word;
        }
    }

    // "if they were found to be supplying Russia", "if it is confirmed that Iran sent drones": a verb of finding or saying
    // governs the transfer, and is itself the condition. 0 when the trigger is no complement of such a verb.
    private static int ConditionalFinding(ParsedSentence tree, int trigger) =>
        tree[trigger] is { Relation: "xcomp" or "ccomp", Head: > 0 } word && Lexicon.IsSpeechOrDenial(tree[word.Head].Lemma)
            ? word.Head : 0;

    // "a few of the jets have already been handed over, while the rest are being readied": a clause with its own subject in
    // the perfect tells what has been done, whatever word of planning the parser hung it from.
    private static bool IsCompletedClause(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal))
        && tree.Dependents(verb).Any(d => d.Relation == "aux" && d.Lemma == "have");

    private static bool IsComplement(string relation) =>
        relation is "xcomp" or "ccomp" or "acl" or "advcl" || relation.StartsWith("nmod", StringComparison.Ordinal)
        || relation.StartsWith("obl", StringComparison.Ordinal) || relation == "obj";

    // "has never approved the export of any weapons to Myanmar": the negation on the verb of leave that governs the transfer.
    private static SyntaxWord? RefusedPermission(ParsedSentence tree, int trigger) =>
        Governors(tree, trigger, 2).Where(w => Lexicon.PermissionVerbs.Contains(tree[w].Lemma))
            .Select(w => tree.Dependents(w).Any(d => d.Lemma == "yet") ? null : NegationOn(tree, w))
            .FirstOrDefault(word => word is not null);

    // "plans to send", "a plan to deliver", "agreed to supply", "talks about buying", "planned deliveries"; not a leave
    // refused ("never approved the export"), which denies the transfer.
    private static bool IsPlanning(ParsedSentence tree, int word, int trigger) =>
        (word != trigger && Lexicon.PlanWords.Contains(tree[word].Lemma) && !IsRefusedTalk(tree, word)
            && !(Lexicon.PermissionVerbs.Contains(tree[word].Lemma) && RefusedPermission(tree, trigger) is not null))
        || tree.Dependents(word).Any(d => d.Relation is "amod" && Lexicon.PlanWords.Contains(d.Lemma))
        // "are due to arrive next year", the parser hanging "due" and its "to" from the verb it plans.
        || (word == trigger && tree.Dependents(word).Any(d => d.Index < word && d.Upos == "ADJ" && Lexicon.PlanWords.Contains(d.Lemma)
            && tree.Dependents(d.Index).Any(to => to.Lemma == "to")));

    // "declined to discuss the deliveries", "does not discuss its exports": a refusal to talk of a transfer plans nothing.
    private static bool IsRefusedTalk(ParsedSentence tree, int word) =>
        tree[word].Lemma is "discuss" or "talk"
        && (NegationOn(tree, word) is not null || tree[word].Head > 0 && tree[tree[word].Head].Lemma is "decline" or "refuse");
}

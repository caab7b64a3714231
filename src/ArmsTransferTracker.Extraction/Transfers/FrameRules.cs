using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Rules;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Transfers;

/// <summary>A word that can make a transfer, in its parsed sentence.</summary>
public sealed record TriggerSite(SentenceMentions Mentions, ParsedSentence Tree, int Trigger, TransferFrameKind Kind, bool IsNoun)
{
    public SyntaxWord Word => Tree[Trigger];
}

/// <summary>The words that hold a transfer's roles (heads of their phrases), as a frame rule reads them.</summary>
public sealed record FrameArguments(int? Supplier, int? Recipient, IReadOnlyList<int> Goods)
{
    /// <summary>What a rule reads that finds the trigger tells no transfer at all, so that no later rule reads one.</summary>
    public static readonly FrameArguments NoTransfer = new(null, null, []);
}

/// <summary>
/// How a trigger's grammatical arguments map onto supplier, recipient and goods, one rule per construction. The first
/// rule that fires reads the frame.
/// </summary>
public static class FrameRules
{
    // Where goods go: "sent to Kyiv", "flown into Libya", "bound for Hezbollah", "smuggled towards the border".
    private static readonly string[] Destinations = ["to", "into", "for", "towards", "toward"];

    public static readonly IReadOnlyList<Rule<TriggerSite, FrameArguments>> Arguments =
    [
        new("goods-of-no-arms", "Oil, grain, money or people handed over are no arms: a verb whose goods are only such things, "
            + "with no weapon among them, tells no transfer.",
            "India has bought oil from Russia.",
            site => !site.IsNoun && GoodsWords(site) is [_, ..] goods
                && goods.All(g => Lexicon.NotGoods.Contains(site.Tree[g].Lemma.ToLowerInvariant()) && !IsGoodsPhrase(site, g))
                ? FrameArguments.NoTransfer
                : null),
        new("goods-in-the-hands-of", "Goods made elsewhere \"in the hands of\" a side, or in its hands, were supplied to it.",
            "Video shows Iranian-made drones in the hands of Hezbollah.",
            site => site.Kind is TransferFrameKind.Hold
                ? HeldGoods(site) is [var goods] && !IsSeenNowhere(site.Tree, goods)
                    ? new(null, HolderOf(site.Tree, site.Trigger), [goods]) : FrameArguments.NoTransfer
                : null),
        new("relying-on-a-supplier", "A side that relies on, or turns to, another for goods gets them from it; for anything "
            + "else (\"turned to diplomacy\", \"relies on God\") it tells no transfer.",
            "Armenia relied on Russia for its weapons.",
            site => site.Kind is TransferFrameKind.Rely
                ? !site.IsNoun && GoodsAfterFor(site) is [_, ..] goods
                    // "broke with Paris and has since relied on Moscow": the one who relies is the subject, never an object.
                    ? new(Oblique(site, "on", "to"), site.Tree.Child(site.Trigger, "nsubj")?.Index
                        ?? (site.Word.Relation is "conj" or "advcl" ? SubjectOf(site.Tree, site.Word.Head, 1) : Subject(site)), goods)
                    : FrameArguments.NoTransfer
                : null),
        new("thanked-for-goods", "A side that thanks another for goods got them from it; thanks for anything else (\"for its "
            + "support\"), or for goods the story told before (\"for the vehicles\", the transfer in focus), read no new one.",
            "Kenya thanked Ankara for the armoured vehicles.",
            site => site.Kind is TransferFrameKind.Thank
                ? !site.IsNoun && GoodsAfterFor(site) is [_, ..] goods
                    && !goods.All(w => IsGoodsNamedAgain(site, w))
                    ? new(site.Tree.Child(site.Trigger, "obj")?.Index, site.Tree.Child(site.Trigger, "nsubj")?.Index ?? Subject(site),
                        goods)
                    : FrameArguments.NoTransfer
                : null),
        new("billed-for-goods", "A seller bills or invoices the buyer, its object, for the goods it sells, with \"for\"; a bill for "
            + "anything else (\"for the repairs\") sells no goods.",
            "A Minsk exporter billed Myanmar's air force for eight air defence launchers.",
            site => site.Kind is TransferFrameKind.Bill
                ? !site.IsNoun && GoodsAfterFor(site) is [_, ..] goods
                    ? new(site.Tree.Child(site.Trigger, "nsubj")?.Index ?? Subject(site), site.Tree.Child(site.Trigger, "obj")?.Index,
                        goods)
                    : FrameArguments.NoTransfer
                : null),
        new("gerund-taken-for-adjective",
            "\"Of supplying rifles\" read as if it described the rifles still supplies them: the accused gives.",
            "Niger's junta accused Benin's army of supplying rifles, machine guns and ammunition to the rebels.",
            site => IsGerundTakenForAdjective(site.Tree, site.Word) && GoverningVerb(site.Tree, site.Word.Head) is { } verb
                ? new(AccusedParty(site, verb), MarkedAfter(site, verb, site.Word.Head, Destinations), [site.Word.Head])
                : null),
        new("passive-transfer", "In the passive the goods are the subject and the supplier is the agent; \"supplied with\" goods, "
            + "the subject receives them.",
            "The missiles were delivered by Iran to Russia.",
            site => !site.IsNoun && IsPassive(site) && site.Kind is TransferFrameKind.Give
                ? SuppliedWith(site) is { Count: > 0 } goods && PassiveSubjects(site) is [var recipient, ..] && !IsGoods(site, recipient)
                    ? new(Agent(site) ?? Oblique(site, "from"), recipient, goods)
                    : new(Agent(site) ?? Oblique(site, "from"), Oblique(site, Destinations) ?? OwnerOfGoods(site) ?? UserOfGoods(site),
                        PassiveSubjects(site))
                : null),
        new("joined-to-a-passive", "A verb joined to a passive one, with no subject of its own, is passive too and shares its goods; "
            + "joined to their making in a state (\"built in Iran and shipped\"), it sends them from there.",
            "The tanks were loaded onto trains and sent to Russia.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Give && !IsPassive(site) && Subjects(site).Count == 0
                && site.Word.Relation == "conj" && site.Tree.Child(site.Trigger, "aux") is null
                && site.Tree.Child(site.Word.Head, "nsubj:pass") is { } goods && HasOwnDestination(site)
                ? new(Agent(site) ?? Oblique(site, "from") ?? PlaceOfMaking(site), Oblique(site, Destinations), [goods.Index])
                : null),
        new("passive-acquisition", "\"Purchased from Russia\": in the passive the goods are the subject and \"from\" supplies.",
            "The helicopters were purchased from Russia.",
            site => !site.IsNoun && IsPassive(site) && site.Kind is TransferFrameKind.Receive
                ? new(Oblique(site, "from"), Agent(site) ?? OwnerOfGoods(site), Subjects(site))
                : null),
        new("participle-with-goods", "A participle with its own object tells what the noun it describes hands over or carries.",
            "A convoy carrying rockets to the Houthis was stopped at the border.",
            site => IsParticiple(site)
                && site.Kind is TransferFrameKind.Give && Object(site) is { } goods && !site.Mentions.Places.Any(p => p.Covers(goods))
                ? new(site.Word.Head, Oblique(site, Destinations), [goods])
                : null),
        new("participle-of-moving-goods", "Goods said to be reaching or arriving somewhere move: the place they reach receives.",
            "Reports of Iranian drones reaching Sudan have surfaced since 2023.",
            site => IsParticiple(site) && site.Kind is TransferFrameKind.Move && !Lexicon.LeavingVerbs.Contains(site.Word.Lemma)
                ? new(Oblique(site, "from"), FirstParty(site, Oblique(site, [.. Destinations, "in", "at"]), PlaceReached(site)),
                    [site.Word.Head])
                : null),
        new("participle-of-goods", "A participle after the goods reads them from the noun it describes.",
            "Drones supplied by Iran to Russia were shot down.",
            site => IsParticiple(site) && site.Kind is TransferFrameKind.Give
                ? new(Agent(site) ?? Oblique(site, "from"), Oblique(site, Destinations),
                    Object(site) is { } carried ? [carried] : [site.Word.Head])
                : null),
        new("relative-clause-goods", "In a relative clause without an object the goods are the noun the clause describes.",
            "the missiles Pyongyang sent to Moscow",
            site => !site.IsNoun && IsRelative(site) && Object(site) is null && site.Kind is TransferFrameKind.Give
                && site.Tree[site.Word.Head].Upos == "NOUN" && !IsCarriedByItsHolder(site)
                ? new(Subject(site) is { } s && s != site.Word.Head ? s : null,
                    Oblique(site, Destinations) ?? IndirectObject(site), [site.Word.Head])
                : null),
        new("relative-clause-goods-received", "In a relative clause of receiving the goods are the noun the clause describes.",
            "the jets which Serbia received from Russia",
            site => !site.IsNoun && IsRelative(site) && Object(site) is null && site.Kind is TransferFrameKind.Receive
                && site.Tree[site.Word.Head].Upos == "NOUN"
                ? new(Oblique(site, "from"), Subject(site) is { } s && s != site.Word.Head ? s : null, [site.Word.Head])
                : null),
        new("goods-in-use", "A side that uses, fires or fields goods made elsewhere has received them; so does the agent of a "
            + "participle on the goods (\"an Iranian-made drone launched by Russian units\").",
            "Turkish-made mortar rounds were fired by Ethiopian army units.",
            site => site.Kind is TransferFrameKind.Use
                ? IsPassive(site) ? new(null, Agent(site), Subjects(site))
                    : IsParticiple(site) && Agent(site) is { } user ? new(null, user, [site.Word.Head])
                    : new(null, Subject(site), ObjectsOrNone(site))
                : null),
        new("giver-with-goods", "\"Supplied Russia with drones\": the object is the recipient when the goods come with \"with\".",
            "Iran supplied Russia with drones.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Give && Object(site) is { } recipient
                && WithGoods(site, recipient) is { Count: > 0 } goods
                // "transferred the vehicles to our army, together with spare parts": goods as the object go "to" the recipient.
                && !(IsGoodsPhrase(site, recipient) && Oblique(site, Destinations) is not null)
                ? new(Subject(site), recipient, goods)
                : null),
        new("giver-object-is-recipient", "\"Supplying the Houthis\": a state or group as the object of giving is its recipient.",
            "Iran is covertly supplying the Houthis.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Give && Object(site) is { } obj
                && site.Mentions.Places.Any(p => p.Covers(obj)) && Oblique(site, Destinations) is null
                ? new(Subject(site), obj, Obliques(site, "with"))
                : null),
        new("bearing-arms", "Fighters who carry rifles, bound nowhere, bear them: \"carry\" moves goods only in a carrier or to a place.",
            "Gunmen killed in the raid carried Belgian-made rifles.",
            site => !site.IsNoun && site.Word.Lemma == "carry" && !IsParticiple(site) && Oblique(site, Destinations) is null
                && (Subject(site) is not { } bearer
                    || (!IsGoodsOrCarrier(site, bearer) && !site.Mentions.Places.Any(p => p.Covers(bearer))))
                ? FrameArguments.NoTransfer
                : null),
        new("thanked-for-giving", "A side thanked for giving (\"thanked Oslo for sending\", \"grateful to Oslo for delivering\") "
            + "supplies, and the one who thanks it receives.",
            "Canada thanked Norway for delivering the interceptors.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Give && ThankedForIt(site) is { } thanks
                ? new(site.Tree.Child(thanks, "obj")?.Index ?? ThankedWithTo(site.Tree, thanks), SubjectOf(site.Tree, thanks, 0),
                    ObjectsOrNone(site))
                : null),
        new("correction-giving-details", "An earlier version of a story that \"gave\" a date or a figure told it; it gave no goods.",
            "Correction: An earlier version of this story gave the wrong date for the minister's visit.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Give && !IsPassive(site) && Subject(site) is { } text
                && site.Tree.Children(text, "appos").Select(a => a.Index).Prepend(text)
                    .Any(w => site.Tree[w].Lemma.ToLowerInvariant() is "version" or "correction" or "edition")
                ? FrameArguments.NoTransfer
                : null),
        new("giver-subject", "The subject of a verb of giving supplies; \"to\" or the indirect object receives.",
            "Iran sent drones to Russia.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Give
                ? new(Subject(site), GroupItIsFor(site) ?? Oblique(site, Destinations) ?? IndirectObject(site) ?? PlaceAfter(site),
                    ObjectsOrNone(site))
                : null),
        new("arming-itself", "A side that arms its own forces, or rearms with no one named to arm, receives the goods, from "
            + "their maker; without goods named it tells no transfer.",
            "Poland has been equipping its army with South Korean tanks.",
            site => IsArmingItself(site)
                ? Obliques(site, "with") is [_, ..] goods ? new(null, Subject(site), goods) : FrameArguments.NoTransfer
                : null),
        new("arming-subject", "The subject of \"arm\" or \"equip\" supplies, the object receives, \"with\" names the goods; in the "
            + "passive the agent arms the subject.",
            "Iran armed the Houthis with cruise missiles.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Arm
                ? IsPassive(site) ? new(Agent(site), Subjects(site).Cast<int?>().FirstOrDefault(), Obliques(site, "with"))
                    : new(Subject(site), Object(site), Obliques(site, "with"))
                : null),
        new("receiver-subject", "The subject of a verb of receiving receives; \"from\" names the supplier.",
            "Russia received artillery shells from North Korea.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Receive
                ? new(Oblique(site, "from"), Subject(site), ObjectsOrNone(site))
                : null),
        new("goods-leaving", "Goods that leave a place (\"left Serbian factories\") come from it; \"for\" or \"to\" names where they went.",
            "The howitzers left Slovakia for Ukraine on flatcars.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Move && Lexicon.LeavingVerbs.Contains(site.Word.Lemma)
                // "Weapons left in Afghanistan" were left behind, not sent; "since French troops left the country", no goods went.
                ? IsParticiple(site) || !SubjectsOrJoined(site).Any(s => IsGoodsOrCarrier(site, s)) ? new(null, null, [])
                    : new(Object(site) ?? Oblique(site, "from"), Oblique(site, Destinations), SubjectsOrJoined(site))
                : null),
        new("goods-reaching-a-figure", "Goods, exports or a donation that reach a record, a value or a sum reach a figure, not a place.",
            "Artillery shells reached a record 8,000 dollars each in March.",
            site => IsReaching(site) && Object(site) is { } reached && IsFigure(site.Tree, reached)
                ? FrameArguments.NoTransfer
                : null),
        new("reaching-a-person", "Reaching someone (\"reached him by telephone\") is getting hold of a person, not goods arriving.",
            "A spokesman took a different line when the paper reached him by telephone.",
            site => IsReaching(site)
                && ((Object(site) is { } reached && site.Tree[reached] is { Upos: "PRON" } pronoun
                        && pronoun.Lemma.ToLowerInvariant() is "he" or "she")
                    || site.Tree.Dependents(site.Trigger).Any(d => d.Relation.StartsWith("obl", StringComparison.Ordinal)
                        && d.Lemma.ToLowerInvariant() is "phone" or "telephone"))
                ? FrameArguments.NoTransfer
                : null),
        new("reaching-a-judgement", "Reaching a conclusion or an agreement (judgement-nouns.txt) is judging, not goods arriving.",
            "Investigators have not yet reached a conclusion on the drones' origin.",
            site => IsReaching(site) && Object(site) is { } reached
                && Lexicon.JudgementNouns.Contains(site.Tree[reached].Lemma.ToLowerInvariant())
                ? FrameArguments.NoTransfer
                : null),
        new("moving-goods", "When goods move on their own (\"reached\", \"arrived\"), \"from\" supplies and the place reached receives; "
            + "a happening that comes (\"the dispute comes as\") is no goods.",
            "Turkish drones reached Ethiopia last month.",
            site => !site.IsNoun && site.Kind is TransferFrameKind.Move
                ? SubjectsOrJoined(site) is [var mover] && Lexicon.EventNouns.Contains(site.Tree[mover].Lemma) ? FrameArguments.NoTransfer
                : new(Oblique(site, "from"), FirstParty(site, Oblique(site, [.. Destinations, "in", "at", .. EndedWith(site)]),
                    PlaceReached(site)), SubjectsOrJoined(site))
                : null),
        new("taking-delivery", "\"Took delivery of\" goods is receiving them: the subject receives.",
            "Myanmar's junta took delivery of Chinese-made drones.",
            site => IsTakingDelivery(site)
                ? new(NounOblique(site, "from"), SubjectOf(site.Tree, site.Word.Head, 0), NounGoods(site))
                : null),
        new("purchase-of-goods-is-a-deal", "\"The purchase of\" goods, one purchase with its goods named and no buyer's name before "
            + "it, is a deal struck or planned, not goods handed over; \"the purchase\" alone names again a transfer told.",
            "The army is studying the purchase of a second tank battalion.",
            site => site.IsNoun && site.Word.Lemma == "purchase" && site.Word.Form.Equals("purchase", StringComparison.OrdinalIgnoreCase)
                && NounGoods(site).Count > 0 && Possessor(site) is null
                ? FrameArguments.NoTransfer
                : null),
        new("noun-of-acquisition", "A noun of acquiring names the recipient before it and the supplier with \"from\".",
            "Armenia's purchases of howitzers from India drew protests.",
            site => site.IsNoun && site.Kind == TransferFrameKind.Receive
                ? new(NounOblique(site, "from"), Possessor(site) ?? PlaceModifier(site), NounGoods(site))
                : null),
        new("supplier-said-of-a-side",
            "A side said to be a supplier supplies; its customer comes with \"to\", after \"of\" or before it.",
            "India has emerged as a major supplier of artillery to Armenia.",
            site => site.IsNoun && Lexicon.SupplierNouns.Contains(site.Word.Lemma) && SideSaidToBe(site.Tree, site.Trigger) is { } side
                ? new(side, NounOblique(site, "to", "for") ?? CustomerOf(site), NounGoods(site))
                : null),
        new("noun-of-transfer", "A noun of transfer names the supplier before it or with \"from\", the recipient with \"to\".",
            "Iran's deliveries of drones to Russia continued.",
            site => site.IsNoun
                ? new(Possessor(site) ?? NounOblique(site, "from", "by") ?? PlaceModifier(site) ?? DoerOfNoun(site),
                    NounOblique(site, "to", "for", "into"), NounGoods(site))
                : null),
    ];

    /// <summary>
    /// "equipping its army with", "arming their troops with": the side arms forces of its own; "Hezbollah's efforts to rearm":
    /// a verb of arming with no object, none shared with a verb joined to it ("arm and train the rebels") and none it describes
    /// ("the groups Iran has armed"), arms its subject.
    /// </summary>
    internal static bool IsArmingItself(TriggerSite site) =>
        !site.IsNoun && site.Kind is TransferFrameKind.Arm && !IsPassive(site)
        && (Object(site) is { } forces
            ? Lexicon.ForceNouns.Contains(site.Tree[forces].Lemma) && site.Tree.Children(forces, "nmod:poss").Any(p => p.Upos == "PRON")
            : site.Tree.Child(site.Trigger, "iobj") is null && site.Word.Relation is not ("conj" or "acl:relcl")
                && !site.Tree.Dependents(site.Trigger).Any(d => d.Relation == "conj" || d.Lemma is "which" or "who" or "that"));

    // "Every rifle we carry", "the guns they carry": goods a side carries, with nowhere they are carried to, are goods it holds.
    private static bool IsCarriedByItsHolder(TriggerSite site) =>
        site.Word.Lemma == "carry" && Subject(site) is { } holder && site.Tree[holder].Upos == "PRON"
        && Oblique(site, Destinations) is null && IndirectObject(site) is null;

    // The word of thanks a giving is the reason of: "thanked Norway for delivering", "grateful to Norway for sending".
    private static int? ThankedForIt(TriggerSite site) =>
        site.Word is { Relation: "advcl" or "acl", Head: > 0 } word
        && site.Tree.Dependents(site.Trigger).Any(d => d.Relation == "mark" && d.Lemma == "for")
        && site.Tree[word.Head].Lemma is "thank" or "grateful" or "thankful" ? word.Head : null;

    // "grateful to Norway": the side thanked, with "to".
    private static int? ThankedWithTo(ParsedSentence tree, int thanks) =>
        tree.Children(thanks, "obl").FirstOrDefault(o => tree.CaseOf(o.Index) == "to")?.Index;

    internal static bool IsTakingDelivery(TriggerSite site) =>
        site.IsNoun && site.Word.Relation == "obj" && site.Word.Head > 0 && site.Tree[site.Word.Head].Lemma is "take" or "accept";

    /// <summary>
    /// "Of supplying rifles" parsed as if "supplying" described the rifles: a gerund of giving after "of", hung as an adjective.
    /// </summary>
    internal static bool IsGerundTakenForAdjective(ParsedSentence tree, SyntaxWord word) =>
        word is { Upos: "VERB", Relation: "amod" } && word.Index > 1 && word.Head > word.Index
        && Lexicon.TransferVerbs.TryGetValue(word.Lemma, out var kind) && kind == TransferFrameKind.Give
        && word.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && tree[word.Index - 1].Lemma == "of";

    // The verb a noun phrase hangs from, through the nouns it modifies.
    private static int? GoverningVerb(ParsedSentence tree, int noun)
    {
        for (var word = noun; word != 0; word = tree[word].Head)
        {
            if (tree[word].Upos == "VERB") return word;
        }
        return null;
    }

    // The state or group the verb is said of: its object, or the one the goods hang from, that is not the goods; or the
    // state that owns it ("accused Benin's army").
    private static int? AccusedParty(TriggerSite site, int verb)
    {
        var goods = site.Word.Head;
        return site.Tree.Children(verb, "obj").Select(o => o.Index).Append(site.Tree[goods].Head)
            .Where(w => w != goods && w != verb)
            .SelectMany(w => new[] { w }.Concat(site.Tree.Children(w, "nmod:poss").Select(o => o.Index)))
            .Where(w => site.Mentions.Places.Any(p => p.Covers(w)))
            .Cast<int?>().FirstOrDefault();
    }

    // A phrase marked by one of the prepositions, after the goods, on the verb or within the goods' phrase.
    private static int? MarkedAfter(TriggerSite site, int verb, int goods, params string[] prepositions)
    {
        var tree = site.Tree;
        var inGoods = tree.Subtree(goods, d => !FrameReader.ClauseRelations.Contains(d.Relation) || d.Relation == "conj").ToHashSet();
        return tree.Words.Where(w => w.Index > goods && (w.Head == verb || inGoods.Contains(w.Head))
                && (w.Relation.StartsWith("obl", StringComparison.Ordinal) || w.Relation.StartsWith("nmod", StringComparison.Ordinal))
                && prepositions.Contains(tree.CaseOf(w.Index)))
            .Select(w => (int?)w.Index).FirstOrDefault();
    }

    private static bool IsPassive(TriggerSite site) =>
        site.Tree.Dependents(site.Trigger).Any(d => d.Relation is "nsubj:pass" or "aux:pass" or "csubj:pass");

    /// <summary>
    /// "The vessel is armed with a gun", "gunmen armed with rifles" (however parsed): armed by nobody named, they hold the goods.
    /// </summary>
    internal static bool IsArmedWithoutArmer(ParsedSentence tree, SyntaxWord word)
    {
        if (word.Upos != "VERB" || !Lexicon.TransferVerbs.TryGetValue(word.Lemma, out var kind) || kind != TransferFrameKind.Arm)
        {
            return false;
        }
        var dependents = tree.Dependents(word.Index);
        if (dependents.Any(d => d.Relation == "obl:agent" || (d.Relation == "obl" && tree.CaseOf(d.Index) == "by"))) return false;
        var passive = dependents.Any(d => d.Relation is "aux:pass" or "nsubj:pass");
        var holding = tree.Child(word.Index, "obj") is null && !word.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && (word.Relation == "acl" || dependents.Any(d => d.Relation == "obl" && tree.CaseOf(d.Index) == "with"));
        return passive || holding;
    }

    private static bool IsRelative(TriggerSite site) => site.Word.Relation == "acl:relcl";

    // A verb that describes a noun without a subject of its own: "drones supplied by Iran", not "a claim that Iran supplied",
    // nor a clause marked "of" ("accused the Emirates of supplying the RSF", hung from the accused), whose doer the verb
    // above tells.
    private static bool IsParticiple(TriggerSite site) =>
        !site.IsNoun && site.Word.Relation.StartsWith("acl", StringComparison.Ordinal) && !IsRelative(site)
        && site.Tree.Child(site.Trigger, "nsubj") is null && !IsPurposeOfAMeans(site.Tree, site.Trigger)
        && !site.Tree.Dependents(site.Trigger).Any(d => d.Relation == "mark" && d.Lemma == "of");

    // "manufactured in Iran and shipped to Yemen": the state goods were made in, told by the verb of making the giving is
    // joined to, sent them on.
    private static int? PlaceOfMaking(TriggerSite site) =>
        Lexicon.MakingVerbs.Contains(site.Tree[site.Word.Head].Lemma)
            ? site.Tree.Dependents(site.Word.Head)
                .Where(d => d.Relation == "obl" && site.Tree.CaseOf(d.Index) == "in"
                    && site.Mentions.Places.Any(p => p.IsState && p.Covers(d.Index)))
                .Select(d => (int?)d.Index).FirstOrDefault()
            : null;

    // "used fishing boats to resupply the Houthis", the infinitive hung from the means: what the user of the means does.
    private static bool IsPurposeOfAMeans(ParsedSentence tree, int verb) =>
        tree[verb].Relation == "acl" && tree.Dependents(verb).Any(d => d.Relation == "mark" && d.Lemma == "to")
        && tree[tree[verb].Head] is { Relation: "obj", Head: > 0 } means && Lexicon.InstrumentVerbs.Contains(tree[means.Head].Lemma);

    // "ended up with the rebels": goods that a verb of moving with its particle (phrasal-transfer-verbs.txt) takes "with" a
    // side reach it.
    private static string[] EndedWith(TriggerSite site) =>
        Lexicon.PhrasalTransferVerbs.Keys.Any(verb => verb.StartsWith(site.Word.Lemma + " ", StringComparison.Ordinal)) ? ["with"] : [];

    /// <summary>The subject of the trigger, or the one it shares: a conjoined verb's, or the controller of an infinitive.</summary>
    internal static int? Subject(TriggerSite site) => SubjectOf(site.Tree, site.Trigger, 0);

    private static int? SubjectOf(ParsedSentence tree, int verb, int depth)
    {
        // "Russia's claim that Bulgaria sent missiles" parsed with two subjects: the one nearest the verb is its own, unless
        // it is a quantifier floated off the other ("Lithuania and Latvia each received").
        var word = tree[verb];
        if ((tree.Children(verb, "nsubj").LastOrDefault(s => s.Index < verb && s.Upos != "DET") ?? tree.Child(verb, "nsubj"))
            is { } subject)
        {
            // "Azerbaijan, which has bought drones": the relative pronoun stands for the noun its clause describes; not for a
            // setting the parser hung the clause from ("trucks near the border that were carrying kits").
            // "companies that it said had supplied Russia": the clause is reached through a verb of saying.
            var clause = word.Relation == "ccomp" && tree[word.Head].Relation == "acl:relcl" ? tree[word.Head] : word;
            return subject.Lemma is "which" or "who" or "that" && clause.Relation == "acl:relcl"
                && !Lexicon.SettingNouns.Contains(tree[clause.Head].Lemma) ? clause.Head : subject.Index;
        }
        if (depth > 3 || word.Head == 0) return null;
        return word.Relation switch
        {
            "conj" => SubjectOf(tree, word.Head, depth + 1),
            // "accused Iran of supplying drones": the object of the governing verb does the supplying; not the means one
            // uses or tries ("used fishing boats to resupply the Houthis").
            "xcomp" or "advcl" => (Lexicon.InstrumentVerbs.Contains(tree[word.Head].Lemma) ? null : tree.Child(word.Head, "obj")?.Index)
                ?? SubjectOf(tree, word.Head, depth + 1),
            "acl:relcl" => word.Head,
            // "Iran denies sending drones", parsed as a clause without a subject: a gerund does what the governing verb's
            // subject does, as an infinitive does.
            "ccomp" when word.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && !tree.Dependents(verb).Any(d => d.Relation is "mark" or "aux" or "aux:pass") => SubjectOf(tree, word.Head, depth + 1),
            "acl" when IsPurposeOfAMeans(tree, verb) => SubjectOf(tree, tree[word.Head].Head, depth + 1),
            // "has spent two decades buying drones", the gerund hung from the time spent: what the spender does.
            "acl" when word.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && tree[word.Head] is { Relation: "obj", Head: > 0 } time && Lexicon.TimeWords.Contains(time.Lemma.ToLowerInvariant())
                => SubjectOf(tree, time.Head, depth + 1),
            // "accused Eritrea at African Union meetings of arming the rebels", hung from the noun before it.
            "acl" when tree.Dependents(verb).Any(d => d.Relation == "mark" && d.Lemma == "of") => AccusedOf(tree, word.Head),
            _ => null,
        };
    }

    // The object of the verb above a noun: the one accused of what the noun's clause tells.
    private static int? AccusedOf(ParsedSentence tree, int noun)
    {
        for (var word = noun; word != 0 && tree[word].Upos != "VERB"; word = tree[word].Head)
        {
            if (!tree[word].Relation.StartsWith("obl", StringComparison.Ordinal) && tree[word].Relation is not ("obj" or "nmod"))
            {
                return null;
            }
            if (tree[tree[word].Head].Upos == "VERB") return tree.Child(tree[word].Head, "obj")?.Index;
        }
        return null;
    }

    // "and sent to Russia": a destination of the verb's own, not one it could share with the verb it is joined to.
    private static bool HasOwnDestination(TriggerSite site) =>
        site.Tree.Dependents(site.Trigger).Any(d => d.Relation.StartsWith("obl", StringComparison.Ordinal)
            && Destinations.Contains(site.Tree.CaseOf(d.Index)));

    // "missiles that were being smuggled towards Hezbollah": a relative pronoun stands for the noun its clause describes.
    private static List<int> PassiveSubjects(TriggerSite site) =>
        [.. Subjects(site).Select(s => IsRelative(site) && site.Tree[s].Upos == "PRON" && site.Tree[s].Lemma is "that" or "which" or "who"
            ? site.Word.Head : s)];

    private static List<int> Subjects(TriggerSite site) =>
        site.Tree.Dependents(site.Trigger).Where(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            .Select(d => d.Index).ToList();

    private static bool IsGoodsOrCarrier(TriggerSite site, int word) =>
        site.Mentions.Weapons.Any(w => w.Covers(word)) || Lexicon.CarrierNouns.Contains(site.Tree[word].Lemma);

    // "The drones left Hyderabad and landed in Israel": a verb joined by "and" moves the goods of the verb it is joined to.
    private static List<int> SubjectsOrJoined(TriggerSite site) =>
        Subjects(site) is { Count: > 0 } subjects ? subjects
        : site.Word.Relation == "conj" && Subject(site) is { } joined ? [joined] : [];

    private static int? Agent(TriggerSite site) =>
        site.Tree.Child(site.Trigger, "obl:agent")?.Index
        ?? site.Tree.Children(site.Trigger, "obl").FirstOrDefault(d => site.Tree.CaseOf(d.Index) == "by")?.Index;

    // A relative pronoun is no object of its own: "the missiles that London has supplied to Kyiv".
    // "had sold it 40 tanks": of two objects the parser gave the verb, the first is who gets the second.
    private static int? Object(TriggerSite site) =>
        site.Tree.Children(site.Trigger, "obj").LastOrDefault() is { } obj && obj.Lemma is not ("that" or "which" or "who" or "whom")
            ? obj.Index : null;

    // "Reached" as a verb of moving: what reaches may be goods, or someone getting hold of a person, a figure or a verdict.
    private static bool IsReaching(TriggerSite site) => !site.IsNoun && site.Kind is TransferFrameKind.Move && site.Word.Lemma == "reach";

    // "a record", "a value of", "17.3 billion dollars": a figure, or what a number counts, not a place.
    private static bool IsFigure(ParsedSentence tree, int noun) =>
        tree[noun].Upos is "NUM" or "SYM" || Lexicon.AmountNouns.Contains(tree[noun].Lemma)
        || tree.Dependents(noun).Any(d => d.Relation == "nummod" || (d.Relation == "compound" && Lexicon.AmountNouns.Contains(d.Lemma)));

    private static int? IndirectObject(TriggerSite site) =>
        site.Tree.Child(site.Trigger, "iobj")?.Index
        ?? (site.Tree.Children(site.Trigger, "obj").ToList() is [var first, _] ? first.Index : null);

    private static List<int> ObjectsOrNone(TriggerSite site) => Object(site) is { } obj ? [obj] : [];

    // The words a verb takes as what it hands over: its object and those joined to it, or its subject in the passive; of
    // "most of its gas", "a cargo of grain", the thing the share or the load is of.
    private static List<int> GoodsWords(TriggerSite site)
    {
        if ((IsPassive(site) ? PassiveSubjects(site) : ObjectsOrNone(site)) is not [var first, ..] heads) return [];
        int WhatItIsOf(int head) =>
            site.Tree.Dependents(head).FirstOrDefault(d => TreeExtensions.Is(d.Relation, "nmod") && site.Tree.CaseOf(d.Index) == "of")
                is { } of && !Lexicon.NotGoods.Contains(site.Tree[head].Lemma.ToLowerInvariant()) ? of.Index : head;
        return [.. heads.Concat(site.Tree.Children(first, "conj").Select(c => c.Index)).Select(WhatItIsOf)];
    }

    // The parser often hangs "to Armenia" from the goods rather than the verb: a marked phrase anywhere in the clause counts.
    // "Reached the Ukrainian army", not "reached 17.3 billion U.S. dollars": a sum reached is no place.
    // "relied on Moscow for its tanks", "thanked Ankara for the vehicles", "billed the army for rockets": the goods after "for".
    private static List<int> GoodsAfterFor(TriggerSite site) => [.. Obliques(site, "for").Where(w => IsGoodsPhrase(site, w))];

    private static int? PlaceReached(TriggerSite site) =>
        Object(site) is { } reached && !site.Tree.Dependents(reached).Any(d => d.Relation == "nummod") ? reached : null;

    // "reached the Ukrainian armed forces in April": of the words that may name a side, the first that does.
    private static int? FirstParty(TriggerSite site, params int?[] heads) =>
        heads.FirstOrDefault(h => h is not null && FrameReader.PartiesOf(site, h).Any(p => p.IsNamed || p.Pronoun is not null))
            ?? heads.FirstOrDefault(h => h is not null);

    private static int? Oblique(TriggerSite site, params string[] prepositions) =>
        Obliques(site, prepositions).Cast<int?>().FirstOrDefault() ?? Nested(site, site.Trigger, prepositions)
            ?? SharedOblique(site, prepositions) ?? DestinationOnTheGoods(site, prepositions);

    // "Shipped rockets to Lebanon for Hezbollah", "flown into Libya for forces loyal to Haftar": the armed group the goods are
    // for receives them, not the state they were sent into.
    private static int? GroupItIsFor(TriggerSite site)
    {
        var tree = site.Tree;
        return tree.Subtree(site.Trigger, d => d.Relation is not ("ccomp" or "advcl" or "parataxis" or "acl:relcl" or "appos"))
            .Where(w => tree.CaseOf(w) == "for" && site.Mentions.Places.Any(p => !p.IsState && Describes(tree, p.Last, w)))
            .Cast<int?>().FirstOrDefault();
    }

    // Is the word part of the name or description of the noun: "the LNA", "forces loyal to Haftar", "units of the RSF"; not
    // "for use against the TPLF".
    private static bool Describes(ParsedSentence tree, int word, int noun)
    {
        for (var step = 0; step < 5 && word != 0; step++, word = tree[word].Head)
        {
            if (word == noun) return true;
            var current = tree[word];
            var described = current.Relation is "amod" or "compound" or "flat" or "nmod:poss"
                || (current.Relation is "obl" or "nmod" && tree.CaseOf(word) is "to" or "of");
            if (!described) return false;
        }
        return false;
    }

    // "Egypt has delivered drones bought from Turkey to Sudan": a destination the parser hung on a participle that tells where the
    // goods come from ("bought", "made") is where the verb sends them.
    private static int? DestinationOnTheGoods(TriggerSite site, string[] prepositions)
    {
        var tree = site.Tree;
        if (site.IsNoun || site.Kind != TransferFrameKind.Give || !prepositions.Contains("to")) return null;
        return tree.Children(site.Trigger, "obj")
            .SelectMany(obj => tree.Dependents(obj.Index))
            .Where(d => d.Relation == "acl" && d.Upos == "VERB" && tree.Child(d.Index, "obj") is null
                && (Lexicon.MakingVerbs.Contains(d.Lemma)
                    || (Lexicon.TransferVerbs.TryGetValue(d.Lemma, out var kind) && kind == TransferFrameKind.Receive)))
            .SelectMany(participle => tree.Dependents(participle.Index))
            .Where(d => d.Relation.StartsWith("obl", StringComparison.Ordinal) && tree.CaseOf(d.Index) is "to" or "into")
            .Select(d => (int?)d.Index)
            .FirstOrDefault();
    }

    // "has not sent, and will not send, mortars to the militia": a verb whose goods come after its partner's shares
    // what that partner governs.
    private static int? SharedOblique(TriggerSite site, string[] prepositions)
    {
        var tree = site.Tree;
        if (tree.Child(site.Trigger, "obj") is not null) return null;
        var partners = tree.Children(site.Trigger, "conj").Where(c => c.Upos == "VERB").Select(c => c.Index).ToList();
        if (site.Word.Relation == "conj" && site.Word.Head > 0) partners.Add(site.Word.Head);
        return partners.SelectMany(p => tree.Dependents(p))
            .Where(d => (d.Relation.StartsWith("obl", StringComparison.Ordinal) || d.Relation == "nmod")
                && prepositions.Contains(tree.CaseOf(d.Index)))
            .Select(d => (int?)d.Index)
            .FirstOrDefault();
    }

    // "shipped engines for attack drones to a Russian maker": goods the goods are for are no destination.
    private static int? Nested(TriggerSite site, int root, string[] prepositions)
    {
        var tree = site.Tree;
        // Not into clauses of their own, nor into a phrase set beside a noun ("Iran, a spokesman for the coalition"); a conjoined
        // noun ("carriers and two helicopters to Nicaragua") is no clause.
        return tree.Subtree(root, d => d.Relation is not ("ccomp" or "advcl" or "parataxis" or "acl" or "acl:relcl" or "nsubj"
                    or "nsubj:pass" or "appos")
                && !(d.Relation == "conj" && d.Upos is "VERB" or "AUX"))
            .Where(w => w != root && (tree[w].Relation.StartsWith("nmod", StringComparison.Ordinal)
                || tree[w].Relation.StartsWith("obl", StringComparison.Ordinal))
                && prepositions.Contains(tree.CaseOf(w)) && !Lexicon.TimeWords.Contains(tree[w].Lemma) && !IsGoods(site, w))
            .Cast<int?>()
            .FirstOrDefault();
    }

    // "Its new helicopters were bought from Russia", "Chad's drones were delivered by Turkey": the goods' owner received them.
    private static int? OwnerOfGoods(TriggerSite site) =>
        Subjects(site).SelectMany(g => site.Tree.Children(g, "nmod:poss")).Select(o => (int?)o.Index).FirstOrDefault();

    // "Missiles fired by the Houthis were supplied by Iran": whoever the goods' own participle says used them received them.
    private static int? UserOfGoods(TriggerSite site) =>
        Subjects(site).SelectMany(g => site.Tree.Children(g, "acl"))
            .Where(use => Lexicon.UseVerbs.Contains(use.Lemma))
            .Select(use => site.Tree.Child(use.Index, "obl:agent")?.Index)
            .FirstOrDefault(user => user is not null);

    /// <summary>"in LNA hands", "in the hands of a militia": "hands" after "in", with a side that holds them.</summary>
    public static bool IsInTheHandsOf(ParsedSentence tree, SyntaxWord word) =>
        word.Upos == "NOUN" && word.Form.Equals("hands", StringComparison.OrdinalIgnoreCase) && tree.CaseOf(word.Index) == "in"
        && HolderOf(tree, word.Index) is not null;

    // The side whose hands they are: "LNA hands", "Russian hands", "Hezbollah's hands", "the hands of a local militia".
    private static int? HolderOf(ParsedSentence tree, int hands) =>
        tree.Dependents(hands).FirstOrDefault(d => d.Relation is "nmod:poss" or "amod" or "compound"
                || (TreeExtensions.Is(d.Relation, "nmod") && tree.CaseOf(d.Index) == "of"))?.Index;

    // "I have never seen an Iranian drone in their hands": goods no one saw are held by no one the sentence tells of.
    private static bool IsSeenNowhere(ParsedSentence tree, int goods) =>
        tree[goods].Head is > 0 and var verb && tree[verb].Upos == "VERB"
        && tree.Dependents(verb).Any(d => d.Relation == "advmod" && Lexicon.NegationWords.Contains(d.Form));

    // The goods held: the noun "in ... hands" describes, the object or subject of the verb it hangs from ("shows vehicles in
    // the hands of", "turned up in"), or the subject of "are in ... hands".
    private static List<int> HeldGoods(TriggerSite site)
    {
        var hands = site.Word;
        int?[] held = hands.Relation.StartsWith("nmod", StringComparison.Ordinal) ? [hands.Head]
            : hands.Relation.StartsWith("obl", StringComparison.Ordinal)
                ? [site.Tree.Child(hands.Head, "obj")?.Index, site.Tree.Child(hands.Head, "nsubj")?.Index,
                    site.Tree.Child(hands.Head, "nsubj:pass")?.Index]
                : [site.Tree.Child(site.Trigger, "nsubj")?.Index];
        return held.FirstOrDefault(w => w is { } goods && IsGoods(site, goods)) is { } found ? [found] : [];
    }

    // "the vehicles": goods of a kind, not a model, after "the" are the goods the story told before.
    private static bool IsGoodsNamedAgain(TriggerSite site, int head) =>
        site.Tree.IsDefinite(head) && site.Mentions.Weapons.Any(w => w.Last == head && w.Generic);

    // "Supplied with drones", not "delivered with crews" or "with the help of Turkey": goods that come with "with".
    private static List<int> SuppliedWith(TriggerSite site) => Obliques(site, "with").Where(w => IsGoods(site, w)).ToList();

    private static bool IsGoods(TriggerSite site, int word) => site.Mentions.Weapons.Any(w => w.Last == word);

    // A phrase that names goods: "for its weapons", "for new equipment".
    private static bool IsGoodsPhrase(TriggerSite site, int head)
    {
        var phrase = site.Tree.Subtree(head).ToHashSet();
        return site.Mentions.Weapons.Any(w => phrase.Contains(w.Last));
    }

    // "supplied Russia with drones"; "supplied the junta with jets", where the parser hung "with" from the object: the goods
    // given with "with", unless the object is goods itself ("sent the tanks with spare parts").
    private static List<int> WithGoods(TriggerSite site, int recipient)
    {
        if (Obliques(site, "with") is { Count: > 0 } withs) return withs;
        var goods = site.Tree.Children(recipient, "nmod").Where(d => site.Tree.CaseOf(d.Index) == "with" && IsGoodsPhrase(site, d.Index))
            .Select(d => d.Index).ToList();
        var given = goods.SelectMany(g => site.Tree.Subtree(g)).ToHashSet();
        var named = site.Tree.Subtree(recipient).Where(w => !given.Contains(w)).ToHashSet();
        return site.Mentions.Weapons.Any(w => named.Contains(w.Last)) ? [] : goods;
    }

    // "resupplied the Houthis for years": a span of time is no place the goods went to (nor in Nested).
    private static List<int> Obliques(TriggerSite site, params string[] prepositions) =>
        site.Tree.Dependents(site.Trigger)
            .Where(d => (d.Relation.StartsWith("obl", StringComparison.Ordinal) || d.Relation == "nmod")
                && prepositions.Contains(site.Tree.CaseOf(d.Index)) && !Lexicon.TimeWords.Contains(d.Lemma))
            .Select(d => d.Index)
            .ToList();

    // "the delivery of launchers to Armenia", or "completed the delivery ... to Armenia" with "to" on the verb.
    private static int? NounOblique(TriggerSite site, params string[] prepositions) =>
        site.Tree.Dependents(site.Trigger)
            .Where(d => d.Relation.StartsWith("nmod", StringComparison.Ordinal) && d.Relation != "nmod:poss"
                && prepositions.Contains(site.Tree.CaseOf(d.Index)))
            .Select(d => (int?)d.Index)
            .FirstOrDefault()
        ?? Nested(site, site.Trigger, prepositions)
        ?? (site.Word.Relation == "obj" && site.Word.Head > 0
            ? site.Tree.Dependents(site.Word.Head).Where(d => d.Relation.StartsWith("obl", StringComparison.Ordinal)
                && prepositions.Contains(site.Tree.CaseOf(d.Index)))
                .Select(d => (int?)d.Index).FirstOrDefault()
            : null);

    // "Latvia has given Ukraine lethal aid": a state named right after the verb of giving receives, however it was parsed.
    private static int? PlaceAfter(TriggerSite site) =>
        site.Mentions.Places.FirstOrDefault(p => (p.First == site.Trigger + 1 || (p.First == site.Trigger + 2
            && (site.Tree[site.Trigger + 1] is { Upos: "ADP", Form: "over" }
                // "sent the Houthis drones": a name after "the", which the parser took for a compound of the goods.
                || (site.Tree[site.Trigger + 1].Lemma == "the" && p.Form == PlaceForm.Name))))
            && !FrameReader.IsMakerOfGoods(site.Tree, p))?.Last;

    // "Serbia has maintained a constant stream of shells", "Turkey has emerged as a key supplier", "Iran is the main supplier":
    // the subject of the clause a noun of transfer is the object or the predicate of.
    private static int? DoerOfNoun(TriggerSite site)
    {
        var word = site.Word;
        if (site.Tree.Child(site.Trigger, "nsubj") is { } subject) return subject.Index;
        if (word.Relation is not ("obj" or "obl" or "xcomp") || word.Head == 0) return null;
        // "Armenia recalled its ambassador over the arms sales": a transfer the clause is about or because of is no doing of its subject.
        if (word.Relation == "obl"
            && site.Tree.CaseOf(site.Trigger) is "over" or "about" or "against" or "despite" or "amid" or "after" or "before" or "during")
        {
            return null;
        }
        var verb = site.Tree[word.Head];
        // "Washington was concerned about the transfer": the subject of a state of mind does not transfer.
        if (verb.Upos != "VERB") return null;
        // "Washington had tracked deliveries of Iranian missiles", "investigators studied the shipments": nor does one who
        // watches or examines it.
        if (Lexicon.IsSpeechOrDenial(verb.Lemma) || Lexicon.JudgingVerbs.Contains(verb.Lemma)
            || Lexicon.WatchingVerbs.Contains(verb.Lemma) || Lexicon.ExaminingVerbs.Contains(verb.Lemma))
        {
            return null;
        }
        if (Lexicon.TransferVerbs.TryGetValue(verb.Lemma, out var kind) && kind == TransferFrameKind.Receive) return null;
        return site.Tree.Child(verb.Index, "nsubj")?.Index;
    }

    // "Belarus has become one of the chief suppliers", "Turkey emerged as a supplier", "Iran, the main supplier": the side
    // the noun is said of.
    private static int? SideSaidToBe(ParsedSentence tree, int noun)
    {
        var word = noun;
        for (var step = 0; step < 3 && word != 0; step++)
        {
            if (tree.Child(word, "nsubj") is { } subject) return subject.Index;
            var current = tree[word];
            if (current.Relation == "appos") return current.Head;
            // "one of the suppliers": the number stands for the noun.
            if (current.Relation == "nmod" && tree[current.Head].Upos == "NUM")
            {
                word = current.Head;
                continue;
            }
            // "remains its biggest supplier", which the parser may read as an object.
            if (current.Relation == "obj" && tree[current.Head].Lemma is "remain" or "become")
            {
                return tree.Child(current.Head, "nsubj")?.Index;
            }
            // "became one", "emerged as a supplier", "made Ankara the leading supplier".
            var asWhat = current.Relation == "xcomp" || (TreeExtensions.Is(current.Relation, "obl") && tree.CaseOf(word) == "as");
            if (!asWhat || tree[current.Head].Upos != "VERB") return null;
            return (tree.Child(current.Head, "obj") ?? tree.Child(current.Head, "nsubj"))?.Index;
        }
        return null;
    }

    // "the supplier of Russia's war machine", "Russia's supplier": the side supplied, not the goods.
    private static int? CustomerOf(TriggerSite site) =>
        site.Tree.Dependents(site.Trigger)
            .FirstOrDefault(d => (TreeExtensions.Is(d.Relation, "nmod") && site.Tree.CaseOf(d.Index) == "of" || d.Relation == "nmod:poss")
                && FrameReader.PartiesOf(site, d.Index).Any(p => p.IsNamed))?.Index;

    private static int? Possessor(TriggerSite site) => site.Tree.Child(site.Trigger, "nmod:poss")?.Index;

    // "Iranian arms shipments", "Iran arms sales": a place before the noun.
    private static int? PlaceModifier(TriggerSite site) =>
        site.Tree.Dependents(site.Trigger)
            .FirstOrDefault(d => d.Relation is "amod" or "compound" && site.Mentions.Places.Any(p => p.Covers(d.Index)))?.Index;

    // "deliveries of drones", "arms shipments", "drone deliveries".
    private static List<int> NounGoods(TriggerSite site) =>
        site.Tree.Dependents(site.Trigger)
            .Where(d => (d.Relation.StartsWith("nmod", StringComparison.Ordinal) && site.Tree.CaseOf(d.Index) == "of")
                || d.Relation == "compound")
            .Select(d => d.Index)
            .ToList();
}

namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>How a transfer word orders its parties.</summary>
public enum TriggerKind
{
    /// <summary>Subject gives: "Iran sent missiles to Russia", "supplied Russia with drones".</summary>
    Give,
    /// <summary>Subject receives: "Russia received missiles from Iran", "Vietnam acquired BrahMos from India".</summary>
    Receive,
    /// <summary>The goods move: "Turkish drones reach Ethiopia", "the drones arrived".</summary>
    Arrive,
    /// <summary>
    /// Goods made elsewhere in someone's hands: "North Korean-made missile fired by Russian forces", "Russian forces
    /// using Iranian-made drones".
    /// </summary>
    Use,
    /// <summary>A noun: "deliveries of shells to Ukraine", "India’s deliveries", "the supply of Iranian missiles to Moscow".</summary>
    Noun,
}

/// <summary>
/// A transfer mentioned in a sentence. Parties may be missing (filled from context later); <see cref="Suppressed"/>
/// marks plans, conditionals and the like.
/// </summary>
public sealed class TransferEvent
{
    public required Sentence Sentence { get; init; }
    public required int Trigger { get; init; }
    public List<string> Suppliers { get; } = [];
    public List<string> Recipients { get; } = [];
    public List<WeaponMention> Weapons { get; } = [];
    public bool Negated { get; set; }
    public bool Suppressed { get; set; }
    public bool FromContext { get; set; }
    /// <summary>The recipient is named by a common noun ("to a country at war"), so the transfer is not about a named recipient.</summary>
    public bool UnnamedRecipient { get; set; }

    /// <summary>The recipient is "the army" or "the government" with no country: the country the story is from.</summary>
    public bool HomeRecipient { get; set; }

    /// <summary>The giver is a pronoun ("it has never supplied", "they had sent"): the speaker's own side.</summary>
    public bool PronounGiver { get; set; }
}

/// <summary>Finds transfer verbs and nouns in a sentence and works out supplier, recipient and goods from the words around them.</summary>
public static class TransferFinder
{
    private static readonly Dictionary<string, TriggerKind> Triggers = BuildTriggers();

    // Participles that, after a form of "be" or before "by", make the sentence passive: "were sold to Baku", "supplied by Iran".
    private static readonly HashSet<string> Participles =
    [
        "sent", "shipped", "supplied", "provided", "delivered", "transferred", "sold", "handed", "smuggled", "exported", "given",
        "donated", "resupplied", "flown", "re-exported", "brought", "armed", "received", "obtained", "bought", "purchased", "acquired",
        "procured",
    ];

    // Adverbs that sit between an auxiliary and its verb: "is covertly supplying", "had secretly been sold".
    private static readonly HashSet<string> Adverbs =
    [
        "also", "already", "still", "secretly", "covertly", "reportedly", "allegedly", "recently", "quietly", "now", "just", "since",
        "repeatedly", "illegally", "directly", "indirectly", "openly", "further", "then", "even", "apparently", "all", "both", "first",
        "continued", "continues", "begun", "began", "resumed", "again", "in", "fact", "previously",
    ];

    // Words before a transfer that make it a plan, a wish or a condition: "would send", "plans to sell", "if it carried out the transfer".
    private static readonly HashSet<string> ModalWords =
    [
        "will", "would", "could", "might", "may", "should", "can", "if", "whether", "plan", "plans", "planned", "planning", "intends",
        "intend", "intended", "considering", "consider", "considered", "weighing", "weigh", "expected", "expects", "pledged", "promised",
        "offered", "proposed", "propose", "ready", "willing", "unless", "talks", "discussing", "discuss", "possible", "potential",
        "prepared", "seeks", "seeking", "sought", "asked", "urged", "requested", "approve", "agreed", "allow", "allowed",
        "future", "any", "hopes", "wants", "want", "decision",
        // "opposes arming Ukraine", "is finalising further deals with Greece": an objection or an unfinished deal is no transfer.
        "opposes", "oppose", "opposed", "opposing", "finalising", "finalizing", "negotiating",
    ];

    // A verb right before "to <transfer>" that still reports a transfer: "have continued to supply", "began to ship".
    private static readonly HashSet<string> FactiveBeforeTo =
        ["continued", "continue", "continues", "began", "begun", "started", "start", "used"];

    // Nouns after a demonym that name the receiving side, not the maker: "to Ukrainian forces", "used by Azerbaijani forces".
    private static readonly HashSet<string> ForcesNouns =
    [
        "forces", "force", "units", "troops", "army", "military", "navy", "gunners", "fighters", "soldiers", "government", "junta", "air",
        "officials", "official", "side", "partners", "lawmakers", "rebels", "militants", "coast", "border", "cities", "territory",
        "civilians",
    ];

    private static readonly HashSet<string> RightBoundaries = [";", "—", "–", "(", ")", ":"];
    private static readonly HashSet<string> RightStops =
        ["but", "while", "who", "which", "whereas", "said", "says", "according", "although", "because"];

    private static Dictionary<string, TriggerKind> BuildTriggers()
    {
        var map = new Dictionary<string, TriggerKind>(StringComparer.Ordinal);
        void Add(TriggerKind kind, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map[w] = kind;
        }
        Add(TriggerKind.Give, "send sends sending sent ship ships shipping shipped supply supplies supplied supplying provide provides " +
            "providing provided deliver delivers delivering delivered transfer transfers transferred transferring sell sells selling " +
            "sold handed hands hand smuggle smuggles smuggled smuggling export exports exported exporting re-exported give gives gave " +
            "given giving arming donate donated donating resupplied resupplying resupply flew flown pumping funnelled funneled " +
            "funnelling channelled carried carrying helping helped helps");
        Add(TriggerKind.Receive, "receive receives receiving received obtain obtains obtained obtaining buy buys buying bought " +
            "purchased purchasing acquire acquires acquired acquiring procure procured procuring import imports imported importing took " +
            "taken take taking");
        Add(TriggerKind.Arrive, "reach reached reaches reaching arrived arrive arrives arriving flowing destined bound");
        Add(TriggerKind.Noun, "delivery deliveries shipment shipments transfers sale sales handover donation donations " +
            "provision consignment flows resupplies purchases purchase acquisition trade deals deal contract contracts supplier suppliers");
        Add(TriggerKind.Arrive, "came come comes landed docked");
        Add(TriggerKind.Use, "fired used using deployed");
        return map;
    }

    public static bool IsTriggerWord(string lower) => Triggers.ContainsKey(lower);

    public static bool IsTransferNoun(string lower) => Triggers.TryGetValue(lower, out var kind) && kind == TriggerKind.Noun;

    public static List<TransferEvent> Find(Sentence sentence, List<PlaceMention> places, List<WeaponMention> weapons)
    {
        var tokens = sentence.Tokens;
        var events = new List<TransferEvent>();
        TransferEvent? previous = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Triggers.TryGetValue(tokens[i].Lower, out var kind))
            {
                // "Peru has lately turned to Korea and Israel for fresh hardware", "relied on China for rifles": a
                // receiver names its suppliers.
                if (tokens[i].Lower is "turned" or "turning" or "relied" or "relies" or "rely" or "relying" or "depends" or "depended"
                    && DependsOn(sentence, places, weapons, i) is { } dependence)
                {
                    events.Add(dependence);
                    previous = dependence;
                }
                continue;
            }
            var lower = tokens[i].Lower;
            // "took/taken delivery" is a receipt; a bare "took" is not.
            if (lower is "took" or "taken" or "take" or "taking")
            {
                if (i + 1 >= tokens.Count || tokens[i + 1].Lower != "delivery") continue;
            }
            // "hand(ed) over" only with "over": "handed over a fourth IRIS-T system"; "handed a defeat" is no transfer.
            if (lower is "handed" or "hands" or "hand" && (i + 1 >= tokens.Count || tokens[i + 1].Lower != "over")) continue;
            // "a cargo ship", "every ship that arrives": "ship" after a determiner or adjective is a vessel.
            if (lower is "ship" or "ships" && i > 0
                && (tokens[i - 1].Lower is "a" or "the" or "every" or "cargo" or "each" or "that" or "this" or "naval" or "container"
                    or "merchant" or "at" or "to" or "no" || tokens[i - 1].IsCapitalised)) continue;
            // "arms deals with Seoul": a deal for arms names its seller after "with".
            if (lower is "deals" or "deal" or "contract" or "contracts"
                && (i == 0 || tokens[i - 1].Lower is not ("arms" or "weapons" or "defence" or "defense"))) continue;
            // "came from a French company": goods that come from a place name their supplier.
            if (lower is "came" or "come" or "comes" && (i + 1 >= tokens.Count || tokens[i + 1].Lower != "from")) continue;
            // "fired by Russian forces", "used by Azerbaijani forces": only goods made elsewhere ("North Korean-made")
            // make this a transfer.
            if (lower is "fired" or "used" or "using" or "deployed"
                && !places.Any(p => p.Suffix is "made" or "built" or "supplied" or "manufactured" or "produced")) continue;
            // "supply" and "transfer" are nouns after a determiner or before "of": "the supply of Iranian missiles".
            if (lower is "supply" or "supplies" or "transfer" or "export" or "exports" or "import" or "imports" && i > 0
                && tokens[i - 1].Lower is "the" or "a" or "any" or "this" or "its" or "their" or "missile" or "arms" or "weapons"
                    or "military" or "such" or "new" or "these" or "of" or "ammunition" or "drone" or "defence" or "defense" or "'s"
                || (i > 0 && tokens[i - 1].IsPossessive))
            {
                kind = TriggerKind.Noun;
            }
            // "carried" only moves goods when weapons follow it: "cargo flights carried rifles ... to the RSF".
            if (lower is "carried" or "carrying" && !weapons.Any(w => w.First > i && w.First <= i + 4)) continue;
            // "Russia was helping Iran with its nuclear programme": help is a transfer only with a receiving place and "with".
            if (lower is "helping" or "helped" or "helps"
                && !(places.Any(p => p.First == i + 1) && tokens.Skip(i + 2).Take(4).Any(x => x.Lower == "with"))) continue;
            // "destined for the Houthis", "bound for Yemen": goods on their way name their recipient.
            if (lower is "destined" or "bound" && (i + 1 >= tokens.Count || tokens[i + 1].Lower != "for")) continue;
            // "trade" only as "arms trade": "denied any arms trade between them".
            if (lower == "trade" && (i == 0 || tokens[i - 1].Lower is not ("arms" or "weapons"))) continue;
            var ev = new TransferEvent { Sentence = sentence, Trigger = i };
            Resolve(ev, kind, tokens, places, weapons);
            // "The missiles are new ... and were shipped quickly": goods named earlier in the sentence still count.
            if (ev.Weapons.Count == 0 && kind != TriggerKind.Arrive
                && weapons.Any(w => !w.Generic || w.Text is "missiles" or "weapons" or "arms"))
                ev.Weapons.AddRange(weapons.Where(w => w.Last < i));
            // "delivering remarks", "reaches beyond the Middle East": a transfer word needs goods or a party to be about arms.
            if (ev.Weapons.Count == 0 && (kind == TriggerKind.Arrive || (ev.Suppliers.Count == 0 && ev.Recipients.Count == 0))) continue;
            // "accused Qatar of supplying the junta with armoured cars": the army, the government or the junta of the
            // country the story is from.
            ev.HomeRecipient = ev.Recipients.Count == 0 && i + 2 < tokens.Count && tokens[i + 1].Lower is "the" or "government"
                && tokens[i + 2].Lower is "army" or "military" or "junta" or "government" or "forces";
            // "jets ordered from France landed at an air base": goods that land or dock without a destination arrive
            // where the story is from.
            if (kind == TriggerKind.Arrive && lower is "landed" or "docked" && ev.Recipients.Count == 0
                && ev.Suppliers.Count > 0) ev.HomeRecipient = true;
            // "has completed the supply of drones to Poland and delivered a batch to Ukraine": a coordinated verb
            // shares the first one's giver.
            if (previous is not null && kind == TriggerKind.Give && i > 0 && previous.Suppliers.Count > 0
                && (tokens[i - 1].Lower == "and"
                    || (i > 2 && tokens[i - 1].Lower == "to" && FactiveBeforeTo.Contains(tokens[i - 2].Lower)
                        && tokens[i - 3].Lower is "but" or "and"))
                && !IsPassive(tokens, i) && ev.Suppliers.Any(previous.Recipients.Contains))
            {
                ev.Suppliers.Clear();
                ev.Suppliers.AddRange(previous.Suppliers);
                ev.Recipients.RemoveAll(ev.Suppliers.Contains);
            }
            events.Add(ev);
            previous = ev;
        }
        return MergeSameClause(events);
    }

    // "<receiver> turned to / relied on <suppliers> for <goods>": the suppliers stand between "to"/"on" and "for", the
    // receiver is the subject.
    private static TransferEvent? DependsOn(Sentence sentence, List<PlaceMention> places, List<WeaponMention> weapons, int i)
    {
        var tokens = sentence.Tokens;
        if (i + 2 >= tokens.Count || tokens[i + 1].Lower is not ("to" or "on")) return null;
        var forAt = -1;
        for (var k = i + 2; k < Math.Min(tokens.Count, i + 10) && !RightBoundaries.Contains(tokens[k].Text); k++)
        {
            if (tokens[k].Lower == "for") { forAt = k; break; }
        }
        if (forAt < 0) return null;
        var goods = weapons.Where(w => w.First > forAt && w.First <= forAt + 4).ToList();
        var suppliers = places.Where(p => p.First > i + 1 && p.Last < forAt && p.Suffix is null)
            .Select(p => p.Canonical).Distinct().ToList();
        var left = LeftBound(tokens, i);
        var receiver = places.LastOrDefault(p => p.Last < i && p.First >= left && p.Suffix is null && !p.IsDemonym
            && !(p.First > 0 && tokens[p.First - 1].Lower is "to" or "for" or "of" or "in" or "from" or "on"));
        if (goods.Count == 0 || suppliers.Count == 0 || receiver is null || suppliers.Contains(receiver.Canonical)) return null;
        var ev = new TransferEvent { Sentence = sentence, Trigger = i };
        ev.Suppliers.AddRange(suppliers);
        ev.Recipients.Add(receiver.Canonical);
        ev.Weapons.AddRange(goods);
        ev.Negated = IsNegated(tokens, i, left, ev.Weapons);
        ev.Suppressed = IsSuppressed(tokens, i, left);
        return ev;
    }

    private static void Resolve(TransferEvent ev, TriggerKind kind, IReadOnlyList<Token> tokens, List<PlaceMention> places,
        List<WeaponMention> weapons)
    {
        var t = ev.Trigger;
        var leftBound = LeftBound(tokens, t);
        var rightBound = RightBound(tokens, t);
        var passive = kind is TriggerKind.Give or TriggerKind.Receive && IsPassive(tokens, t);

        ev.Weapons.AddRange(PickWeapons(tokens, weapons, t, leftBound, rightBound));

        // "to Russia", "into Ukraine", "destined for the Houthis", "bound for Yemen": the recipient follows a direction word.
        var recipients = AfterWord(tokens, places, t, rightBound, "to", "into", "for", "towards");
        // "into eastern Libya ... for forces loyal to commander Khalifa Haftar": an armed group named as the end user is the recipient.
        if (recipients.Count > 0 && places.FirstOrDefault(p => p.Canonical == recipients[0]) is { Entry.IsState: true })
        {
            var endUser = places.FirstOrDefault(p => !p.Entry.IsState && p.First > t && p.First <= rightBound + 4
                && tokens.Skip(t).Take(p.First - t).Any(x => x.Lower is "for" or "loyal")
                && !tokens.Skip(t).Take(p.First - t).Any(x => x.Lower is "against" or "from" or "threats"));
            if (endUser is not null) recipients = [endUser.Canonical];
        }
        // "from Iran", "supplied by Tehran": the supplier follows "from" (or "by" in the passive).
        var fromSuppliers = AfterWord(tokens, places, t, rightBound, "from");
        // The agent of a passive sits close to its verb: "supplied by Iran"; "..., as was claimed by Ukraine’s agency" is a source.
        var bySuppliers = passive || kind == TriggerKind.Noun ? AfterWord(tokens, places, t, Math.Min(rightBound, t + 3), "by") : [];
        var subject = SubjectLeft(tokens, places, t, leftBound);
        // "Thailand has bought its jets from the United States, but has also purchased Chinese tanks": a verb after
        // "but"/"and" with no subject of its own shares the first clause's.
        if (kind is TriggerKind.Give or TriggerKind.Receive && !passive
            && SharedSubject(tokens, places, t) is { } shared) subject = [shared];
        var madeBy = DemonymOnWeapons(tokens, places, ev.Weapons);
        if (madeBy.Count == 0) madeBy = MadeByOrIn(tokens, places, leftBound, rightBound);
        // "American-made rifles obtained from stocks abandoned in 2021": goods taken from stockpiles were not supplied by their maker.
        var fromStocks = FromStockpiles(tokens, t, rightBound);
        if (fromStocks) madeBy = [];

        switch (kind)
        {
            case TriggerKind.Give:
                if (passive)
                {
                    Add(ev.Suppliers, bySuppliers.Count > 0 ? bySuppliers : fromSuppliers.Count > 0 ? fromSuppliers : madeBy);
                    if (ev.Suppliers.Count == 0 && subject is { Count: > 0 }
                        && places.First(p => p.Canonical == subject[0]).IsDemonym) Add(ev.Suppliers, subject);
                    // "Ukraine used long-range missiles supplied by the United States": the one who has the goods received them.
                    if (recipients.Count == 0 && ev.Suppliers.Count > 0 && HasUseVerbBefore(tokens, t, leftBound))
                    {
                        recipients = SubjectLeftAny(places, t, leftBound).Where(r => !ev.Suppliers.Contains(r)).ToList();
                    }
                    // "Russian artillery units have been resupplied with North Korean-made guns": a subject that is not
                    // the goods' maker received them.
                    if (recipients.Count == 0 && subject is { Count: > 0 } && !ev.Suppliers.Intersect(subject).Any())
                    {
                        var head = places.First(p => p.Canonical == subject[0]);
                        if (!head.IsDemonym || (head.Last + 1 < tokens.Count && ForcesNouns.Contains(tokens[head.Last + 1].Lower))
                            || tokens[head.Last + 1].Lower is "artillery" or "units")
                            recipients = subject;
                    }
                }
                else
                {
                    // "Syrian forces seized a truck carrying missiles": a vehicle carries, and whoever seizes it is no supplier.
                    var seized = SeizedBefore(tokens, t, leftBound);
                    // "Two Egyptian military cargo planes carrying rifles ... landed at Mogadishu’s airport": the
                    // carrier's flag gives, where it lands receives.
                    if (tokens[t].Lower is "carrying" or "carried")
                    {
                        subject = !seized && subject is { Count: > 0 } && places.First(p => p.Canonical == subject[0]).IsDemonym
                            ? subject : null;
                        if (recipients.Count == 0
                            && tokens.Skip(t).Take(rightBound - t + 1).Any(x => x.Lower is "landed" or "arrived" or "docked" or "unloaded"))
                            recipients = AfterWord(tokens, places, t, rightBound, "at", "in");
                        // "transport planes from Belarus carried grenades": the carrier's origin gives.
                        if (fromSuppliers.Count == 0) fromSuppliers = AfterWord(tokens, places, leftBound, t - 1, "from");
                    }
                    else if (seized) subject = null;
                    // The subject gives, unless it is the maker's adjective on goods that moved: "Iranian drones supplied to the army".
                    Add(ev.Suppliers, subject ?? (fromSuppliers.Count > 0 ? fromSuppliers : madeBy));
                    if (ev.Suppliers.Count == 0) Add(ev.Suppliers, fromSuppliers.Count > 0 ? fromSuppliers : madeBy);
                    // "supplied Russia with drones", "arming Fano militiamen": a place right after the verb is the recipient.
                    var direct = DirectObject(tokens, places, t, rightBound);
                    if (direct.Count > 0 && recipients.Count == 0) recipients = direct;
                    // "Rwanda ... has drilled M23 gunmen and supplied them with mortars": "them" is the earlier object,
                    // and the giver is the subject of the first verb.
                    if (recipients.Count == 0 && t > 0 && tokens[t - 1].Lower == "and" && t + 2 < tokens.Count
                        && tokens[t + 1].Lower is "them" or "it" && tokens[t + 2].Lower == "with"
                        && subject is { Count: > 0 })
                    {
                        var earlierObject = subject;
                        var firstSubject = places.FirstOrDefault(p => p.First >= leftBound && p.Last < t && p.Suffix is null
                            && !earlierObject.Contains(p.Canonical));
                        if (firstSubject is not null)
                        {
                            recipients = earlierObject;
                            ev.Suppliers.Clear();
                            ev.Suppliers.Add(firstSubject.Canonical);
                        }
                    }
                }
                Add(ev.Recipients, recipients);
                // "Iran, through Hezbollah, has supplied them with missiles": the go-between set off before the verb gives too.
                if (!passive && ev.Suppliers.Count > 0 && Intermediary(tokens, places, leftBound, t) is { } via
                    && !ev.Suppliers.Contains(via) && !ev.Recipients.Contains(via)) ev.Suppliers.Add(via);
                break;
            case TriggerKind.Receive:
                if (passive)
                {
                    // "its latest patrol boats had been bought from Turkey", said by Ghana’s government: the owner
                    // before the verb receives.
                    Add(ev.Recipients, bySuppliers.Count > 0 ? bySuppliers : SubjectLeftAny(places, t, leftBound));
                    Add(ev.Suppliers, fromSuppliers.Count > 0 ? fromSuppliers : madeBy);
                }
                else
                {
                    Add(ev.Recipients, subject ?? []);
                    // "purchased Chinese-made laser air defence systems", "was receiving Russian assistance": the
                    // maker's adjective after the verb.
                    var makers = madeBy.Where(m => !ev.Recipients.Contains(m)).ToList();
                    Add(ev.Suppliers,
                        fromSuppliers.Count > 0 ? fromSuppliers : makers.Count > 0 ? makers : fromStocks ? []
                            : DemonymsRight(tokens, places, t, Math.Min(rightBound, t + 4)));
                }
                break;
            case TriggerKind.Arrive:
                Add(ev.Suppliers,
                    fromSuppliers.Count > 0 ? fromSuppliers : madeBy.Count > 0 ? madeBy
                        : subject is { Count: > 0 } && places.First(p => p.Canonical == subject[0]).IsDemonym ? subject : []);
                var reached = DirectObject(tokens, places, t, rightBound, requireWith: false);
                Add(ev.Recipients,
                    reached.Count > 0 ? reached : recipients.Count > 0 ? recipients : AfterWord(tokens, places, t, rightBound, "in", "at"));
                if (ev.Suppliers.Count == 0 && ev.Recipients.Count == 0) OrderedByFrom(ev, tokens, places, leftBound, t);
                break;
            case TriggerKind.Use:
                Add(ev.Suppliers, MadeElsewhere(places));
                // "fired by Russian forces" (passive) or "Russian forces have begun using" (active).
                // Only an agent right after the verb uses the goods: "fired by Russian forces"; not "..., as was
                // claimed by Ukraine's air force".
                var users = t + 1 < tokens.Count && tokens[t + 1].Lower == "by"
                    ? AfterWord(tokens, places, t, Math.Min(rightBound, t + 6), "by") : [];
                if (users.Count == 0 && tokens[t].Lower == "using") users = SubjectLeftAny(places, t, leftBound);
                Add(ev.Recipients, users);
                break;
            case TriggerKind.Noun:
                // "India’s reckless deliveries", "Warsaw’s purchases": the possessor gives (or, for purchases, receives).
                var owner = PossessorBefore(tokens, places, t);
                var receiving = tokens[t].Lower is "purchases" or "purchase" or "acquisition" or "deals" or "deal" or "contract"
                    or "contracts";
                if (tokens[t].Lower is "supplier" or "suppliers")
                {
                    // "Turkey has emerged as a big supplier to Kenya", "France, Cairo's chief arms supplier".
                    Add(ev.Recipients, owner.Count > 0 ? owner : recipients);
                    // "Italy is Qatar's third-largest arms supplier": the subject is not the owner.
                    var giver = places.LastOrDefault(p => p.Last < t && p.First >= t - 8 && p.First >= leftBound && p.Suffix is null
                        && !owner.Contains(p.Canonical)
                        && !(p.Last + 1 < tokens.Count && tokens[p.Last + 1].IsPossessive)
                        && !(p.First > 0 && tokens[p.First - 1].Lower is "to" or "for" or "of" or "in" or "from"));
                    if (giver is not null && !ev.Recipients.Contains(giver.Canonical)) Add(ev.Suppliers, [giver.Canonical]);
                }
                else if (receiving)
                {
                    Add(ev.Recipients, owner);
                    var withSuppliers = AfterWord(tokens, places, t, rightBound, "with");
                    Add(ev.Suppliers, fromSuppliers.Count > 0 ? fromSuppliers : withSuppliers.Count > 0 ? withSuppliers : madeBy);
                }
                else
                {
                    Add(ev.Suppliers,
                        owner.Count > 0 ? owner : fromSuppliers.Count > 0 ? fromSuppliers : bySuppliers.Count > 0 ? bySuppliers : madeBy);
                    Add(ev.Recipients, recipients);
                    // "the first arms deliveries from Cairo" with the goods' maker before the noun: "Iranian arms deliveries".
                    if (ev.Suppliers.Count == 0) Add(ev.Suppliers, DemonymJustBefore(places, t));
                    // "India completed the delivery of ...", "Washington resumed shipments": the subject of a verb of doing gives.
                    if (ev.Suppliers.Count == 0 && subject is { Count: > 0 }
                        && HasDoingVerb(tokens, t, leftBound)) Add(ev.Suppliers, subject);
                }
                break;
        }
        ev.Recipients.RemoveAll(r => ev.Suppliers.Contains(r));
        // "would not send weapons to a country at war": a recipient described, not named, and not "any" ("to any party").
        if (ev.Recipients.Count == 0 && kind is TriggerKind.Give or TriggerKind.Noun)
        {
            for (var k = t + 1; k < Math.Min(rightBound, tokens.Count - 1); k++)
            {
                if (tokens[k].Lower != "to") continue;
                var next = tokens[k + 1].Lower;
                ev.UnnamedRecipient = next is "a" or "another" or "other" or "third" or "countries" or "governments" or "allies"
                    or "partners" or "customers";
                break;
            }
        }
        if (kind is TriggerKind.Give && !passive && ev.Suppliers.Count == 0) ev.PronounGiver = HasPronounSubject(tokens, t);
        ev.Negated = IsNegated(tokens, t, leftBound, ev.Weapons);
        ev.Suppressed = IsSuppressed(tokens, t, leftBound) && !(ev.Negated && HasFutureNegation(tokens, t, leftBound));
    }

    // "jets ordered by Indonesia from France landed": goods that arrive carry the parties of the order that describes them.
    private static void OrderedByFrom(TransferEvent ev, IReadOnlyList<Token> tokens, List<PlaceMention> places, int left, int t)
    {
        for (var k = Math.Max(left, t - 12); k + 1 < t; k++)
        {
            if (tokens[k].Lower is not ("ordered" or "bought" or "purchased" or "acquired") || tokens[k + 1].Lower != "by") continue;
            var buyer = places.FirstOrDefault(p => p.First == k + 2 && !p.IsDemonym);
            var seller = buyer is null ? null
                : places.FirstOrDefault(p => p.First == buyer.Last + 2 && tokens[buyer.Last + 1].Lower == "from" && p.Last < t);
            if (buyer is null || seller is null || buyer.Canonical == seller.Canonical) return;
            ev.Recipients.Add(buyer.Canonical);
            ev.Suppliers.Add(seller.Canonical);
            return;
        }
    }

    private static void Add(List<string> into, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (!into.Contains(item)) into.Add(item);
        }
    }

    private static int LeftBound(IReadOnlyList<Token> tokens, int t)
    {
        var limit = Math.Max(0, t - 14);
        for (var k = t - 1; k >= limit; k--)
        {
            // Quotes do not end a clause: 'had been “sent to Kyiv via ...', 'North Korea has "without doubt" sold arms'.
            if (RightBoundaries.Contains(tokens[k].Text)) return k + 1;
        }
        return limit;
    }

    private static int RightBound(IReadOnlyList<Token> tokens, int t)
    {
        var limit = Math.Min(tokens.Count - 1, t + 16);
        for (var k = t + 1; k <= limit; k++)
        {
            if (RightBoundaries.Contains(tokens[k].Text) || RightStops.Contains(tokens[k].Lower)) return k - 1;
            if (tokens[k].Text == "," && k + 1 < tokens.Count && tokens[k + 1].Lower is "and" or "but" or "while") return k - 1;
            if (k > t + 1 && Triggers.TryGetValue(tokens[k].Lower, out var kind) && kind != TriggerKind.Noun
                && tokens[k - 1].Text == ",") return k - 1;
        }
        return limit;
    }

    private static bool IsPassive(IReadOnlyList<Token> tokens, int t)
    {
        if (!Participles.Contains(tokens[t].Lower)) return false;
        if (t + 1 < tokens.Count && tokens[t + 1].Lower == "by") return true;
        for (var k = t - 1; k >= Math.Max(0, t - 5); k--)
        {
            var w = tokens[k].Lower;
            if (w is "“" or "\"" or "‘") continue;
            if (w is "is" or "are" or "was" or "were" or "be" or "been" or "being") return true;
            if (!Adverbs.Contains(w) && w is not ("not" or "never" or "had" or "has" or "have")) return false;
        }
        return false;
    }

    private static List<WeaponMention> PickWeapons(IReadOnlyList<Token> tokens, List<WeaponMention> weapons, int t, int left, int right)
    {
        // The goods after the verb and before the next transfer word are this transfer's: "procured jets from South
        // Korea and acquired Chinese drones".
        var next = t + 1;
        while (next <= right && !(Triggers.ContainsKey(tokens[next].Lower) && tokens[next - 1].Lower is "and" or ",")) next++;
        var own = weapons.Where(w => w.First > t && w.First < next && !w.CatchAll).ToList();
        // Named kinds win over vague ones: "Pinaka rocket launchers" over "rockets".
        if (own.Any(w => !w.Generic)) own = own.Where(w => !w.Generic || !own.Any(o => !o.Generic && o.Category == w.Category)).ToList();
        if (own.Count > 0) return WithoutNonLethalBesideArms(own);
        var near = weapons.Where(w => w.First >= left && w.Last <= right + 6).ToList();
        var specific = near.Where(w => !w.Generic).ToList();
        if (specific.Count > 0) return WithoutNonLethalBesideArms(specific);
        if (near.Count > 0) return near;
        return weapons.Where(w => !w.Generic).ToList();
    }

    // "trucks carrying precision guidance kits": when arms are named, the vehicles and gear around them are not the goods.
    private static List<WeaponMention> WithoutNonLethalBesideArms(List<WeaponMention> weapons) =>
        weapons.Any(w => w.Category != Categories.NonLethal) ? weapons.Where(w => w.Category != Categories.NonLethal).ToList() : weapons;

    // Places after a direction word, with their coordinated companions: "to Saudi Arabia and the United Arab Emirates".
    private static List<string> AfterWord(IReadOnlyList<Token> tokens, List<PlaceMention> places, int t, int right, params string[] words)
    {
        for (var k = t + 1; k <= right; k++)
        {
            if (!words.Contains(tokens[k].Lower)) continue;
            // "to the military governments of Mali", "to a Russian weapons maker": skip a few words to the first place.
            var place = places.FirstOrDefault(p => p.First > k && p.First <= k + 6 && p.First <= right + 2);
            if (place is null) continue;
            // "to the military governments of Mali", "to the paramilitary Rapid Support Forces"; not "to strike a Russian airfield".
            if (!tokens.Skip(k + 1).Take(place.First - k - 1).All(x => DirectionGapWords.Contains(x.Lower))) continue;
            return Coordinated(tokens, places, place);
        }
        return [];
    }

    private static readonly HashSet<string> DirectionGapWords =
    [
        "the", "a", "an", "its", "their", "his", "her", "both", "military", "governments", "government", "armed", "forces", "of", "air",
        "force", "army", "navy", "state", "regime", "junta", "rebels", "militants", "separatists", "paramilitary", "ruling", "fighters",
        "units", "troops", "eastern", "western", "northern", "southern", "central", "occupied", "neighbouring", "neighboring", "allies",
        "ally", "militia", "militias", "group", "groups", "backed", "forces", "defence", "defense", "ministry", "national", "security",
    ];

    // "Chad, Togo and Benin", "both South Africa and the Dominican Republic"; "Sudan’s Rapid Support Forces" names the group.
    private static List<string> Coordinated(IReadOnlyList<Token> tokens, List<PlaceMention> places, PlaceMention first)
    {
        var result = new List<string>();
        var current = first;
        while (true)
        {
            var next = places.FirstOrDefault(p => p.First > current.Last && p.First <= current.Last + 3);
            // "Sudan's paramilitary Rapid Support Forces": a group owned by a place, a few words on.
            if (current.Last + 1 < tokens.Count && tokens[current.Last + 1].IsPossessive)
            {
                var owned = places.FirstOrDefault(p => p.First > current.Last + 1 && p.First <= current.Last + 4 && !p.Entry.IsState
                    && tokens.Skip(current.Last + 2).Take(p.First - current.Last - 2).All(x => !x.IsCapitalised && x.IsWord));
                if (owned is not null) next = owned;
            }
            if (next is not null && current.Last + 1 < tokens.Count && tokens[current.Last + 1].IsPossessive && !next.Entry.IsState)
            {
                current = next;
                continue;
            }
            result.Add(current.Canonical);
            var gap = next is null ? null : tokens.Skip(current.Last + 1).Take(next.First - current.Last - 1).Select(x => x.Lower).ToList();
            var listGap = gap is not null && gap.Count > 0 && gap.All(g => g is "," or "and" or "or" or "the" or "both");
            // "Mali, Burkina Faso and Niger" is a list; "to Ukraine, Prague says" is not.
            if (listGap && !gap!.Any(g => g is "and" or "or") && !ContinuesList(tokens, places, next!)) listGap = false;
            if (next is not null && listGap)
            {
                current = next;
                continue;
            }
            return result;
        }
    }

    // The subject of the first clause when the verb at t opens a subject-less conjunct (", but has also purchased",
    // "and later sent"); null otherwise.
    private static string? SharedSubject(IReadOnlyList<Token> tokens, List<PlaceMention> places, int t)
    {
        var k = t - 1;
        while (k > 0 && tokens[k].Lower is "has" or "have" or "had" or "also" or "later" or "then" or "since" or "recently" or "reportedly"
            or "already" or "itself") k--;
        if (k <= 0 || !(tokens[k].Lower == "but" || (tokens[k].Lower == "and" && tokens[k - 1].Text == ","))) return null;
        var conj = k;
        // The clause starts after a dateline dash: "BANGKOK — Thailand has bought ...".
        var start = 0;
        for (var i = conj - 1; i >= 0; i--)
        {
            if (tokens[i].Text is "—" or "–" or ";" or ":") { start = i + 1; break; }
        }
        foreach (var p in places)
        {
            if (p.First < start || p.Last >= conj) continue;
            if (p.Suffix is not null || p.IsDemonym || InApposition(tokens, p, conj)) return null;
            if (p.First > start && tokens[p.First - 1].Lower is not ("the" or "“" or "\"")) return null;
            // The subject must be followed by its verb, not open a list of places: "Thailand, a U.S. ally, has bought".
            return p.Canonical;
        }
        return null;
    }

    private static bool InApposition(IReadOnlyList<Token> tokens, PlaceMention p, int t)
    {
        var close = -1;
        for (var k = p.Last + 1; k < t; k++)
        {
            if (tokens[k].Text == ",") { close = k; break; }
        }
        if (close < 0) return false;
        for (var k = p.First - 1; k >= Math.Max(0, p.First - 3); k--)
        {
            if (tokens[k].Text == ",") return true;
        }
        return false;
    }

    private static bool ContinuesList(IReadOnlyList<Token> tokens, List<PlaceMention> places, PlaceMention place)
    {
        var after = place.Last + 1;
        return after + 1 < tokens.Count && tokens[after].Text is "," or "and" or "or"
            && places.Any(p => p.First >= after + 1 && p.First <= after + 2);
    }

    // The nearest place to the left of the verb in the same clause, with places coordinated before it: "Britain and France have supplied".
    private static List<string>? SubjectLeft(IReadOnlyList<Token> tokens, List<PlaceMention> places, int t, int left)
    {
        PlaceMention? nearest = null;
        foreach (var p in places)
        {
            // "American-made rifles obtained from ...": the maker's adjective is not the subject; "A Czech-led initiative" is.
            if (p.Last >= t || p.First < left || p.Suffix is not (null or "led" or "run" or "owned" or "funded")) continue;
            // "an initiative to buy ammunition for Ukraine delivered": a place inside a prepositional phrase is no subject.
            if (p.First > 0
                && tokens[p.First - 1].Lower is "to" or "in" or "into" or "from" or "at" or "with" or "across" or "near" or "against"
                    or "on" or "over" or "for" or "by" or "through" or "via") continue;
            // "France, Cairo's chief arms supplier, has sold": a place in an apposition is not the subject.
            if (InApposition(tokens, p, t)) continue;
            nearest = p;
        }
        if (nearest is null) return null;
        // "Afghanistan’s Taliban government": the state that a group governs.
        if (!nearest.Entry.IsState && nearest.Last + 1 < tokens.Count && tokens[nearest.Last + 1].Lower == "government"
            && nearest.First >= 2 && tokens[nearest.First - 1].IsPossessive
            && places.FirstOrDefault(p => p.Last == nearest.First - 2) is { Entry.IsState: true } owner)
        {
            nearest = owner;
        }
        var result = new List<string> { nearest.Canonical };
        var current = nearest;
        while (true)
        {
            var before = places.LastOrDefault(p => p.Last < current.First && p.Last >= current.First - 3 && p.First >= left);
            if (before is null) break;
            var gap = tokens.Skip(before.Last + 1).Take(current.First - before.Last - 1).Select(x => x.Lower).ToList();
            if (gap.Count == 0 || !gap.All(g => g is "," or "and" or "both" or "the")) break;
            result.Insert(0, before.Canonical);
            current = before;
        }
        return result;
    }

    // "supplied Russia with", "arming Fano militiamen", "reach Ethiopia": a place right after the verb.
    private static List<string> DirectObject(IReadOnlyList<Token> tokens, List<PlaceMention> places, int t, int right,
        bool requireWith = true)
    {
        var start = t + 1;
        if (start < tokens.Count && tokens[start].Lower == "over") start++;
        while (start < tokens.Count && tokens[start].Lower is "the" or "its" or "their" or "both") start++;
        var place = places.FirstOrDefault(p => p.First == start);
        if (place is null || (place.IsDemonym && place.Suffix is not null)) return [];
        var list = Coordinated(tokens, places, place);
        // "supplying Ukrainian manufacturers directly": a people noun after the demonym is the receiving side.
        if (place.IsDemonym && tokens[t].Lower.StartsWith("suppl", StringComparison.Ordinal) && place.Last + 1 < tokens.Count
            && tokens[place.Last + 1].IsWord && !tokens[place.Last + 1].IsCapitalised
            && !WeaponLexicon.IsWeaponWord(tokens[place.Last + 1].Lower)) return list;
        // "has sold the kingdom Patriot systems", "gave Ukraine tanks": a double object needs no "with".
        if (!requireWith
            || tokens[t].Lower is "arming" or "arm" or "armed" or "sold" or "sell" or "sells" or "gave" or "give" or "given" or "sent"
                or "send") return list;
        for (var k = place.Last + 1; k <= Math.Min(right + 3, tokens.Count - 1); k++)
        {
            if (tokens[k].Lower == "with") return list;
        }
        return [];
    }

    // The maker's adjective on the goods: "Iranian-made drones", "North Korean missiles", "Turkish Bayraktar TB2 aircraft".
    private static List<string> DemonymOnWeapons(IReadOnlyList<Token> tokens, List<PlaceMention> places, List<WeaponMention> weapons)
    {
        var result = new List<string>();
        foreach (var w in weapons)
        {
            var maker = places.LastOrDefault(p => p.Last < w.First && p.Last >= w.First - (p.Suffix is null ? 4 : 6) && p.IsDemonym
                && tokens.Skip(p.Last + 1).Take(w.First - p.Last - 1)
                    .All(x => x.IsWord && !ForcesNouns.Contains(x.Lower) && !Triggers.ContainsKey(x.Lower)));
            if (maker is not null
                && maker.Suffix is not ("controlled" or "linked" or "led" or "backed" or "aligned" or "based" or "run" or "designed")
                && !result.Contains(maker.Canonical))
            {
                result.Add(maker.Canonical);
            }
        }
        return result;
    }

    // ", through Hezbollah," or ", via its proxies in X," between the subject and the verb: the go-between's name; null if none.
    private static string? Intermediary(IReadOnlyList<Token> tokens, List<PlaceMention> places, int left, int t)
    {
        for (var k = Math.Max(left, 1); k + 1 < t; k++)
        {
            if (tokens[k].Lower is not ("through" or "via") || tokens[k - 1].Text != ",") continue;
            var p = places.FirstOrDefault(x => x.First == k + 1 && !x.IsDemonym);
            if (p is not null && p.Last + 1 < t && tokens[p.Last + 1].Text == ",") return p.Canonical;
        }
        return null;
    }

    private static bool FromStockpiles(IReadOnlyList<Token> tokens, int t, int right)
    {
        for (var k = t + 1; k < Math.Min(tokens.Count - 1, right + 4); k++)
        {
            if (tokens[k].Lower != "from") continue;
            var n = k + 1;
            while (n < tokens.Count - 1
                && tokens[n].Lower is "the" or "its" or "their" or "old" or "army" or "military" or "abandoned" or "captured" or "looted"
                    or "former") n++;
            if (tokens[n].Lower is "stocks" or "stockpiles" or "arsenals" or "depots" or "warehouses" or "battlefield" or "battlefields"
                or "stores") return true;
        }
        return false;
    }

    private static bool SeizedBefore(IReadOnlyList<Token> tokens, int t, int left)
    {
        for (var k = t - 1; k >= left; k--)
        {
            if (tokens[k].Lower is "seized" or "intercepted" or "captured" or "confiscated" or "impounded" or "seizes"
                or "seizing") return true;
        }
        return false;
    }

    private static bool HasUseVerbBefore(IReadOnlyList<Token> tokens, int t, int left)
    {
        for (var k = t - 1; k >= left; k--)
        {
            if (tokens[k].Lower is "used" or "uses" or "fired" or "launched" or "deployed" or "received" or "got" or "showed" or "displayed"
                or "operates" or "operated") return true;
        }
        return false;
    }

    private static List<string> MadeElsewhere(List<PlaceMention> places) =>
        places.Where(p => p.Suffix is "made" or "built" or "supplied" or "manufactured" or "produced")
            .Select(p => p.Canonical).Distinct().ToList();

    private static List<string> SubjectLeftAny(List<PlaceMention> places, int t, int left)
    {
        var p = places.LastOrDefault(x => x.Last < t && x.First >= left && x.Suffix is null);
        return p is null ? [] : [p.Canonical];
    }

    // "mortar shells made by a Serbian state firm", "parts manufactured in Korea".
    private static List<string> MadeByOrIn(IReadOnlyList<Token> tokens, List<PlaceMention> places, int left, int right)
    {
        for (var k = left; k < Math.Min(tokens.Count - 1, right + 4); k++)
        {
            if (tokens[k].Lower is not ("made" or "manufactured" or "produced" or "built")) continue;
            if (tokens[k + 1].Lower is not ("by" or "in")) continue;
            var place = places.FirstOrDefault(p => p.First > k + 1 && p.First <= k + 4);
            if (place is not null) return [place.Canonical];
        }
        return [];
    }

    private static List<string> DemonymsRight(IReadOnlyList<Token> tokens, List<PlaceMention> places, int t, int right)
    {
        var result = new List<string>();
        foreach (var p in places)
        {
            if (p.First <= t || p.First > right || !p.IsDemonym) continue;
            if (p.Suffix is "controlled" or "linked" or "led" or "designed") continue;
            if (p.Suffix is null && p.Last + 1 < tokens.Count && ForcesNouns.Contains(tokens[p.Last + 1].Lower)) continue;
            if (!result.Contains(p.Canonical)) result.Add(p.Canonical);
        }
        return result;
    }

    private static List<string> PossessorBefore(IReadOnlyList<Token> tokens, List<PlaceMention> places, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - 4); k--)
        {
            if (tokens[k].Text is "“" or "\"" or "‘") continue;
            if (tokens[k].IsPossessive)
            {
                var owner = places.FirstOrDefault(p => p.Last == k - 1);
                return owner is null ? [] : [owner.Canonical];
            }
            // "India’s reckless deliveries", "Warsaw’s multibillion-dollar arms deals"; "the purchase" has no owner.
            if (!tokens[k].IsWord || tokens[k].Lower is "the" or "a" or "an" or "said" or "says" or "that" or "of" or "and"
                || tokens[k].IsCapitalised) return [];
        }
        return [];
    }

    private static readonly HashSet<string> DoingVerbs =
    [
        "completed", "made", "began", "begun", "resumed", "carried", "finished", "continued", "started", "stepped", "increased",
        "accelerated", "expanded", "approved", "authorised", "authorized", "sped", "made", "conducted",
    ];

    private static bool HasDoingVerb(IReadOnlyList<Token> tokens, int t, int left)
    {
        for (var k = t - 1; k >= Math.Max(left, t - 6); k--)
        {
            if (DoingVerbs.Contains(tokens[k].Lower)) return true;
        }
        return false;
    }

    private static List<string> DemonymJustBefore(List<PlaceMention> places, int t)
    {
        var p = places.LastOrDefault(x => x.Last < t && x.Last >= t - 3 && x.IsDemonym);
        return p is null ? [] : [p.Canonical];
    }

    // Auxiliaries and adverbs of a verb group: "has not and will not send", "no longer supplies", "had never been sold".
    private static readonly HashSet<string> VerbGroup =
    [
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "did", "does", "do", "and", "longer",
        "also", "still", "ever", "yet", "directly", "indirectly", "knowingly", "officially", "itself", "secretly", "so", "far",
        "can", "could", "shall", "should", "may", "might", "must",
    ];

    private static bool IsNegated(IReadOnlyList<Token> tokens, int t, int left, List<WeaponMention> weapons)
    {
        // "Moscow failed to deliver arms", "refused to sell": the transfer did not happen.
        if (t > 1 && tokens[t - 1].Lower == "to" && tokens[t - 2].Lower is "failed" or "refused") return true;
        // The verb group itself: "has not sent", "never armed", "no longer supplies", "has not and will not deliver".
        for (var k = t - 1; k >= Math.Max(left, t - 7); k--)
        {
            var w = tokens[k].Lower;
            if (w is "not" or "never" or "n't" or "no") return true;
            if (!VerbGroup.Contains(w) && !Adverbs.Contains(w)) break;
        }
        // "sent no weapons", "has not sent a single rocket" (object side), "not one shell".
        for (var k = t + 1; k < Math.Min(tokens.Count, t + 3); k++)
        {
            if (tokens[k].Lower is "no" or "nothing" or "none") return true;
            // 'provides "only moral, diplomatic and humanitarian support"': giving only something else denies giving arms.
            if (tokens[k].Lower == "only"
                && tokens.Skip(k + 1).Take(6)
                    .Any(x => x.Lower is "moral" or "humanitarian" or "political" or "diplomatic" or "non-lethal")) return true;
        }
        // "no Chilean arms are being sent", "there is no proof that any Slovak company supplied"; but in "no proof that rifles
        // sold to Peru had been passed on" the participle after the goods ("rifles sold") is not what is negated.
        var reducedRelative = t > 0 && weapons.Any(w => w.Last == t - 1) && Participles.Contains(tokens[t].Lower);
        for (var k = Math.Max(left, t - 12); k < t && !reducedRelative; k++)
        {
            if (tokens[k].Lower != "no") continue;
            if (k + 1 < tokens.Count && tokens[k + 1].Lower is "evidence" or "proof" or "sign" or "indication") return true;
            if (weapons.Any(w => w.First > k && w.First <= k + 3 && w.Last < t)) return true;
        }
        return false;
    }

    // "it “no longer supplies”", "they had sent", "the country has never exported": the subject before the verb group is a pronoun.
    private static bool HasPronounSubject(IReadOnlyList<Token> tokens, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - 7); k--)
        {
            var w = tokens[k].Lower;
            if (w is "it" or "they" or "we" or "itself") return true;
            if (w == "country" && k > 0 && tokens[k - 1].Lower is "the" or "our" or "this") return true;
            if (!VerbGroup.Contains(w) && !Adverbs.Contains(w)
                && w is not ("not" or "never" or "n't" or "no" or "“" or "\"")) return false;
        }
        return false;
    }

    private static bool HasFutureNegation(IReadOnlyList<Token> tokens, int t, int left)
    {
        // "has not and will not send", "will never supply": a refusal, which denies as well as plans; "could never reach" does not.
        var negated = false;
        for (var k = t - 1; k >= Math.Max(left, t - 7); k--)
        {
            var w = tokens[k].Lower;
            if (w is "not" or "never" or "n't") negated = true;
            else if (w is "will" or "would" or "shall" or "wo") return negated;
            else if (!VerbGroup.Contains(w) && !Adverbs.Contains(w)) break;
        }
        return false;
    }

    private static bool IsSuppressed(IReadOnlyList<Token> tokens, int t, int left)
    {
        // "to provide", "decision to transfer": an infinitive is a purpose or a plan, unless a factive verb governs it
        // ("continued to supply", "failed to deliver").
        if (t > 0 && tokens[t - 1].Lower == "to"
            && !(t > 1 && (FactiveBeforeTo.Contains(tokens[t - 2].Lower) || tokens[t - 2].Lower is "failed" or "refused"))) return true;
        // Only the verb's own clause counts: "after months of warnings about sanctions, Iran has shipped" is a report, not a plan.
        var clauseStart = Math.Max(left, t - 6);
        for (var k = t - 1; k >= clauseStart; k--)
        {
            if (tokens[k].Text == "," || tokens[k].Lower == "that") { clauseStart = k + 1; break; }
        }
        for (var k = clauseStart; k < t; k++)
        {
            var w = tokens[k].Lower;
            if (ModalWords.Contains(w))
            {
                // "who had helped Hezbollah provide": a verb of help names a real transfer only in the past; keep "any"
                // when it is a denial's object.
                if (w == "any" && tokens.Take(t).Any(x => x.Lower is "denied" or "deny" or "denies" or "never" or "not" or "no")) continue;
                return true;
            }
        }
        // A conditional clause may open further back: "If Washington were to halt shipments, ...".
        for (var k = t - 1; k >= Math.Max(left, t - 12) && tokens[k].Text != "," && tokens[k].Lower != "that"; k--)
        {
            if (tokens[k].Lower is "if" or "unless") return true;
        }
        // "ahead of deliveries of new aircraft": what comes ahead has not happened yet.
        if (t > 1 && tokens[t - 1].Lower == "of" && tokens[t - 2].Lower == "ahead") return true;
        // "considering providing", "weighing sending", "approve the transfer of": the verb right before governs.
        if (t + 1 < tokens.Count && tokens[t].Lower.EndsWith("ing", StringComparison.Ordinal) && t > 0
            && ModalWords.Contains(tokens[t - 1].Lower)) return true;
        return false;
    }

    // Two triggers in one clause about the same goods ("completed the delivery ... shipping") are one event when their parties agree.
    private static List<TransferEvent> MergeSameClause(List<TransferEvent> events) => events;
}

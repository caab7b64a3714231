namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>
/// Pairs each sentence's speakers with the transfers they speak about, and the outlet with what it states in its own
/// voice.
/// </summary>
public static class StanceCollector
{
    private static readonly HashSet<string> AttributionWords =
    [
        "said", "says", "say", "told", "according", "reported", "claimed", "alleged", "accused", "estimated", "confirmed", "denied",
        "showed", "found", "wrote", "cited", "quoted", "suggested", "added", "announced", "stated", "citing", "believed", "believe",
        "allegedly", "reportedly", "acknowledged", "insisted", "described", "warned", "claim", "claims", "allegations", "accusations",
        "report",
    ];

    public static List<StanceFinding> Collect(string text, List<SentenceAnalysis> analyses, ActorResolver resolver)
    {
        var findings = new List<StanceFinding>();
        for (var s = 0; s < analyses.Count; s++)
        {
            var a = analyses[s];
            if (a.Sentence.IsTitle) continue;
            var tokens = a.Sentence.Tokens;
            var claimEvents = a.Events.Where(ContextResolver.IsClaim).ToList();
            if (a.Speakers.Count == 0 && claimEvents.Count == 0) continue;
            var clauses = AttributionFinder.Clauses(tokens);
            var evidence = new EvidenceSpan(text[a.Sentence.Start..a.Sentence.End], a.Sentence.Start, a.Sentence.End);

            foreach (var speaker in a.Speakers)
            {
                var value = StanceClassifier.Classify(speaker, tokens, clauses, claimEvents);
                // Two speakers in two clauses speak of their own clause's transfers: "X said its helicopters were bought from Russia,
                // after Le Guetteur reported that spare parts had come from a French company".
                var ownClause = claimEvents.Where(e => e.Sentence == a.Sentence && clauses[e.Trigger] == speaker.Clause).ToList();
                var targets = ownClause.Count > 0 ? ownClause : claimEvents;
                // A quotation is all its speaker's: '“The shipments keep coming; if anything, ...,” said Marta Lindqvist'.
                var speakerTokens = tokens.Any(t => t.Text is "“" or "\"") ? tokens.ToList()
                    : tokens.Where((_, i) => clauses[i] == speaker.Clause).ToList();
                // A speaker whose words name no transfer of their own and are conditional or forward-looking does not vouch for the claim:
                // "If the deal goes through, they would lead the market," said an analyst; "rebels said they expected
                // more fighting once the handover ended".
                // A confirmation stays one: "confirmed that deliveries had begun but said it would not detail the systems".
                var confirms = speaker.Position < tokens.Count
                    && tokens[speaker.Position].Lower is "confirmed" or "confirms" or "acknowledged" or "admitted";
                // "said the sale of 20 jets to Turkey would support jobs", "was considering sanctions on those involved
                // in the arms trade": a transfer noun (tenseless) whose parties came from context, in forward-looking
                // words, vouches for no claim; "were sold ... would be used" still does.
                if (value == StanceValue.Supports && !confirms && targets.Count > 0
                    && targets.All(e => e.FromContext && e.Sentence == a.Sentence && TransferFinder.IsTransferNoun(tokens[e.Trigger].Lower))
                    && IsHypothetical(speakerTokens)) continue;
                if (value == StanceValue.Supports && ownClause.Count == 0 && !confirms
                    && (targets.Count == 0 || speakerTokens.Count < tokens.Count) && IsHypothetical(speakerTokens)) continue;
                // "Brazil's export office confirmed the sale, while Turkey's embassy declined to comment": a refusal or
                // denial in a clause of its own is about the speaker's own country's part, not the other clause's
                // transfer.
                if (ownClause.Count == 0 && targets.Count > 0 && value != StanceValue.Supports
                    && OwnSideClaims(analyses, s, speaker, targets) is { Count: > 0 } ownSide) targets = ownSide;
                // "It is unclear whether the government approved the sales": the doubt is about approval or knowledge,
                // not about the transfer.
                if (value == StanceValue.Neutral && HedgesApprovalOnly(speakerTokens)) continue;
                if (targets.Count == 0)
                {
                    // A denial or a refusal to comment points back at the claim under discussion: "The Kremlin declined to comment."
                    // A plain statement without a transfer word is about something else.
                    // A sentence whose own transfer could not be placed ("the firm had sold rounds to a Czech company")
                    // is not about the context claim.
                    // "The charge, voiced by service spokesman X, ...": a source of the accusation under discussion supports it.
                    var voicesTheClaim = speaker.Source == SpeakerSource.Source && a.Events.Count == 0
                        && tokens.Any(t => t.Lower is "charge" or "charges" or "accusation" or "accusations" or "allegation"
                            or "allegations" or "claim" or "claims");
                    // "the North Korean missiles were less accurate": goods named by their maker presuppose the maker's transfer.
                    // "..., but another official said at a later briefing that Ankara was negotiating": the speaker's own
                    // clause must speak of a transfer.
                    var presupposed = value == StanceValue.Supports && !voicesTheClaim && a.Events.Count == 0
                        && !HasTransferWord(speakerTokens) ? PresupposedSuppliers(a) : [];
                    // "“These launchers give us reach,” the director said": goods pointed back to ("these", "the") were
                    // the ones transferred.
                    var referred = value == StanceValue.Supports && !voicesTheClaim && presupposed.Count == 0 && a.Events.Count == 0
                        ? GoodsReferredBack(a, clauses, speaker.Clause, speakerTokens.Count == tokens.Count) : null;
                    // "said the figures were probably an understatement": endorsing the numbers under discussion
                    // supports the claim they count.
                    var endorses = value == StanceValue.Supports && a.Events.Count == 0 && EndorsesFigures(speakerTokens);
                    if (value == StanceValue.Supports && !voicesTheClaim && !endorses && presupposed.Count == 0 && referred is null
                        && (a.Events.Count > 0 || !HasTransferWord(speakerTokens))) continue;
                    targets = ContextResolver.ContextFor(analyses, s);
                    // Named goods pick the claim about them when one is in context: "the tanks" after claims about tanks and about drones.
                    if (referred is { Generic: false } && targets.Any(t => t.Weapons.Any(w => w.Category == referred.Category)))
                        targets = targets.Where(t => t.Weapons.Any(w => w.Category == referred.Category)).ToList();
                    if (presupposed.Count > 0) targets = targets.Where(t => t.Suppliers.Any(presupposed.Contains)).ToList();
                }
                // Among several claims in context, a refusal or denial by one country's body is about that country's part.
                if (value != StanceValue.Supports && targets.Count > 1)
                {
                    var sides = speaker.Actors.Select(x => x.Affiliation).OfType<string>().ToHashSet();
                    var mine = targets.Where(t => t.Suppliers.Any(sides.Contains) || t.Recipients.Any(sides.Contains)).ToList();
                    if (mine.Count > 0 && mine.Count < targets.Count) targets = mine;
                }
                foreach (var target in targets)
                {
                    // A speaker who denies one transfer of a pair in the clause denies the pair: "has not sold a single
                    // round destined for Ukraine".
                    var own = speaker.Source == SpeakerSource.Says && value != StanceValue.Neutral
                        && claimEvents.Any(o => o.Negated && clauses[o.Trigger] == speaker.Clause
                            && o.Suppliers.Intersect(target.Suppliers).Any() && o.Recipients.Intersect(target.Recipients).Any())
                        && !CallsClaimFalseIn(tokens, clauses, speaker.Clause)
                        ? StanceValue.Denies : value;
                    foreach (var actor in speaker.Actors)
                    {
                        AddFindings(findings, Narrowed(target, actor, a), actor, own, evidence);
                        // "confirmed that cargo had come in from Serbia but denied that any rifles had been handed over": both.
                        if (own == StanceValue.Denies && speaker.Position < tokens.Count
                            && tokens[speaker.Position].Lower is "confirmed" or "acknowledged" or "admitted")
                            AddFindings(findings, Narrowed(target, actor, a), actor, StanceValue.Supports, evidence);
                    }
                }
            }

            // The outlet's own voice: a transfer stated with both parties in a clause that attributes it to no one
            // ("Japan has until now declined to ship arms to Israel, although diplomats say ...": the outlet denies).
            if (resolver.OutletActor is { } outlet)
            {
                foreach (var e in claimEvents.Where(e => !e.FromContext && !e.Suppressed))
                {
                    var clause = clauses[e.Trigger];
                    // "Slovak firms continue to sell shells to Ukraine, and a Ukrainian spokesman said Kyiv was
                    // grateful": a speaker who only joins after ", and" leaves the first statement to the outlet.
                    var joinAt = a.Speakers.Count == 0 || e.Negated ? -1
                        : a.Speakers.Min(sp => sp.Source == SpeakerSource.Says ? JoinAfterAnd(tokens, e.Trigger, sp.Position) : -1);
                    var end = joinAt > 0 ? joinAt : tokens.Count;
                    if (joinAt < 0 && a.Speakers.Any(sp => sp.Clause == clause)) continue;
                    if (tokens.Where((_, i) => i < end && clauses[i] == clause).Any(t => AttributionWords.Contains(t.Lower))) continue;
                    if (a.Speakers.Count > 0 && !e.Negated && joinAt < 0) continue;
                    // "she gave no details" is no denial of a transfer; "refused to send weapons" is.
                    if (e.Negated
                        && (e.Weapons.Count == 0 || (e.Trigger + 1 < tokens.Count && tokens[e.Trigger + 1].Lower == "no"))) continue;
                    AddFindings(findings, e, outlet, e.Negated ? StanceValue.Denies : StanceValue.Supports, evidence);
                }
            }
        }
        return findings;
    }

    /// <summary>
    /// A claim with several givers (or receivers), narrowed to the one the speaker is about: "France’s armed forces ministry declined
    /// to comment" on "Britain and France have supplied Ukraine"; "the Slovak part of the transfer" of Poland's and Slovakia's jets.
    /// </summary>
    private static TransferEvent Narrowed(TransferEvent e, ExtractedActor actor, SentenceAnalysis a)
    {
        if (e.Suppliers.Count < 2 && e.Recipients.Count < 2) return e;
        var named = a.Places.Select(p => p.Canonical).ToHashSet();
        if (actor.Affiliation is not null) named.Add(actor.Affiliation);
        var suppliers = e.Suppliers.Where(named.Contains).ToList();
        var recipients = e.Recipients.Where(named.Contains).ToList();
        // "unclear whether the helicopters had reached Niger or were still in Burkina Faso": a party the sentence's own
        // transfer word names outranks a place merely mentioned.
        var ownSuppliers = e.Suppliers.Where(p => a.Events.Any(o => o.Suppliers.Contains(p))).ToList();
        var ownRecipients = e.Recipients.Where(p => a.Events.Any(o => o.Recipients.Contains(p))).ToList();
        if (ownSuppliers.Count > 0 && ownSuppliers.Count < suppliers.Count) suppliers = ownSuppliers;
        if (ownRecipients.Count > 0 && ownRecipients.Count < recipients.Count) recipients = ownRecipients;
        if (suppliers.Count == 0 || suppliers.Count == e.Suppliers.Count) suppliers = e.Suppliers;
        if (recipients.Count == 0 || recipients.Count == e.Recipients.Count) recipients = e.Recipients;
        if (suppliers == e.Suppliers && recipients == e.Recipients) return e;
        var narrowed = new TransferEvent
            { Sentence = e.Sentence, Trigger = e.Trigger, Negated = e.Negated, Suppressed = e.Suppressed, FromContext = e.FromContext };
        narrowed.Suppliers.AddRange(suppliers);
        narrowed.Recipients.AddRange(recipients);
        narrowed.Weapons.AddRange(e.Weapons);
        return narrowed;
    }

    // Words that make a remark conditional, speculative or about the future: "if", "would", "expected", "is considering", "in talks".
    private static readonly HashSet<string> HypotheticalWords =
    [
        "if", "would", "could", "might", "expected", "expects", "expect", "considering", "reviewing", "talks", "warned", "warns",
        "concerned", "once",
    ];

    private static bool IsHypothetical(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!HypotheticalWords.Contains(tokens[i].Lower)) continue;
            // "once again" repeats, it does not look ahead; "if anything, they have become more regular" intensifies.
            if (tokens[i].Lower is "once" or "if" && i + 1 < tokens.Count && tokens[i + 1].Lower is "again" or "anything") continue;
            return true;
        }
        return false;
    }

    private static readonly HashSet<string> BackReferenceWords = ["the", "these", "those", "this", "that"];

    // Goods named after a determiner that points back ("the system", "these aircraft", "the first packages") in the
    // speaker's words; null if none.
    private static WeaponMention? GoodsReferredBack(SentenceAnalysis a, List<int> clauses, int clause, bool wholeSentence)
    {
        var tokens = a.Sentence.Tokens;
        foreach (var w in a.Weapons)
        {
            if (!wholeSentence && clauses[w.First] != clause) continue;
            // "the first packages", "these long-range rockets": up to two words between the determiner and the goods.
            for (var k = w.First - 1; k >= Math.Max(0, w.First - 3); k--)
            {
                if (BackReferenceWords.Contains(tokens[k].Lower)) return w;
                if (tokens[k].Text is "," or "“" or "\"" || !tokens[k].IsWord) break;
            }
        }
        return null;
    }

    // ", and <subject> said" after the transfer word, with the subject short and free of commas: "..., and a Ukrainian
    // embassy spokesman said".
    private static int JoinAfterAnd(IReadOnlyList<Token> tokens, int trigger, int verb)
    {
        for (var k = verb - 1; k > trigger + 1 && k >= verb - 7; k--)
        {
            if (tokens[k].Text == ",") return -1;
            if (tokens[k].Lower == "and" && tokens[k - 1].Text == ",") return k;
        }
        return -1;
    }

    // Verbs of consent or knowledge that a "whether" clause may doubt while the transfer itself stands: "whether
    // Beijing approved", "whether the ministry knew".
    private static readonly HashSet<string> ApprovalVerbs =
        ["approved", "authorised", "authorized", "sanctioned", "knew", "aware", "endorsed", "condoned", "licensed", "permitted", "involved",
            "ordered"];

    private static bool HedgesApprovalOnly(List<Token> tokens)
    {
        var at = -1;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower is "unclear" or "clear" && tokens[i + 1].Lower == "whether") { at = i + 2; break; }
        }
        if (at < 0) return false;
        // The first verb-like word of the whether-clause, within a short subject: "whether the Chinese government approved ...".
        for (var k = at; k < tokens.Count && k < at + 6; k++)
        {
            if (ApprovalVerbs.Contains(tokens[k].Lower)) return true;
            if (tokens[k].Text == "," || TransferFinder.IsTransferNoun(tokens[k].Lower)) return false;
        }
        return false;
    }

    // The context claims in which the speaker's own country takes part, when none of the sentence's transfers involves it; null otherwise.
    private static List<TransferEvent>? OwnSideClaims(List<SentenceAnalysis> analyses, int s, Speaker speaker, List<TransferEvent> targets)
    {
        var sides = speaker.Actors.Select(a => a.Affiliation).OfType<string>().ToHashSet();
        if (sides.Count == 0 || targets.Any(t => t.Suppliers.Any(sides.Contains) || t.Recipients.Any(sides.Contains))) return null;
        return ContextResolver.ContextFor(analyses, s)
            .Where(t => t.Suppliers.Any(sides.Contains) || t.Recipients.Any(sides.Contains)).ToList();
    }

    private static bool EndorsesFigures(List<Token> tokens)
    {
        var figures = false;
        foreach (var t in tokens)
        {
            if (t.Lower is "figures" or "numbers" or "figure" or "tally" or "estimate" or "estimates") figures = true;
            else if (figures
                && t.Lower is "understatement" or "accurate" or "conservative" or "credible" or "correct" or "plausible") return true;
        }
        return false;
    }

    private static bool CallsClaimFalseIn(IReadOnlyList<Token> tokens, List<int> clauses, int clause) =>
        StanceClassifier.CallsClaimFalse(tokens.Where((_, i) => clauses[i] == clause).ToList());

    private static HashSet<string> PresupposedSuppliers(SentenceAnalysis a)
    {
        var makers = new HashSet<string>();
        foreach (var w in a.Weapons.Where(w => !w.Generic
            || w.Text is "missiles" or "weapons" or "drones" or "ammunition" or "arms" or "munitions"))
        {
            var maker = a.Places.LastOrDefault(p => p.IsDemonym && p.Last < w.First && p.Last >= w.First - 3
                && p.Suffix is null or "made" or "built" or "supplied");
            if (maker is not null) makers.Add(maker.Canonical);
        }
        return makers;
    }

    // "The delivery was reported by the Wall Street Journal" speaks of a transfer; "prepared to deliver consequences" and
    // "what we export goes to governments" do not name one (a verb without goods or parties is not about arms).
    private static bool HasTransferWord(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!TransferFinder.IsTransferNoun(tokens[i].Lower) || (i > 0 && tokens[i - 1].Lower == "to")) continue;
            if (i + 1 < tokens.Count
                && tokens[i + 1].Lower is "licences" or "licenses" or "controls" or "rules" or "regime" or "permits" or "data" or "figures"
                    or "policy") continue;
            return true;
        }
        return false;
    }

    private static void AddFindings(List<StanceFinding> findings, TransferEvent e, ExtractedActor actor, StanceValue value,
        EvidenceSpan evidence)
    {
        foreach (var supplier in e.Suppliers)
        {
            foreach (var recipient in e.Recipients)
            {
                if (supplier == recipient) continue;
                findings.Add(new StanceFinding(supplier, recipient, e.Weapons, actor, value, evidence, findings.Count,
                    (e.Weapons.FirstOrDefault(w => !w.Generic) ?? e.Weapons.FirstOrDefault())?.Quantity));
            }
        }
    }
}

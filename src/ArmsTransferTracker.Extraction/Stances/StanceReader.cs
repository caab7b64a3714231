using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Story;
using ArmsTransferTracker.Extraction.Transfers;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Stances;

/// <summary>
/// The fifth stage: who takes which stance on which transfer. A transfer belongs to the innermost speaker whose words
/// govern it; a quotation without its own speaker to the speaker of its paragraph; a plain sentence of the story to
/// the outlet. A speaker who denies, confirms or will not comment without retelling the transfer speaks of the
/// transfer in focus: the one told last.
/// </summary>
public static class StanceReader
{
    private sealed record Speaking(Attribution.Attribution Attribution, ExtractedActor Actor);

    /// <summary>A transfer the article tells with both sides named, and where: what a partial mention elsewhere refers to.</summary>
    private sealed record Told(int Sentence, string Supplier, string Recipient, IReadOnlyList<WeaponMention> Goods);

    private sealed record Pair(string Supplier, string Recipient, List<WeaponMention> Goods, string? Quantity)
    {
        public int Order { get; init; }

        /// <summary>The goods the pair's latest telling named, which "that claim" answers.</summary>
        public IReadOnlyList<WeaponMention> LastTold { get; init; } = Goods;
    }

    public static IReadOnlyList<StanceFinding> Read(StoryText story, IReadOnlyList<SentenceReading> readings)
    {
        var storyParagraphs = readings.Where(r => !r.Sentence.IsHeadline).Select(r => r.Sentence.Paragraph).Distinct().Order().ToList();
        var book = new ActorBook(story.Acronyms, (storyParagraphs.ElementAtOrDefault(0), storyParagraphs.ElementAtOrDefault(1)))
        {
            HomeState = story.HomeState, Text = story.Document.Text,
        };
        var outlet = story.Outlet is { } name ? new ExtractedActor(name, ActorKind.Media, null, null) : null;
        var writer = story.Writer is { } writerName ? new ExtractedActor(writerName, ActorKind.Person, null, null) : null;
        var findings = new List<StanceFinding>();
        var pairs = new List<Pair>();
        var partners = readings.Select(Partners).ToList();
        var headlineSides = readings.Where(r => r.Sentence.IsHeadline && r.Mentions.Weapons.Count > 0)
            .SelectMany(r => r.Mentions.Places).Select(p => p.Canonical).Distinct().ToList();
        var sidesTold = readings.SelectMany((r, i) => r.Frames
                .Where(f => f.IsClaim || r.Sentence.IsHeadline)
                .Select(f => SidesOf(f, partners[i]) is var (supplier, recipient) ? new Told(i, supplier, recipient, f.Goods) : null)
                .OfType<Told>())
            .ToList();
        var told = sidesTold
            .Select(t => ArmedGroupOf(t.Supplier, t.Recipient, sidesTold.Select(o => (o.Supplier, o.Recipient))) is { } armedGroup
                ? t with { Recipient = armedGroup } : t)
            .ToList();
        (int Paragraph, ExtractedActor Actor)? paragraphSpeaker = null;
        // "A spokesman gave the following answer:": the statement's speaker, who says what follows, up to a separator line.
        ExtractedActor? stating = null;
        ExtractedActor? interviewee = null;
        var asked = new List<(int Paragraph, Pair Pair)>();
        string? lastGroup = null;
        var articleGroups = readings.SelectMany(r => r.Mentions.Places).Where(p => !p.IsState).Select(p => p.Canonical).Distinct().ToList();
        for (var index = 0; index < readings.Count; index++)
        {
            var reading = readings[index];
            var sentence = reading.Sentence;
            book.NoteCompanies(reading.Mentions.Companies);
            book.NoteGroup(lastGroup);
            book.NoteBodies(BodiesNamed(reading));
            book.NotePeople(PeopleNamedWithRoles(reading), sentence.Paragraph);
            book.NoteOpeningName(story.Document.Text[sentence.Start..sentence.End]);
            book.NoteSubjectBefore(index > 0 && readings[index - 1].Sentence.Paragraph == sentence.Paragraph
                ? SubjectOfTheSentence(readings[index - 1]) : null);
            // A headline's speakers summarise the body ("..., Western officials say"): they take no stance there.
            var speakers = reading.Attributions
                .Where(_ => !sentence.IsHeadline)
                .Select(a => (IsFirstPersonAnswer(sentence, a.Speaker) ? Answerer(sentence, book, ref interviewee)
                    : QuotingSpeaker(reading, a) is { } quoting ? Resolve(book, quoting, sentence, outlet)
                    // '"For a year we have said that ... Now it is proven," said X': the "we" of a quotation is its speaker's.
                    : sentence.InQuotation && IsFirstPerson(a.Speaker)
                        && QuotationSpeaker(readings, index, paragraphSpeaker, book) is { } quotedWe ? quotedWe
                    : Resolve(book, a with { Speaker = FromTheCapital(reading, a.Speaker) }, sentence, outlet)) is { } actor
                        ? new Speaking(a, actor) : null)
                .OfType<Speaking>()
                .Concat(outlet is not null && !sentence.IsHeadline && IsInTheOutletsVoice(sentence)
                    && UnverifiedClaim(sentence) is { } unverifiedClaim ? [new Speaking(unverifiedClaim, outlet)] : [])
                .ToList();
            var evidence = Evidence(story.Document.Text, sentence);
            var sentencePairs = new List<Pair>();
            foreach (var frame in reading.Frames)
            {
                // "According to the lawmakers, the agency said that ...": the one whose verb "according to" hangs from speaks; the
                // others relay, as does an outlet whose verb trails another speaker's. Of two speakers over the same words
                // ("said ..., rejecting a report that"), the one whose verb the transfer hangs from most closely.
                // A source cited speaks alongside the one citing it, who governs.
                // "declined to say whether": the refusal speaks; the "say" it refuses says nothing.
                var governing = speakers.Where(s => s.Attribution.Governs(frame.Trigger))
                    .MinBy(s => (s.Attribution.Cue == Cue.Unsaid && speakers.Any(o => o.Attribution.Cue == Cue.Neutral
                            && o.Attribution.Governs(s.Attribution.Verb)) ? 1 : 0,
                        s.Attribution.Rules.Contains("cited-source") ? 1 : 0, RelaysAnother(speakers, s, frame.Trigger) ? 1 : 0,
                        IsRelayedBy(speakers, sentence.Tree!, s) ? 0 : 1, s.Attribution.Scope.Count,
                        sentence.Tree!.StepsUpTo(frame.Trigger, s.Attribution.Verb)));
                // "according to officers and Western diplomats": coordinated speakers share the scope and the stance; so do an
                // outlet and the source it cites ("the agency reported, citing defence officials").
                var alongside = governing is null ? [] : speakers
                    .Where(s => s != governing && s.Attribution.Governs(frame.Trigger) && (s.Attribution.Verb == governing.Attribution.Verb
                        || Cites(sentence.Tree!, s, governing) || Cites(sentence.Tree!, governing, s)))
                    .ToList();
                // "It was unclear whether the helicopters had reached Niger": a question left open is a neutral stance on it.
                if (!frame.IsClaim && !(frame.Mood == FrameMood.Condition && governing?.Attribution.Cue == Cue.Neutral)) continue;
                var rules = new List<string>(frame.Rules);
                var outermost = speakers.Where(s => s.Attribution.Governs(frame.Trigger)).MaxBy(s => s.Attribution.Scope.Count);
                var subjectSide = SubjectSide(reading, frame);
                // '"We have not received the S-400." ... he said', no speaker in the sentence: "we" is the side of the one quoted.
                var quotedSide = subjectSide is null && outermost is null && sentence.InQuotation
                    && (IsWe(frame.Supplier) || IsWe(frame.Recipient))
                    ? QuotationSpeaker(readings, index, paragraphSpeaker, book)?.Affiliation : null;
                var context = new PairContext(index,
                    subjectSide ?? outermost?.Actor.Affiliation ?? quotedSide ?? SubjectBefore(readings, index, frame), partners[index])
                {
                    SpeakerSide = governing?.Actor.Affiliation,
                    SpeakerIsAStateBody = governing?.Actor.Kind == ActorKind.Government,
                    AnnouncedBySpeaker = governing is not null && IsAnnounced(sentence.Tree!, frame.Trigger, governing.Attribution.Verb)
                        && governing.Actor.Kind != ActorKind.Media,
                    SpeakerIsACompany = governing?.Actor is { Kind: ActorKind.Organisation, Role: { } role }
                        && Lexicon.CompanyNouns.Contains(role.Split(' ')[^1]),
                    LastGroup = reading.Mentions.Places.LastOrDefault(p => !p.IsState && p.Last < frame.Trigger)?.Canonical ?? lastGroup,
                    Findings = findings,
                    HeadlineSides = headlineSides,
                    ArticleGroups = articleGroups,
                    // "the only tanks Chad received were ten carriers given by France": who gave the same goods.
                    SupplierOfTheGoods = reading.Frames.Where(f => f != frame && f.IsClaim && !f.Negated && f.Supplier.IsNamed
                            && f.Recipient.Pronoun is null && f.Goods.Intersect(frame.Goods).Any())
                        .Select(f => f.Supplier.Place!).Distinct().ToList() is [var giver] ? giver : null,
                    LoneSupplierBefore = index > 0 ? LoneSupplier(readings[index - 1], frame) : null,
                    HomeState = story.HomeState,
                };
                // A frame tells one transfer, or several when a plural names again every transfer a sentence told.
                foreach (var pair in ResolvePairs(frame, context, told, pairs, sentencePairs, rules))
                {
                    Tell(pair, [.. rules]);
                }

                // Whose stance the transfer is: the innermost speaker governing it, the quotation's speaker, or the outlet.
                void Tell(Pair pair, List<string> rules)
                {
                    sentencePairs.Add(pair);
                    if (governing is { Attribution: var attribution })
                    {
                        rules.AddRange(attribution.Rules);
                        rules.Add("speaker-governs-transfer");
                        var value = Value(attribution.Cue, frame.Negated);
                        // "China's arms exports strictly follow the law": a side that speaks of its trade in general says
                        // nothing of the transfer in focus, neither yes nor no.
                        if (value == StanceValue.Supports && rules.Contains("speakers-own-transfer") && IsTradeInGeneral(frame))
                        {
                            // ... unless the sentence already has the speaker's word on it: "has never sold weapons to Sudan,
                            // and all its arms exports are reported" denies.
                            value = findings.Any(f => f.Actor == governing.Actor && f.Evidence.Start == evidence.Start
                                && (f.Supplier, f.Recipient) == (pair.Supplier, pair.Recipient)) ? null : StanceValue.Neutral;
                            rules.Add("trade-in-general");
                        }
                        // "Norway declined to say whether its vehicles had arrived": a body that will not say whether a transfer the
                        // sentence does not name took place speaks of its own side's, not of another's told before.
                        var othersOpenQuestion = frame.Mood == FrameMood.Condition && !frame.Supplier.IsNamed && !frame.Recipient.IsNamed
                            && IsOtherSidesTransfer(governing, pair.Supplier, pair.Recipient);
                        if (!othersOpenQuestion && !DeniesOnlyWhatIsSaidOfTheGoods(attribution.Cue, frame))
                        {
                            AddFinding(findings, pair, frame, governing.Actor, value, evidence, 0.9, rules);
                        }
                        foreach (var other in alongside.Where(o => !DeniesOnlyWhatIsSaidOfTheGoods(o.Attribution.Cue, frame)))
                        {
                            AddFinding(findings, pair, frame, other.Actor, Value(other.Attribution.Cue, frame.Negated), evidence, 0.9,
                                [.. rules, .. other.Attribution.Rules]);
                        }
                        // "Egypt rejected accusations by the RSF that it had supplied jets": the report's author asserts, and
                        // whoever denies or will not confirm the report takes that stance on it too.
                        // "X accused Y of arming Z, a charge that Y rejects": the accuser asserts what the charge's denier denies.
                        var answersACharge = IsAnswerToACharge(sentence.Tree!, attribution.Verb);
                        // Not the governing speaker again: "dismissed the claim, while confirming that the country had received
                        // vehicles" is one speaker, whose nearer verb says what it holds.
                        foreach (var outer in speakers.Where(s => s != governing && !alongside.Contains(s)
                            && s.Actor.Name != governing.Actor.Name
                            && s.Attribution.Governs(frame.Trigger) && (s.Attribution.Cue != Cue.Asserts || answersACharge)
                            && !IsOtherSidesTransfer(s, pair.Supplier, pair.Recipient)
                            && !DeniesOnlyWhatIsSaidOfTheGoods(s.Attribution.Cue, frame)))
                        {
                            var outerRules = new List<string>(frame.Rules);
                            outerRules.AddRange(outer.Attribution.Rules);
                            outerRules.Add("speaker-on-the-report");
                            AddFinding(findings, pair, frame, outer.Actor, Value(outer.Attribution.Cue, frame.Negated), evidence, 0.8,
                                outerRules);
                        }
                    }
                    else if (sentence.Turn == DialogueTurn.Answer && Answerer(sentence, book, ref interviewee) is { } answerer)
                    {
                        rules.Add("interview-answer");
                        AddFinding(findings, pair, frame, answerer, Value(Cue.Asserts, frame.Negated), evidence, 0.75, rules);
                    }
                    else if (sentence.InQuotation && QuotationSpeaker(readings, index, paragraphSpeaker, book) is { } quoted)
                    {
                        rules.Add("quotation-continues");
                        AddFinding(findings, pair, frame, quoted, Value(Cue.Asserts, frame.Negated), evidence, 0.75, rules);
                    }
                    else if (stating is not null && reading.Attributions.Count == 0 && !sentence.IsHeadline)
                    {
                        rules.Add("statement-continues");
                        AddFinding(findings, pair, frame, stating, Value(Cue.Asserts, frame.Negated), evidence, 0.7, rules);
                    }
                    // A sentence with a speaker tells what the speaker says, though the parser may not show which words are theirs,
                    // and though the reader cannot tell who "he" is. A shipment whose supplier only others named ("the tank
                    // shipment to Moscow worries diplomats") is the outlet referring to their claim, not making its own.
                    else if (!sentence.IsHeadline && IsInTheOutletsVoice(sentence)
                        && frame.Mood == FrameMood.Fact && !frame.Negated && outlet is not null
                        && ((reading.Attributions.Count == 0 && !HasWordOfSpeech(sentence.Tree!, frame.Trigger))
                            || IsOwnClauseBeforeSpeech(sentence.Tree!, frame.Trigger, reading.Attributions))
                        && (frame.Supplier.IsNamed || frame.Recipient.IsNamed || pair.Goods.Count > 0)
                        && !rules.Contains("supplier-from-context") && !IsToldAsAClaim(sentence.Tree!, frame.Trigger))
                    {
                        if (reading.Attributions.Count > 0) rules.Add("own-clause-before-speech");
                        rules.Add("outlet-voice");
                        AddFinding(findings, pair, frame, outlet, StanceValue.Supports, evidence, 0.6, rules);
                        if (writer is not null)
                        {
                            AddFinding(findings, pair, frame, writer, StanceValue.Supports, evidence, 0.6, [.. rules, "column-writer"]);
                        }
                    }
                    // A denial of arming "either side" leaves the focus where it was: it answers the transfer in focus.
                    if (!rules.Contains("any-party-is-the-side-in-focus")) Remember(pairs, pair);
                }
            }
            foreach (var speaking in speakers)
            {
                var (attribution, actor) = speaking;
                // "South Korea confirmed the sale, while China's embassy declined to comment": a body that will not comment on
                // another side's transfer speaks of its own, told before.
                if (reading.Frames.Any(f => attribution.Governs(f.Trigger))
                    && !(sentencePairs.Count > 0 && sentencePairs.All(p => IsOtherSidesTransfer(speaking, p.Supplier, p.Recipient))))
                {
                    continue;
                }
                // "The embassy said China had never provided weapons, calling the accusations groundless": the accusations
                // it calls groundless are of the transfer it denies in the same sentence, not of the one in focus. "confirmed
                // that Peru had bought drones from Israel, but rejected the Chileans' account": what a speaker who tells a
                // transfer in the sentence rejects is something else said of it.
                if (FocusStance(attribution) == StanceValue.Denies && speakers.Any(other => other != speaking && other.Actor == actor
                    && reading.Frames.Any(f => other.Attribution.Governs(f.Trigger))))
                {
                    continue;
                }
                if (FocusStance(attribution) is not { } value)
                {
                    // Only one who asserts something of the goods supports their transfer; one who declines to discuss them does not,
                    // nor one who in the same sentence denies or will not confirm it ("rejected the claim, saying the cargo held
                    // no aircraft").
                    if (attribution.Cue == Cue.Asserts && !speakers.Any(other => other != speaking && other.Actor == actor
                            && other.Attribution.Cue is Cue.Denies or Cue.Neutral))
                    {
                        var before = findings.Count;
                        GoodsInFocus(reading, attribution, pairs, actor, evidence, findings);
                        if (findings.Count == before)
                        {
                            SidesOfATransferToldBefore(reading, attribution, pairs, actor, evidence, findings);
                        }
                    }
                    if (attribution.Cue == Cue.Asserts) AccuserOfTheSupplier(reading, attribution, pairs, actor, evidence, findings);
                    continue;
                }
                // "Iran denied directing the attacks", "accusations of killing civilians, which the army rejects": what the
                // speaker denies is said, and it is no transfer.
                if (value == StanceValue.Denies && DeniesSomethingElse(reading, attribution)) continue;
                // "The agency admitted that its audit had not covered every contract": what it confirms is said, and it is no
                // transfer and names no goods. What it calls accurate, or does not contest, is the claim in focus.
                var standsBy = attribution.Rules.Contains("stands-by-the-claim");
                if (value == StanceValue.Supports && !standsBy && ConfirmsSomethingElse(reading, attribution)) continue;
                // A denial or a refusal reaches every transfer of the speaker's side; a confirmation only the one told last. The
                // outlet that could not verify speaks of its story's main claim, the one its sources spoke of most.
                var unverified = value == StanceValue.Neutral && actor == outlet && pairs.Count > 0;
                // "An aide, asked about the article, said the office never discusses ...": the refusal answers the
                // story's main claim.
                var askedAbout = value == StanceValue.Neutral && pairs.Count > 0 && IsAskedAboutTheClaim(sentence.Tree!, attribution.Verb);
                var focused = unverified || askedAbout ? [MainClaim(pairs, findings)] : Focus(pairs, actor);
                // A body that will not comment speaks for its own side's transfer; of another's it was asked nothing. A news outlet
                // that could not verify a transfer speaks of the one it reports.
                if (value == StanceValue.Neutral && actor.Kind is not (ActorKind.Person or ActorKind.Media))
                {
                    focused = focused.Where(p => IsPartyTo(actor.Affiliation, p.Supplier, p.Recipient)).ToList();
                }
                // "The Russian embassy in Yaoundé declined to comment": an embassy's refusal answers for its state's transfer with
                // the state it sits in, when the story tells one.
                if (value == StanceValue.Neutral && HostState(actor) is { } host
                    && focused.Where(p => IsPartyTo(host, p.Supplier, p.Recipient)).ToList() is [_, ..] hosted)
                {
                    focused = hosted;
                }
                // A side denies what it is accused of: a side, or an armed group and the state it rules or fights from, that is
                // no party to the transfer in focus denies another.
                // "Russia's ambassador also dismissed the report": a side that is party to no transfer told, denying "also",
                // joins the denial before it, of the transfer in focus.
                var joinsADenial = value == StanceValue.Denies && actor.Affiliation is { } third && IsAlso(sentence.Tree!, attribution.Verb)
                    && !pairs.Any(p => IsPartyTo(third, p.Supplier, p.Recipient)
                        || IsPartyTo(Lexicon.GroupHomes.GetValueOrDefault(third), p.Supplier, p.Recipient));
                if (value == StanceValue.Denies && actor.Affiliation is { } side && !joinsADenial)
                {
                    focused = focused.Where(p => IsPartyTo(side, p.Supplier, p.Recipient)
                        || IsPartyTo(Lexicon.GroupHomes.GetValueOrDefault(side), p.Supplier, p.Recipient)).ToList();
                }
                // "Declined to comment on the vehicles", "rejected the missile claim": of the transfers in focus, those of the
                // goods named.
                bool IsNamedHere(WeaponMention goods) => IsSameGoodsNamed(reading, goods);
                bool OfTheGoods(Pair pair) => pair.Goods.Any(IsNamedHere);
                if (focused.Where(OfTheGoods).ToList() is [_, ..] ofTheGoods)
                {
                    focused = ofTheGoods;
                }
                else if (value != StanceValue.Neutral && pairs.LastOrDefault(OfTheGoods) is { } lastOfTheGoods)
                {
                    focused = [lastOfTheGoods];
                }
                // A denial or a refusal reaches every transfer of the speaker's side in the role its side has in the last one
                // told: every sale of a supplier, or every delivery to a recipient, not both; a confirmation only the last.
                var reached = value == StanceValue.Supports || focused.Count == 0 ? focused.TakeLast(1)
                    : focused.Where(p => (p.Supplier == actor.Affiliation) == (focused[^1].Supplier == actor.Affiliation));
                foreach (var focus in reached)
                {
                    // Without goods of its own, a confirmation or a refusal goes to the transfer's main claim; a denial of "the
                    // reports" answers every kind of goods they told (rule bare-denial-answers-every-kind; four dev2 passages).
                    var rules = new List<string>(attribution.Rules)
                    {
                        unverified ? "outlet-on-the-main-claim" : askedAbout ? "asked-about-the-claim" : "stance-on-transfer-in-focus",
                    };
                    if (joinsADenial) rules.Add("also-denies-with-the-one-before");
                    if (value == StanceValue.Denies && DeniesBreakingAnEmbargo(sentence.Tree!, attribution.Verb))
                    {
                        rules.Add("denies-breaking-the-embargo");
                    }
                    var goods = focus.Goods.Where(g => !g.CatchAll && IsNamedHere(g)).Take(1).ToList();
                    if (goods.Count == 0 && value == StanceValue.Denies)
                    {
                        goods = [.. focus.Goods.Where(g => !g.CatchAll).DistinctBy(g => g.Category)];
                        // "rejected that claim": one claim, the one told last, and the kinds it named.
                        var lastTold = focus.LastTold.Where(g => !g.CatchAll).DistinctBy(g => g.Category).ToList();
                        if (goods.Count > lastTold.Count && lastTold.Count > 0 && AnswersOneClaim(sentence.Tree!, attribution.Verb))
                        {
                            (goods, rules) = (lastTold, [.. rules, "one-claim-answers-what-was-told-last"]);
                        }
                        if (goods.Count > 1) rules.Add("bare-denial-answers-every-kind");
                    }
                    findings.Add(new StanceFinding(focus.Supplier, focus.Recipient, goods.Count > 0 ? goods : MainGoods(focus),
                        focus.Quantity, actor, value, evidence, 0.6, rules));
                }
            }
            // "CLAIM: A video shows shells bound for Ukraine. RATING: FALSE": the outlet's rating is its stance on what the claim tells.
            if (sentence.IsCheckedClaim && outlet is not null && story.Verdict is { } verdict)
            {
                var rated = new EvidenceSpan(story.Document.Text[verdict.Start..verdict.End], verdict.Start, verdict.End);
                foreach (var pair in sentencePairs.Distinct())
                {
                    findings.Add(new StanceFinding(pair.Supplier, pair.Recipient, MainGoods(pair), pair.Quantity, outlet,
                        RatingStance(verdict.Rating), rated, 0.7, ["fact-check-verdict"]));
                }
            }
            // "Q: Reports say Israel sold Chile helicopters. A: No.": a bare yes or no answers the transfers the question told.
            if (sentence.Turn == DialogueTurn.Question)
            {
                if (asked.Count > 0 && asked[^1].Paragraph != sentence.Paragraph) asked.Clear();
                asked.AddRange(sentencePairs.Select(p => (sentence.Paragraph, p)));
            }
            else if (sentence.Turn == DialogueTurn.Answer && BareAnswer(story.Document.Text, sentence) is { } answer
                && Answerer(sentence, book, ref interviewee) is { } answerer)
            {
                foreach (var (_, pair) in asked)
                {
                    findings.Add(new StanceFinding(pair.Supplier, pair.Recipient, MainGoods(pair), pair.Quantity, answerer, answer,
                        evidence, 0.6, ["bare-answer-to-the-question"]));
                }
                asked.Clear();
            }
            lastGroup = reading.Mentions.Places.LastOrDefault(p => !p.IsState)?.Canonical ?? lastGroup;
            stating = speakers.FirstOrDefault(s => s.Attribution.Rules.Contains("statement-given"))?.Actor
                ?? (IsSeparator(story.Document.Text, sentence) ? null : stating);
            // The one who speaks, not the author of a report the sentence names: "opposes the EU's accusations," Xu said; one who
            // calls a claim a lie speaks on too ('"This is a lie," X said. "No drones have come."').
            bool SpeaksBy(Speaking s, Cue cue) => s.Attribution.Cue == cue && sentence.Tree![s.Attribution.Verb].Upos == "VERB";
            if ((speakers.FirstOrDefault(s => SpeaksBy(s, Cue.Asserts)) ?? speakers.FirstOrDefault(s => SpeaksBy(s, Cue.Denies)))
                is { } current)
            {
                paragraphSpeaker = (sentence.Paragraph, current.Actor);
            }
        }
        return [.. findings.SelectMany(EachStateSpeaking).Select(f => f with { Actor = book.Final(f.Actor) })];
    }

    // "Both governments deny it": governments of no side named are the states the transfer names, each speaking for itself.
    private static IEnumerable<StanceFinding> EachStateSpeaking(StanceFinding finding) =>
        finding.Actor is { Kind: ActorKind.Government, Affiliation: null, Name: "governments" or "countries" }
        && new[] { finding.Supplier, finding.Recipient }.Where(IsStateName).Distinct().ToList() is [_, ..] states
            ? states.Select(state => finding with
            {
                Actor = new ExtractedActor(state, ActorKind.Government, null, state),
                Rules = [.. finding.Rules, "governments-are-the-states-told"],
            })
            : [finding];

    // Neither a quotation, nor an interviewer's question, nor the claim a fact check rates: the outlet's own words.
    // "The claims spread by some media about the transfer of drones are a fabrication", "reports that Iran had sent drones": a
    // transfer told as what a claim says is that claim's, not the outlet's own word.
    private static bool IsToldAsAClaim(ParsedSentence tree, int trigger)
    {
        for (var (word, step) = (tree[trigger], 0); word.Head > 0 && step < 3; word = tree[word.Head], step++)
        {
            if (word.Relation.Split(':')[0] is not ("nmod" or "obl" or "acl" or "ccomp")) return false;
            if (tree[word.Head] is { Upos: "NOUN" } noun && Lexicon.ClaimNouns.Contains(noun.Lemma)) return true;
        }
        return false;
    }

    private static bool IsInTheOutletsVoice(StorySentence sentence) =>
        !sentence.InQuotation && sentence.Turn != DialogueTurn.Question && !sentence.IsCheckedClaim;

    private static StanceValue RatingStance(FactCheckRating rating) => rating switch
    {
        FactCheckRating.False => StanceValue.Denies,
        FactCheckRating.True => StanceValue.Supports,
        _ => StanceValue.Neutral,
    };

    // An answer of one word: "No." denies, "Yes." supports.
    private static StanceValue? BareAnswer(string text, StorySentence sentence) =>
        text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd(".!").ToString().ToLowerInvariant() switch
        {
            "no" => StanceValue.Denies,
            "yes" => StanceValue.Supports,
            _ => null,
        };

    // "* * *", "-0-": a line without a word ends what a statement says.
    private static bool IsSeparator(string text, StorySentence sentence)
    {
        // Read in place: every sentence of every article is looked at, and a copy of each is not needed.
        foreach (var c in text.AsSpan(sentence.Start, sentence.End - sentence.Start))
        {
            if (char.IsLetter(c)) return false;
        }
        return true;
    }

    // "Rejected that claim", "called the report false": a denial of one claim named again, not of "the reports".
    private static bool AnswersOneClaim(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation == "obj" && Lexicon.SingleClaimNouns.Contains(d.Lemma)
            && d.Form.Equals(d.Lemma, StringComparison.OrdinalIgnoreCase)
            && tree.Dependents(d.Index).Any(det => det.Relation == "det" && det.Lemma is "the" or "this" or "that"));

    // The clause a denial, or the claim it answers, spells out: "denied directing the attacks", "rejected any suggestion
    // that its territory was used", "accusations of killing civilians". Said, and holding no transfer, it is what is denied.
    // A verb hung on the charge it answers: "a charge that Caracas rejects", "which Caracas denies".
    private static bool IsAnswerToACharge(ParsedSentence tree, int verb) =>
        tree[verb].Relation == "acl:relcl"
        && (Lexicon.ClaimNouns.Contains(tree[tree[verb].Head].Lemma)
            || tree.Dependents(verb).Any(d => d.Relation == "obj" && d.Lemma == "which"));

    private static bool DeniesSomethingElse(SentenceReading reading, Attribution.Attribution attribution)
    {
        var tree = reading.Sentence.Tree!;
        // "has in the past called similar reports absurd": reports like this one are others, and so is what their denial denies.
        if (AnswersSimilarClaims(tree, attribution.Verb)) return true;
        // "the charge that France is fuelling an arms race is unfounded": what a speaker calls false may be spelled out too.
        if (attribution.Rules.Contains("calls-it-false"))
        {
            var charges = attribution.Scope
                .Where(w => Lexicon.ClaimNouns.Contains(tree[w].Lemma) && TreeExtensions.Is(tree[w].Relation, "nsubj"))
                .SelectMany(w => tree.Dependents(w)).Where(d => IsContentClause(tree, d) && IsVerbOfNoTransfer(d)).ToList();
            return charges.Count > 0 && !charges.Any(c => HoldsAFrame(reading, c));
        }
        // Only a verb of denial spells out what it denies; "said the group needs nothing from anyone" denies by what is said.
        if (!Lexicon.DenialVerbs.Contains(tree[attribution.Verb].Lemma)) return false;
        // "..., a charge Algiers denies", "..., which Caracas denies": a denial hung on the sentence it answers denies what
        // that sentence said, and it told no transfer.
        if (reading.Frames.Count == 0 && IsAnswerToACharge(tree, attribution.Verb)) return true;
        var answered = tree.Dependents(attribution.Verb).Where(d => d.Relation == "obj" && Lexicon.ClaimNouns.Contains(d.Lemma))
            .Select(d => d.Index).Append(tree[attribution.Verb].Relation == "acl:relcl" ? tree[attribution.Verb].Head : 0);
        // Not a participle with its agent ("dismissed the report as fake news spread by Western services"), which says who
        // put the claim about, however the parser hung it.
        var clauses = tree.Dependents(attribution.Verb).Where(d => d.Relation is "ccomp" or "xcomp")
            .Concat(answered.Where(a => a > 0).SelectMany(a => tree.Dependents(a)).Where(d => d.Relation == "acl"))
            .Where(d => IsVerbOfNoTransfer(d) && !tree.Dependents(d.Index).Any(a => a.Relation == "obl:agent")
                && !BreaksAnEmbargo(tree, d.Index))
            .ToList();
        return clauses.Count > 0 && !clauses.Any(c => HoldsAFrame(reading, c));
    }

    // "denied breaching the embargo", "rejected claims it had violated the arms embargo on Libya": breaking an embargo is
    // arming the side it covers.
    private static bool BreaksAnEmbargo(ParsedSentence tree, int verb) =>
        Lexicon.BreachingVerbs.Contains(tree[verb].Lemma) && tree.Children(verb, "obj").Any(o => o.Lemma == "embargo");

    // A denial whose clause breaks an embargo.
    private static bool DeniesBreakingAnEmbargo(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation is "ccomp" or "xcomp" && BreaksAnEmbargo(tree, d.Index));

    // The claims a verb answers, its object or the noun its relative clause describes, when one of them is said to be like another.
    private static bool AnswersSimilarClaims(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Where(d => d.Relation == "obj").Select(d => d.Index)
            .Append(tree[verb].Relation == "acl:relcl" ? tree[verb].Head : 0)
            .Any(n => n > 0 && Lexicon.ClaimNouns.Contains(tree[n].Lemma)
                && tree.Dependents(n).Any(d => d.Relation == "amod" && d.Lemma == "similar"));

    // "the charge that Kenya is fuelling the war": the parser may take the clause for a relative one; a relative clause
    // lacks a subject or an object of its own ("the charge that Kenya denies"), what a charge says has both.
    private static bool IsContentClause(ParsedSentence tree, SyntaxWord clause) =>
        clause.Relation == "acl" || (clause.Relation == "acl:relcl"
            && tree.Dependents(clause.Index).Any(d => d.Relation == "nsubj" && d.Upos != "PRON")
            && tree.Dependents(clause.Index).Any(d => d.Relation == "obj" && d.Upos != "PRON"));

    private static bool IsVerbOfNoTransfer(SyntaxWord word) =>
        word.Upos == "VERB" && !Lexicon.TransferVerbs.ContainsKey(word.Lemma) && !Lexicon.UseVerbs.Contains(word.Lemma);

    private static bool HoldsAFrame(SentenceReading reading, SyntaxWord clause) =>
        reading.Sentence.Tree!.Subtree(clause.Index).Any(w => reading.Frames.Any(f => f.Trigger == w));

    private static bool ConfirmsSomethingElse(SentenceReading reading, Attribution.Attribution attribution)
    {
        var tree = reading.Sentence.Tree!;
        var clauses = tree.Dependents(attribution.Verb).Where(d => d.Relation == "ccomp").ToList();
        return clauses.Count > 0 && clauses.All(c => tree.Subtree(c.Index).All(w => !reading.Frames.Any(f => f.Trigger == w)
            && !reading.Mentions.Weapons.Any(g => g.Covers(w))));
    }

    // "..., Baloch told the state news agency, the Karachi daily reported": an outlet whose verb trails both the transfer and
    // another speaker's verb over it carries that speaker's words; it speaks only when no one else does. Not "said on Monday,
    // after a newspaper reported that ...": what an outlet's verb introduces is the outlet's own.
    private static bool RelaysAnother(List<Speaking> speakers, Speaking outlet, int trigger) =>
        outlet.Actor.Kind == ActorKind.Media && outlet.Attribution.Verb > trigger
        && speakers.Any(other => other.Actor.Kind != ActorKind.Media && other.Attribution.Verb < outlet.Attribution.Verb
            && other.Attribution.Governs(trigger));

    // "According to X" hung from this speaker's verb ("according" is the case of X, X an oblique of the verb): X relays what
    // the speaker says.
    private static bool IsRelayedBy(List<Speaking> speakers, ParsedSentence tree, Speaking speaker) =>
        speakers.Any(other => other != speaker && other.Attribution.Rules.Contains("according-to")
            && tree[other.Attribution.Verb].Head is var source and > 0
            && (source == speaker.Attribution.Verb || tree[source].Head == speaker.Attribution.Verb));

    // A body that will not comment, of a transfer its own side is no party to.
    private static bool IsOtherSidesTransfer(Speaking speaking, string supplier, string recipient) =>
        speaking.Attribution.Cue == Cue.Neutral && speaking.Actor.Kind != ActorKind.Person && speaking.Actor.Affiliation is { } side
        && !IsPartyTo(side, supplier, recipient);

    // "The vehicles" are the "armoured vehicles" told before: the same kind, or the same word for goods.
    private static bool IsSameGoods(WeaponMention named, WeaponMention told) =>
        (!named.CatchAll && named.Category == told.Category)
        || told.Text.TrimEnd('s').EndsWith(named.Text.Split(' ')[^1].TrimEnd('s'), StringComparison.OrdinalIgnoreCase);

    // "Slovak firms continue to sell shells to Ukraine, and a Ukrainian spokesman said ...": a main clause of its own, with the
    // speech only in a clause joined after it, is the outlet's.
    private static bool IsOwnClauseBeforeSpeech(ParsedSentence tree, int trigger, IReadOnlyList<Attribution.Attribution> attributions)
    {
        var clause = trigger;
        while (tree[clause].Relation == "xcomp") clause = tree[clause].Head;
        // A clause the parser hung as an aside of no word of speech is still a main clause.
        var main = tree[clause].Head == 0
            || (tree[clause].Relation == "parataxis" && tree[tree[clause].Head] is var aside
                && !(aside.Upos == "VERB" && Lexicon.IsSpeechOrDenial(aside.Lemma)));
        return tree[trigger].Upos == "VERB" && main && attributions.Count > 0
            && attributions.All(a => a.Verb > trigger && tree[a.Verb] is { Relation: "conj" } verb && verb.Head == clause)
            && tree.Words.Where(w => w.Upos == "VERB" && Lexicon.IsSpeechOrDenial(w.Lemma))
                .All(w => attributions.Any(a => a.Verb == w.Index));
    }

    // "The accusation could not be independently verified": a claim no one is said to have failed to verify is one the outlet
    // could not, and it leaves the claim open.
    private static Attribution.Attribution? UnverifiedClaim(StorySentence sentence)
    {
        if (sentence.Tree is not { } tree) return null;
        var verb = tree.Words.FirstOrDefault(w => w.Upos == "VERB" && Lexicon.ConfirmingVerbs.Contains(w.Lemma) && w.Relation is "root"
            && tree.Dependents(w.Index).Any(d => d.Relation == "aux:pass")
            && tree.Dependents(w.Index).Any(d => Lexicon.NegationWords.Contains(d.Lemma.ToLowerInvariant()))
            && !tree.Dependents(w.Index).Any(d => d.Relation == "obl:agent"));
        if (verb is null || tree.Child(verb.Index, "nsubj:pass") is not { } claim || !Lexicon.ClaimNouns.Contains(claim.Lemma)) return null;
        // The outlet speaks, not a word of the sentence: the phrase only holds the place of a speaker the reader resolves.
        var speaker = new ActorPhrase(claim.Index, claim.Lemma, ActorKind.Media, null, null, ActorReference.Role);
        return new Attribution.Attribution(sentence, verb.Index, speaker, Cue.Neutral, tree.Subtree(claim.Index).ToHashSet(),
            ["unverified-by-the-outlet"]);
    }

    // "According to a joint statement", "has not commented on the delivery": a sentence that speaks of someone speaking is
    // theirs, though the reader finds no speaker in it.
    // "has supplied shells ..., but has refused to part with its missiles, saying they are needed": what the side giving
    // says as it does so is said of something else, and the transfer is the outlet's to tell.
    private static bool HasWordOfSpeech(ParsedSentence tree, int trigger) =>
        tree.Words.Any(w => (w.Form.Equals("according", StringComparison.OrdinalIgnoreCase) && !IsRecords(tree, w.Head))
            || (w.Upos == "VERB" && Lexicon.IsSpeechOrDenial(w.Lemma) && !(tree.Child(w.Index, "nsubj") is { } subject
                && IsRecords(tree, subject.Index)) && !IsThingsShown(tree, w.Index)
                && !(w.Relation == "advcl" && w.Form.EndsWith("ing", StringComparison.Ordinal) && tree.Dominates(trigger, w.Index))));

    // "The tanks reached Taiwan and were shown to reporters": a verb of speech in the passive with no clause of its own says
    // what was done with things, not what anyone said; "accused of receiving", "charged with transporting" are charges.
    private static bool IsThingsShown(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation == "aux:pass")
        && !tree.Dependents(verb).Any(d => d.Relation.Split(':')[0] is "ccomp" or "xcomp" or "advcl" or "parataxis" or "csubj" or "expl"
            || tree.CaseOf(d.Index) is "of" or "with");

    // "Customs records show ...", "according to customs data": records no one is said to have made or read are the outlet's
    // own evidence, not another's speech.
    private static bool IsRecords(ParsedSentence tree, int word) =>
        word > 0 && Lexicon.DocumentNouns.Contains(tree[word].Lemma)
        && !tree.Dependents(word).Any(d => d.Relation.StartsWith("nmod", StringComparison.Ordinal)
            || d.Relation is "acl" or "acl:relcl" || d.Upos is "PROPN" || (d.Relation == "det" && d.Lemma is "the" or "this" or "these"));

    // The goods of a transfer's main claim: the first named kind, else the first word for goods.
    // Goods a word for goods of no kind reaches: "weapons" any, "missiles" missiles alone (air defence fires them too).
    private static bool IsOfTheWord(WeaponMention goods, WeaponMention word) =>
        !word.Text.Contains("missile", StringComparison.OrdinalIgnoreCase)
        || goods.Category.Contains("missile", StringComparison.Ordinal) || goods.Category == Categories.AirDefence;

    private static IReadOnlyList<WeaponMention> MainGoods(Pair pair) =>
        pair.Goods.Where(g => !g.CatchAll).Take(1).DefaultIfEmpty(pair.Goods.FirstOrDefault()).OfType<WeaponMention>().ToList();

    // The subject of the sentence's main verb, as a speaker would be named.
    private static ActorPhrase? SubjectOfTheSentence(SentenceReading reading) =>
        reading.Sentence.Tree is { } tree && tree.Words.FirstOrDefault(w => w.Relation == "nsubj" && w.Head > 0 && tree[w.Head].Head == 0)
            is { } subject
            ? ActorNames.Name(reading.Mentions, subject.Index)
            : null;

    // "We assess that ...", "Atlas could not verify the account": outside quotation marks, the writer's "we", and the outlet's
    // name or the first words of it, are the outlet.
    // "Estonia's Internal Security Service", "the Defence Ministry": a state body's name, capitalised, headed by a word for
    // such bodies.
    private static IEnumerable<ActorPhrase> BodiesNamed(SentenceReading reading) =>
        reading.Sentence.Tree is not { } tree ? [] : tree.Words
            // The tagger reads a name's head word as a common noun as often as not ("the UN Panel of Experts on Yemen").
            .Where(w => ((w.Upos == "PROPN" || (w.Upos == "NOUN" && w.Index > 1)) && w.Relation is not ("compound" or "flat")
                    && char.IsUpper(w.Form[0])
                    && (Lexicon.GovernmentHeads.Contains(w.Lemma.ToLowerInvariant())
                        || Lexicon.OrganisationHeads.Contains(w.Lemma.ToLowerInvariant())))
                // "a report in the Moscow daily Severny Kurier": an outlet named after the noun that says it is one.
                || (w.Upos == "NOUN" && Lexicon.MediaHeads.Contains(w.Lemma.ToLowerInvariant())
                    && tree.Children(w.Index, "appos").Any(a => a.Upos == "PROPN")))
            .Select(w => ActorNames.Name(reading.Mentions, w.Index))
            .Where(p => p is { Kind: ActorKind.Government or ActorKind.Organisation or ActorKind.Media, Reference: ActorReference.Named }
                && p.Name.Contains(' '))
            .Concat(DescribedBodies(reading))
            .OfType<ActorPhrase>();

    // "the research group Open Ordnance Trace", "Rila Munitions, a Bulgarian ammunition maker": a body named with a
    // description of it, whom "the group" or "the company" names again.
    private static IEnumerable<ActorPhrase?> DescribedBodies(SentenceReading reading) =>
        reading.Sentence.Tree is not { } tree || !tree.Words.Any(IsGroupOrCompanyNoun) ? [] : tree.Words
            .Where(w => (w.Upos == "PROPN" && w.Relation is not ("compound" or "flat"))
                || IsGroupOrCompanyNoun(w))
            .Select(w => ActorNames.Name(reading.Mentions, w.Index))
            .Where(p => p is { Kind: ActorKind.Organisation, Reference: ActorReference.Named, Role: { } role }
                && role.Split(' ')[^1].ToLowerInvariant() is var head
                && (Lexicon.GroupNouns.Contains(head) || Lexicon.CompanyNouns.Contains(head)));

    private static bool IsGroupOrCompanyNoun(SyntaxWord word) =>
        word.Upos == "NOUN" && (Lexicon.GroupNouns.Contains(word.Lemma) || Lexicon.CompanyNouns.Contains(word.Lemma));

    // "dismissed a claim that howitzers sold to Poland had been re-exported", "weapons given to the army could end up with
    // militias, a charge the army rejects": a denial answers what is said of the goods, not the sale a participle describes
    // them by.
    private static bool DeniesOnlyWhatIsSaidOfTheGoods(Cue cue, TransferFrame frame) =>
        cue == Cue.Denies && frame.Rules.Any(r => r is "participle-of-goods" or "relative-clause-goods");

    // "The spokesman, Col. Pablo Rojas, later showed reporters the tanks": a person named with a role, though not as a speaker.
    // The subjects of a sentence, and whom it says someone spoke to: "We spoke by video link to Colonel Thura, a brigade
    // commander", "in an interview with General Okoro, the army's chief", as an interview's introduction names the one answering.
    private static IEnumerable<ActorPhrase> PeopleNamedWithRoles(SentenceReading reading) =>
        reading.Sentence.Tree is not { } tree ? [] : tree.Words
            .Where(w => (w.Relation is "nsubj" or "nsubj:pass" || IsSpokenTo(tree, w) || IsHeardFrom(tree, w))
                && w.Upos is "NOUN" or "PROPN"
                && !reading.Attributions.Any(a => a.Speaker.Head == w.Index))
            .Select(w => ActorNames.Name(reading.Mentions, w.Index))
            .Where(p => p is { Kind: ActorKind.Person, Reference: ActorReference.Named, Role: { } role } && IsPersonsRole(role))
            .OfType<ActorPhrase>();

    // "The sharpest reply came from Lt. Gen. X", "a statement signed by Ambassador X": a person whose words the sentence tells.
    private static bool IsHeardFrom(ParsedSentence tree, SyntaxWord word) =>
        word.Relation == "obl:agent" || (word.Relation == "obl" && tree.CaseOf(word.Index) == "from");

    // "spoke to X", "an interview with X", and "spoke by video link to X", hung from the phrase before it.
    private static bool IsSpokenTo(ParsedSentence tree, SyntaxWord word)
    {
        if (word.Relation is not ("obl" or "nmod") || tree.CaseOf(word.Index) is not ("to" or "with") || word.Head == 0) return false;
        var head = tree[word.Head];
        if (head is { Upos: "NOUN", Relation: "obl" or "nmod" } && !Lexicon.SpeechNouns.Contains(head.Lemma)) head = tree[head.Head];
        return (head.Upos == "VERB" && (Lexicon.ConversationVerbs.Contains(head.Lemma) || Lexicon.IsSpeechOrDenial(head.Lemma)))
            || (head.Upos == "NOUN" && Lexicon.SpeechNouns.Contains(head.Lemma));
    }

    // "army spokesman", "director general of air operations": a role a person holds, not "the IRIS-T batteries".
    private static bool IsPersonsRole(string role) => role.Split(" of ")[0].Split(' ')
        .Any(word => Lexicon.PersonRoles.Contains(word) || Lexicon.OfficialHeads.Contains(word));

    // "In Minsk, the foreign ministry said": a state's body named without its side, in a sentence that opens in a state's
    // capital, is that state's; one named by its own name ("In Belgrade, the Ministry of Trade said") keeps the name.
    private static ActorPhrase FromTheCapital(SentenceReading reading, ActorPhrase speaker) =>
        speaker is { Kind: ActorKind.Government or ActorKind.Officials, Reference: ActorReference.Named, Affiliation: null }
        && reading.Sentence.Tree is { } tree && tree.Words.Count > 3 && tree[1].Lemma == "in"
        && reading.Mentions.Places.FirstOrDefault(p => p.First == 2 && p.Form == PlaceForm.Capital) is { } capital
        && capital.Last < tree.Words.Count && tree[capital.Last + 1].Form == ","
        && Places.DemonymOf(capital.Canonical) is { } demonym
            ? speaker with
            {
                Name = speaker.Name.Any(char.IsUpper) ? speaker.Name : $"{demonym} {speaker.Name}", Affiliation = capital.Canonical,
            }
            : speaker;

    private static ExtractedActor? Resolve(
        ActorBook book, Attribution.Attribution attribution, StorySentence sentence, ExtractedActor? outlet) =>
        outlet is not null && !sentence.InQuotation
            && (attribution.Speaker is { Reference: ActorReference.Pronoun, Name: "we" } || NamesTheOutlet(attribution.Speaker, outlet))
            ? outlet
            : book.Resolve(attribution.Speaker, sentence.Paragraph, attribution.Document);

    private static bool NamesTheOutlet(ActorPhrase speaker, ExtractedActor outlet) =>
        speaker.Reference == ActorReference.Named
        && (outlet.Name.Equals(speaker.Name, StringComparison.OrdinalIgnoreCase)
            || outlet.Name.StartsWith(speaker.Name + " ", StringComparison.OrdinalIgnoreCase));

    private static StanceValue? Value(Cue cue, bool negated) => cue switch
    {
        Cue.Neutral => StanceValue.Neutral,
        Cue.Denies => StanceValue.Denies,
        Cue.Unsaid => null,
        _ => negated ? StanceValue.Denies : StanceValue.Supports,
    };

    // Denying, confirming or declining to comment need no retelling; asserting does.
    // One who declines to comment is a neutral source on the claim its side is party to (StanceReader.Read narrows the focus).
    private static StanceValue? FocusStance(Attribution.Attribution attribution) => attribution.Cue switch
    {
        Cue.Denies => StanceValue.Denies,
        Cue.Neutral => StanceValue.Neutral,
        // "The report, by the news site X, cited unnamed sources": the named author of a report told before stands by it.
        _ when attribution.Document is { Definite: true } document && Lexicon.ClaimNouns.Contains(document.Lemma)
            && attribution.Speaker.Reference == ActorReference.Named && attribution.Sentence.Tree![attribution.Verb].Upos == "VERB"
            => StanceValue.Supports,
        // "The charge, voiced by the spokesman, ...": whoever made the claim told before stands by it.
        _ when attribution.Rules[0] == "claim-voiced-by" => StanceValue.Supports,
        // "did not dispute the figures", "called the figures accurate": who does not contest the claim in focus stands by it.
        _ when attribution.Rules.Contains("stands-by-the-claim") => StanceValue.Supports,
        // "if confirmed" confirms nothing.
        _ when Lexicon.ConfirmingVerbs.Contains(attribution.Sentence.Tree![attribution.Verb].Lemma)
            && !attribution.Sentence.Tree.Dependents(attribution.Verb)
                .Any(d => d.Relation == "mark" && Lexicon.ConditionWords.Contains(d.Lemma))
            => StanceValue.Supports,
        _ => null,
    };

    // "Photographs obtained by El Faro Austral show the carriers": a speaker who asserts something of goods a transfer in
    // focus is about supports that transfer.
    private static void GoodsInFocus(SentenceReading reading, Attribution.Attribution attribution, List<Pair> pairs, ExtractedActor actor,
        EvidenceSpan evidence, List<StanceFinding> findings)
    {
        // Not goods said to be made ("the vehicles were made in the group's own plants"): that answers the claim, not backs it;
        // nor goods pledged or offered ("has pledged further IRIS-T systems for next year"): a plan backs no transfer.
        var tree = reading.Sentence.Tree!;
        var goods = reading.Mentions.Weapons.Where(w => attribution.Governs(w.Last) && !w.CatchAll && IsParticular(reading, w)
            && !(tree[w.PhraseHead(tree)] is { Head: > 0 } head && tree[head.Head].Lemma is var verb
                && (Lexicon.MakingVerbs.Contains(verb) || Lexicon.PlanWords.Contains(verb)))).ToList();
        var rules = new List<string>(attribution.Rules) { "speaker-on-goods-in-focus" };
        bool OfTheGoods(Pair p) => p.Goods.Any(g => goods.Any(w => IsOfTheKind(w, g)));
        bool Own(Pair p) => IsPartyTo(actor.Affiliation, p.Supplier, p.Recipient);
        var ofTheGoods = pairs.Where(OfTheGoods).ToList();
        if ((ofTheGoods.LastOrDefault(Own) ?? (ofTheGoods.Count > 0 ? MainClaim(ofTheGoods, findings) : null)) is { } focus
            && !goods.Where(w => focus.Goods.Any(g => IsOfTheKind(w, g))).All(w => IsOfAnotherSide(reading, w, focus)))
        {
            if (Own(focus)) rules.Add("speakers-own-transfer");
            var named = goods.First(w => focus.Goods.Any(g => IsOfTheKind(w, g)));
            // Goods said not to be there support nothing.
            if (IsNegatedUnder(reading.Sentence.Tree!, named.Last, attribution.Verb)) return;
            // "The aircraft" stand for the drones told: the finding names the drones.
            var kind = focus.Goods.Any(g => g.Category == named.Category) ? named : focus.Goods.First(g => IsOfTheKind(named, g));
            // "consistent with a Pantsir", "I cannot rule out a radar": goods only like the kind leave the transfer open.
            var hedged = PhraseHeads.Of(tree, Lexicon.IdentificationHedges).Any(attribution.Governs);
            if (hedged) rules.Add("goods-only-like-the-kind");
            findings.Add(new StanceFinding(focus.Supplier, focus.Recipient, [kind], focus.Quantity, actor,
                hedged ? StanceValue.Neutral : StanceValue.Supports, evidence, 0.5, rules));
        }
        // '"These weapons will help us," the minister said': the goods just told, named again by a word for any goods.
        // '"The drones are at the front now," the minister said': the goods just told are where they were sent.
        else if (pairs.Count > 0 && (reading.Mentions.Weapons.Any(w => w.CatchAll && attribution.Governs(w.Last)
            && reading.Sentence.Tree!.Dependents(w.Last).Any(d => d.Relation == "det" && d.Lemma is "this" or "these" or "the"))
            || IsAtItsDestination(reading, attribution, pairs[^1]) || NamesTheGoodsAgain(reading, attribution, pairs[^1])))
        {
            var last = pairs[^1];
            findings.Add(new StanceFinding(last.Supplier, last.Recipient, MainGoods(last), last.Quantity, actor, StanceValue.Supports,
                evidence, 0.5, rules));
        }
    }

    // '"India is filling Armenian arsenals with offensive weapons," the spokesman said': a speaker who names goods and both
    // sides of a transfer told before, in quoted words that tell no transfer, deny nothing and speak of no might-be, supports it
    // ("Rwanda arms the M23", with "arms" read as a noun, too).
    private static void SidesOfATransferToldBefore(SentenceReading reading, Attribution.Attribution attribution, List<Pair> pairs,
        ExtractedActor actor, EvidenceSpan evidence, List<StanceFinding> findings)
    {
        var tree = reading.Sentence.Tree!;
        if (reading.Frames.Count > 0 || tree.Words.Any(w => Lexicon.NegationWords.Contains(w.Lemma)
            || (w.Upos == "AUX" && Lexicon.ModalVerbs.Contains(w.Lemma)))) return;
        var named = reading.Mentions.Places.Where(p => attribution.Governs(p.Last) && IsQuoted(reading.Sentence, p.Last))
            .Select(p => p.Canonical).ToHashSet();
        if (!reading.Mentions.Weapons.Any(w => attribution.Governs(w.Last) && IsQuoted(reading.Sentence, w.Last))) return;
        if (pairs.LastOrDefault(p => named.Contains(p.Supplier) && named.Contains(p.Recipient)) is not { } told) return;
        findings.Add(new StanceFinding(told.Supplier, told.Recipient, MainGoods(told), told.Quantity, actor, StanceValue.Supports,
            evidence, 0.5, [.. attribution.Rules, "quoted-sides-of-a-transfer"]));
    }

    // "detected 32 Chinese aircraft near the island": goods a state named right before them owns, when it is neither side of the
    // transfer in focus, are other goods.
    private static bool IsOfAnotherSide(SentenceReading reading, WeaponMention goods, Pair focus) =>
        reading.Mentions.Places.Any(p => p.Last < goods.First && goods.First - p.Last <= 2
            && p.Canonical != focus.Supplier && p.Canonical != focus.Recipient);

    // Goods named again by their kind; "the aircraft" of a transfer of drones are the drones (stand-in-words.txt).
    private static bool IsOfTheKind(WeaponMention named, WeaponMention told) =>
        named.Category == told.Category || (named.Generic && Lexicon.StandInWords[named.Text].Contains(told.Category));

    // '"The Emirates are a party to this war," the foreign minister said' after the claim that the UAE armed the RSF: a
    // speaker of another side who names the supplier of the transfer in focus speaks against it.
    private static void AccuserOfTheSupplier(SentenceReading reading, Attribution.Attribution attribution, List<Pair> pairs,
        ExtractedActor actor, EvidenceSpan evidence, List<StanceFinding> findings)
    {
        // Not a speaker the speaker quotes ("'Ankara wants Baku to know it is paying attention,' said the analyst"), nor one the goods
        // it names have already given a stance in this sentence.
        if (pairs.Count == 0 || actor.Affiliation is not { } side || IsQuoted(reading.Sentence, attribution.Verb)
            || findings.Count > 0 && findings[^1].Evidence.Start == evidence.Start && findings[^1].Actor == actor) return;
        var focus = pairs[^1];
        if (IsPartyTo(side, focus.Supplier, focus.Recipient)) return;
        var tree = reading.Sentence.Tree!;
        if (!reading.Mentions.Places.Any(p => p.Canonical == focus.Supplier && attribution.Governs(p.Last)
            && IsQuoted(reading.Sentence, p.Last) && !IsNegatedUnder(tree, p.Last, attribution.Verb))) return;
        findings.Add(new StanceFinding(focus.Supplier, focus.Recipient, MainGoods(focus), focus.Quantity, actor, StanceValue.Supports,
            evidence, 0.5, [.. attribution.Rules, "accuser-of-the-supplier"]));
    }

    // A word between quotation marks: the speaker's own words. A sentence that goes on with a quotation opened before it
    // starts inside the marks.
    private static bool IsQuoted(StorySentence sentence, int word)
    {
        var tree = sentence.Tree!;
        var continued = sentence.InQuotation && tree[1].Form is not ("\"" or "“");
        var marksBefore = tree.Words.Count(w => w.Index < word && w.Form is "\"" or "“" or "”");
        return marksBefore % 2 == 1 != continued;
    }

    // "The missiles", "these aircraft", "Iranian-made fuses", "the Mohajer-6": goods named as particular ones, by a
    // determiner, their origin or their model, can be goods told before; "Russia launched 1,200 drones last month" cannot.
    // "They are at the front now", "the battery is in Poland": goods, a pronoun or the goods' own noun ("the battery" of an
    // air defence system) said to be at the front or in the side that receives them.
    private static bool IsAtItsDestination(SentenceReading reading, Attribution.Attribution attribution, Pair pair)
    {
        var tree = reading.Sentence.Tree!;
        bool IsDestination(SyntaxWord place) => place.Lemma == "front"
            || reading.Mentions.Places.Any(p => p.Covers(place.Index) && p.Canonical == pair.Recipient);
        bool NamesTheGoods(SyntaxWord subject) => subject.Lemma is "they" or "it"
            || reading.Mentions.Weapons.Any(w => w.Covers(subject.Index))
            || IsTheGoodsOwnNoun(pair, subject);
        return tree.Words.Any(place => attribution.Governs(place.Index) && IsDestination(place)
            && tree.Child(place.Index, "cop") is not null && tree.CaseOf(place.Index) is "in" or "at"
            && tree.Child(place.Index, "nsubj") is { } subject && NamesTheGoods(subject)
            && !IsNegatedUnder(tree, place.Index, attribution.Verb));
    }

    // '"The carriers will be used for evacuation," an official said': the goods just told, named again by their own noun.
    // Goods said to be built somewhere are said to be made, not given.
    private static bool NamesTheGoodsAgain(SentenceReading reading, Attribution.Attribution attribution, Pair pair)
    {
        var tree = reading.Sentence.Tree!;
        return tree.Words.Any(word => word.Upos == "NOUN" && attribution.Governs(word.Index) && IsTheGoodsOwnNoun(pair, word)
            && tree.Dependents(word.Index).Any(d => d.Relation == "det" && d.Lemma is "the" or "this" or "these")
            && !(word.Head > 0 && Lexicon.MakingVerbs.Contains(tree[word.Head].Lemma))
            && !IsNegatedUnder(tree, word.Index, attribution.Verb));
    }

    // "the battery" of an air defence battery, "the carriers" of armoured personnel carriers.
    private static bool IsTheGoodsOwnNoun(Pair pair, SyntaxWord word) =>
        pair.Goods.Any(g => g.Text.Split(' ')[^1].TrimEnd('s').Equals(word.Lemma, StringComparison.OrdinalIgnoreCase));

    private static bool IsParticular(SentenceReading reading, WeaponMention goods)
    {
        var tree = reading.Sentence.Tree!;
        if (Weapons.MakerOf(goods) is not null) return true;
        if (tree.IsDefinite(goods.Last)) return true;
        var phrase = tree.Subtree(goods.Last, d => d.Relation is "amod" or "compound" or "nmod");
        return reading.Mentions.Places.Any(p => phrase.Contains(p.Last));
    }

    // "We have not found one rifle", "there was no aid by way of shells": a negation on the goods' phrase,
    // or on the verb they are the subject or object of, says they are not there; "without the drones, we would not have won"
    // and "the number of drones has never been higher" do not.
    private static bool IsNegatedUnder(ParsedSentence tree, int goods, int verb)
    {
        for (var word = goods; word != 0 && word != verb; word = tree[word].Head)
        {
            if (HasNegation(tree, word)) return true;
            var head = tree[word].Head;
            var relation = tree[word].Relation;
            if (head == 0 || head == verb) return false;
            if (relation is "obj" or "nsubj" or "nsubj:pass") return tree[head].Upos is "VERB" or "AUX" && HasNegation(tree, head);
            if (!relation.StartsWith("nmod", StringComparison.Ordinal) && relation is not ("compound" or "amod")) return false;
        }
        return false;
    }

    private static bool HasNegation(ParsedSentence tree, int word) =>
        tree.Dependents(word).Any(d => d.Relation is "det" or "advmod" && Lexicon.NegationWords.Contains(d.Form.ToLowerInvariant()));

    // Is the one speaking the source the other's verb of speech cites?
    private static bool Cites(ParsedSentence tree, Speaking source, Speaking reporter) =>
        source.Attribution.Rules.Contains("cited-source") && tree.Dominates(reporter.Attribution.Verb, source.Attribution.Verb);

    private static bool IsAlso(ParsedSentence tree, int verb) =>
        tree.Dependents(verb).Any(d => d.Relation == "advmod" && d.Lemma.Equals("also", StringComparison.OrdinalIgnoreCase));

    private static bool IsPartyTo(string? side, string supplier, string recipient) =>
        side is not null && (supplier == side || recipient == side);

    // The transfers in focus: every one the speaker's own side is a party to ("Turkey's agency declined to comment" on each
    // Turkish sale), else the last one told.
    private static List<Pair> Focus(List<Pair> pairs, ExtractedActor actor)
    {
        if (pairs.Count == 0) return [];
        var own = pairs.Where(p => IsPartyTo(actor.Affiliation, p.Supplier, p.Recipient)).ToList();
        return own.Count > 0 ? own : [pairs[^1]];
    }

    // "Russian embassy in Yaoundé", "officials in Kabul": the state a body sits in, when it is not the body's own.
    private static string? HostState(ExtractedActor actor)
    {
        var words = actor.Name.Split(' ');
        var at = Array.LastIndexOf(words, "in");
        if (at < 1 || at == words.Length - 1) return null;
        var place = words[(at + 1)..];
        return Mentions.Places.Find(place) is [{ First: 1, IsState: true } state] && state.Last == place.Length
            && state.Canonical != actor.Affiliation ? state.Canonical : null;
    }

    // The recipient of the transfer most findings so far are about, else of the transfer told nearest: not the supplier's own.
    private static string? SideInFocus(PairContext context, List<Told> told, List<Pair> pairs, string supplier) =>
        pairs.Where(p => p.Recipient != supplier).ToList() is [_, ..] others
            ? MainClaim(others, [.. context.Findings]).Recipient
            : Nearest(told, context.Sentence, t => t.Recipient != supplier)?.Recipient;

    private static bool IsSameGoodsNamed(SentenceReading reading, WeaponMention goods) =>
        reading.Mentions.Weapons.Any(named => IsSameGoods(named, goods));

    // "Asked about the report", "asked about the deliveries": the question put to the speaker names a claim or a transfer.
    private static bool IsAskedAboutTheClaim(ParsedSentence tree, int verb) =>
        tree.Children(verb, "advcl").Any(question => question.Lemma == "ask" && question.Index < verb
            && tree.Children(question.Index, "obl").Any(topic => tree.CaseOf(topic.Index) == "about"
                && (Lexicon.ClaimNouns.Contains(topic.Lemma) || Lexicon.TransferNouns.ContainsKey(topic.Lemma)
                    || Lexicon.IsStatementOrDocument(topic.Lemma))));

    // The transfer most findings so far are about; of those told as often, the first told.
    private static Pair MainClaim(List<Pair> pairs, List<StanceFinding> findings) =>
        pairs.OrderByDescending(p => findings.Count(f => f.Supplier == p.Supplier && f.Recipient == p.Recipient))
            .ThenBy(p => p.Order).First();

    // "North Korea dismissed claims that it had supplied shells", "Egypt rejected accusations by the RSF that it had
    // supplied jets": the pronoun is the state or group that is the subject before it.
    private static string? SubjectSide(SentenceReading reading, TransferFrame frame)
    {
        if ((frame.Supplier.Pronoun ?? frame.Recipient.Pronoun) is null || reading.Sentence.Tree is not { } tree) return null;
        // The subject nearest before the transfer: "Peru dismissed claims that Chile had sold it tanks" (not the side the frame
        // names itself); "Saudi Arabia took delivery of ..., and South Korea's LIG Nex1 said it had delivered ...", whose side is
        // the one it is of. A subject of no side ("the ministry said it ...") leaves the pronoun to the speaker's.
        // "Beijing's claim that we bought drones": a claim is no one's subject; "we" is whoever speaks.
        if ((frame.Supplier.Pronoun ?? frame.Recipient.Pronoun) is "we" or "i") return null;
        foreach (var subject in tree.Words.Where(w => w.Index < frame.Trigger && w.Upos is not "PRON"
            && w.Relation.StartsWith("nsubj", StringComparison.Ordinal) && !Lexicon.ClaimNouns.Contains(w.Lemma)
            && !Lexicon.IsStatementOrDocument(w)).Reverse())
        {
            var side = reading.Mentions.Places.FirstOrDefault(p => p.Covers(subject.Index))
                ?? reading.Mentions.Places.FirstOrDefault(p => tree[p.Last].Head == subject.Index && tree[p.Last].Relation == "nmod:poss");
            if (side is null) return null;
            if (side.Canonical != frame.Supplier.Place && side.Canonical != frame.Recipient.Place) return side.Canonical;
        }
        return null;
    }

    // "Algeria is one of Russia's largest customers. Since 2005 it has taken delivery of ...": "it", the transfer's subject with no
    // side before it in its sentence, is the state or group the sentence before, in the same paragraph, has for its subject.
    private static string? SubjectBefore(IReadOnlyList<SentenceReading> readings, int index, TransferFrame frame)
    {
        var reading = readings[index];
        if (index == 0 || reading.Sentence.Tree is not { } tree || reading.Mentions.Places.Any(p => p.Last < frame.Trigger)) return null;
        // "it has taken delivery of": the subject of the verb a noun of transfer is the object of.
        var verb = tree[frame.Trigger] is { Upos: "NOUN", Relation: "obj" } noun ? noun.Head : frame.Trigger;
        if (!tree.Dependents(verb).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal)
                && d.Form.Equals("it", StringComparison.OrdinalIgnoreCase))) return null;
        var before = readings[index - 1];
        if (before.Sentence.Paragraph != reading.Sentence.Paragraph || before.Sentence.Tree is not { } previous) return null;
        return previous.Dependents(previous.Root.Index).FirstOrDefault(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            is { } subject ? before.Mentions.Places.FirstOrDefault(p => p.Covers(subject.Index))?.Canonical : null;
    }

    /// <summary>
    /// What a frame's sentence offers to complete it: the side a pronoun stands for and the parties the sentence names
    /// outside its speakers.
    /// </summary>
    private sealed record PairContext(int Sentence, string? PronounSide, IReadOnlyList<Partner> Partners)
    {
        /// <summary>The side of the speaker who tells the transfer, if any.</summary>
        public string? SpeakerSide { get; init; }

        /// <summary>Whether that speaker is a state's body ("the Royal Thai Navy"), not a person or an outlet of the state.</summary>
        public bool SpeakerIsAStateBody { get; init; }

        /// <summary>Whether the transfer is a noun the speaker's own verb takes as its object ("announced the delivery").</summary>
        public bool AnnouncedBySpeaker { get; init; }

        /// <summary>Whether that speaker is a company that makes or sells goods ("Highveld Armour, a Pretoria company").</summary>
        public bool SpeakerIsACompany { get; init; }

        /// <summary>The armed group (no state) named last before the transfer.</summary>
        public string? LastGroup { get; init; }

        /// <summary>The stances found so far.</summary>
        public IReadOnlyList<StanceFinding> Findings { get; init; } = [];

        /// <summary>The states and groups the article's headline names beside goods.</summary>
        public IReadOnlyList<string> HeadlineSides { get; init; } = [];

        /// <summary>The armed groups (no states) the article names.</summary>
        public IReadOnlyList<string> ArticleGroups { get; init; } = [];

        /// <summary>The one supplier another transfer of the sentence names for the same goods.</summary>
        public string? SupplierOfTheGoods { get; init; }

        /// <summary>The state the story is filed from.</summary>
        public string? HomeState { get; init; }

        /// <summary>The one supplier the sentence before names, with no recipient, for goods of the same kind.</summary>
        public string? LoneSupplierBefore { get; init; }
    }

    private static IReadOnlyList<Pair> ResolvePairs(TransferFrame frame, PairContext context, List<Told> told, List<Pair> pairs,
        List<Pair> sentencePairs, List<string> rules)
    {
        var (sentence, pronounSide, partners) = context;
        var supplier = frame.Supplier.Place;
        var recipient = frame.Recipient.Place;
        // "LIG Nex1 said it had delivered the battery to the kingdom": a country the speaker's own side ("it") gives to is another.
        var givenBySpeaker = frame.Recipient.Pronoun == FrameReader.TheCountry && frame.Supplier.Pronoun is not (null
            or FrameReader.TheCountry or FrameReader.TheGroup or FrameReader.AnyParty);
        // "Moldova's ministry confirmed that the country had received vehicles": the country is the speaker's; an armed group
        // speaking of "the junta" speaks of a state, not of itself.
        var speakerState = context.SpeakerSide is { } side && IsStateName(side) ? side : null;
        if (speakerState is { } speakerSide && (frame.Supplier.Pronoun ?? frame.Recipient.Pronoun) == FrameReader.TheCountry
            && !givenBySpeaker)
        {
            if (frame.Supplier.Pronoun == FrameReader.TheCountry) supplier ??= speakerSide;
            else if (speakerSide != supplier) recipient ??= speakerSide;
            rules.Add("the-country-is-the-speakers");
        }
        // "The junta has also bought Turkish drones": without a speaker's side, or given by the speaker's, the country receiving
        // is the one the article's transfers go to.
        if (recipient is null && frame.Recipient.Pronoun == FrameReader.TheCountry && (speakerState is null || givenBySpeaker)
            && Nearest(told, sentence, t => t.Recipient != supplier && IsStateName(t.Recipient)) is { } receiving)
        {
            recipient = receiving.Recipient;
            rules.Add("the-country-receiving");
        }
        // "sent from Kufra to the terrorist militia": the armed group named last.
        if (recipient is null && frame.Recipient.Pronoun == FrameReader.TheGroup && context.LastGroup is { } group && group != supplier)
        {
            recipient = group;
            rules.Add("the-group-named-last");
        }
        // "The RSF has armed rebels in Upper Nile state": the group named last is the giver, so the rebels go by their region.
        else if (recipient is null && frame.Recipient.RegionalName is { } regional
            && (context.LastGroup is null || context.LastGroup == supplier))
        {
            recipient = regional;
            rules.Add("group-named-by-its-region");
        }
        if (supplier is null && frame.Supplier.Pronoun is not (null or FrameReader.TheGroup or FrameReader.AnyParty)
            && pronounSide is not null)
        {
            supplier = pronounSide;
            rules.Add("pronoun-supplier-is-subject");
        }
        if (recipient is null && frame.Recipient.Pronoun is not (null or FrameReader.TheGroup or FrameReader.AnyParty)
            && pronounSide is not null && pronounSide != supplier)
        {
            recipient = pronounSide;
            rules.Add("pronoun-recipient-is-subject");
        }
        // "China has never sold weapons to either side": every side of the war, so the side the article's transfers go to;
        // "anyone" a supplier already said to arm is that side ("Pakistan does not arm anyone", after India's charge).
        // "any party in Sudan": the state itself, when the supplier is said to arm it.
        var armedWithin = frame.Recipient is { Pronoun: FrameReader.AnyParty, ArmedGroupsOnly: false }
            ? pairs.LastOrDefault(p => p.Supplier == supplier && p.Recipient == frame.Recipient.Within) : null;
        if (recipient is null && supplier is not null && frame.Recipient.Pronoun == FrameReader.AnyParty
            && ((armedWithin ?? (frame.Recipient.SidesOfAWar ? null
                    : pairs.LastOrDefault(p => p.Supplier == supplier && p.Recipient != supplier)))
                ?.Recipient ?? SideInFocus(context, told, pairs, supplier)) is { } inFocus)
        {
            recipient = inFocus;
            rules.Add("any-party-is-the-side-in-focus");
        }
        // "Doruk Aero, a Turkish drone maker, announced the delivery of six drones to Niger": a transfer no one is said to give,
        // announced by a side other than its recipient, is the announcer's side's own.
        if (supplier is null && recipient is not null
            && frame.Supplier.Pronoun is null && context is { AnnouncedBySpeaker: true, SpeakerSide: { } announcer }
            && announcer != recipient)
        {
            supplier = announcer;
            rules.Add("announcer-gives");
        }
        // "Highveld Armour, a Pretoria company, said the fault affected vehicles supplied to Nigeria": goods no one is said to
        // give, told of by a company that sells them, are its state's.
        if (supplier is null && recipient is not null && frame.Supplier.Pronoun is null
            && context is { SpeakerIsACompany: true, SpeakerSide: { } seller } && seller != recipient)
        {
            supplier = seller;
            rules.Add("company-tells-its-sales");
        }
        if (supplier is null && recipient is not null && context.SupplierOfTheGoods is { } giver && giver != recipient)
        {
            supplier = giver;
            rules.Add("supplier-of-the-goods");
        }
        if (supplier is null && recipient is not null && SideTold(frame, context, told,
                t => t.Recipient == recipient || Lexicon.GroupHomes.GetValueOrDefault(t.Recipient) == recipient, t => t.Supplier)
            is { } knownSupplier)
        {
            supplier = knownSupplier.Supplier;
            rules.Add("supplier-from-context");
        }
        // "Rifles exported from the United States for the police cannot be found. ... 1,150 carbines were shipped to Mexico's
        // ministry": goods of the kind the sentence before told leaving a supplier, for no one it named, came from it.
        if (supplier is null && recipient is not null && context.LoneSupplierBefore is { } lone && lone != recipient)
        {
            supplier = lone;
            rules.Add("supplier-told-alone-before");
        }
        // "Hanul Systems said it delivered 46 K2 tanks to Poland": a giver the reader cannot place, a company as a rule, gives a
        // model its own state makes; a company's transfer is its state's. Of goods of no known maker, the company is of the
        // state the story is filed from, as a company's release is.
        if (supplier is null && recipient is not null && IsPersonalPronoun(frame.Supplier)
            && (frame.Goods.Select(Weapons.MakerOf).OfType<string>().Distinct().ToList() is [var made] ? made : context.HomeState)
            is { } maker && maker != recipient)
        {
            supplier = maker;
            rules.Add("unplaced-giver-makes-the-model");
        }
        if (recipient is null && supplier is not null && sentencePairs.LastOrDefault(p => p.Supplier != supplier) is { } sameSentence)
        {
            // "Brazil received Gripens from Sweden, and the army has procured Israeli-made missiles": the sentence's recipient.
            recipient = sameSentence.Recipient;
            rules.Add("recipient-of-the-sentence");
        }
        if (recipient is null && supplier is not null && SideTold(frame, context, told, t => t.Supplier == supplier, t => t.Recipient)
            is { } knownRecipient)
        {
            recipient = knownRecipient.Recipient;
            rules.Add("recipient-from-context");
        }
        // A side known from a transfer completed earlier in the article, when none told in full has it.
        if (supplier is null && recipient is not null && pairs.LastOrDefault(p => p.Recipient == recipient) is { } earlierSupplier)
        {
            supplier = earlierSupplier.Supplier;
            rules.Add("side-from-earlier-transfer");
        }
        if (recipient is null && supplier is not null && pairs.LastOrDefault(p => p.Supplier == supplier) is { } earlierRecipient)
        {
            recipient = earlierRecipient.Recipient;
            rules.Add("side-from-earlier-transfer");
        }
        // "Two Egyptian planes carrying rifles landed at Mogadishu's airport": a transfer with one side named takes as its other
        // side the one other state or group the sentence names outside its speakers.
        if (WithPartner(supplier, recipient, partners) is var (withSupplier, withRecipient))
        {
            (supplier, recipient) = (withSupplier, withRecipient);
            rules.Add("partner-in-the-sentence");
        }
        // "What weapons has Germany given Ukraine?" over "Berlin has also supplied Leopard tanks": a transfer with one side named
        // and none told elsewhere takes as its other side the one other the headline names beside it.
        if ((supplier ?? recipient) is { } named && context.HeadlineSides.Contains(named)
            && WithPartner(supplier, recipient, [.. context.HeadlineSides.Select(side => new Partner(side, false))])
                is var (headlineSupplier, headlineRecipient))
        {
            (supplier, recipient) = (headlineSupplier, headlineRecipient);
            rules.Add("other-side-in-the-headline");
        }
        // "smuggled into Somalia", "has never sold weapons to anyone in Somalia", in a story of arms found with al-Shabaab: goods
        // smuggled into a country, or sold to anyone there, went to the one armed group based there that the article names.
        if (recipient is not null && IsStateName(recipient)
            && ((frame.Recipient.Pronoun == FrameReader.AnyParty && !frame.Recipient.SidesOfAWar && armedWithin is null)
                || Lexicon.SmugglingVerbs.Contains(frame.Sentence.Tree![frame.Trigger].Lemma))
            && context.ArticleGroups.Where(g => Lexicon.GroupHomes.GetValueOrDefault(g) == recipient).ToList() is [var based]
            && based != supplier)
        {
            recipient = based;
            rules.Add("group-based-where-the-goods-went");
        }
        // "has never armed any militant group", in a story that names states alone: no state is the group armed.
        if (frame.Recipient.ArmedGroupsOnly && recipient is not null && IsStateName(recipient)) recipient = null;
        // "kindly contact the provider above": a noun for a supplier with no goods and no side names a party, not a transfer.
        if (supplier is null && recipient is null && frame.Goods.Count == 0 && frame.Sentence.Tree![frame.Trigger] is { Upos: "NOUN" } noun
            && Lexicon.SupplierNouns.Contains(noun.Lemma.ToLowerInvariant())) return [];
        if (supplier is null && recipient is null)
        {
            // "The deliveries have not slowed down", "the missiles had been flown in": the transfer in focus, named again.
            var category = frame.Goods.FirstOrDefault(g => !g.CatchAll)?.Category;
            // "The Qatari embassy said the donation was ...": a speaker names again a transfer its own side is a party to.
            var own = context.SpeakerSide is not null
                ? Nearest(told, sentence, t => t.Sentence <= sentence && IsPartyTo(context.SpeakerSide, t.Supplier, t.Recipient)
                    && (category is null || t.Goods.Any(g => g.Category == category)))
                    // A transfer whose sentence named one side and the article the other ("a week after Qatar handed over").
                    ?? CompletedBefore(p => IsPartyTo(context.SpeakerSide, p.Supplier, p.Recipient))
                : null;
            var focus = own ?? Nearest(told, sentence, t => t.Sentence <= sentence && t.Goods.Any(g => g.Category == category))
                ?? Nearest(told, sentence, t => t.Sentence <= sentence) ?? Nearest(told, sentence, _ => true)
                // "We took the jets in May", after "it had taken delivery of Korean jets": a transfer no sentence told in full.
                ?? CompletedBefore(_ => true);

            // A transfer completed before this sentence, of the frame's kind of goods.
            Told? CompletedBefore(Func<Pair, bool> wanted) =>
                pairs.LastOrDefault(p => !sentencePairs.Any(q => (q.Supplier, q.Recipient) == (p.Supplier, p.Recipient)) && wanted(p)
                        && (category is null || p.Goods.Any(g => g.Category == category)))
                    is { } completed ? new Told(sentence, completed.Supplier, completed.Recipient, completed.Goods) : null;
            if (focus is not null)
            {
                (supplier, recipient) = (focus.Supplier, focus.Recipient);
                rules.Add("transfer-named-again");
                if (own is not null) rules.Add("speakers-own-transfer");
                // "Drones from Turkey and helicopters from Russia ... these acquisitions": a plural names every transfer
                // its sentence told; a side's speaker ("Beijing's arms exports"), every one its own side is a party to.
                if (category is null && IsPlural(frame))
                {
                    return told.Where(t => t.Sentence == focus.Sentence
                            && (own is null || IsPartyTo(context.SpeakerSide, t.Supplier, t.Recipient)))
                        .DistinctBy(t => (t.Supplier, t.Recipient))
                        .Select(t => new Pair(t.Supplier, t.Recipient, [.. t.Goods], frame.Quantity)).ToList();
                }
            }
        }
        // "The Royal Thai Navy denied that China had delivered the submarine": goods another state gave, to no one the sentence
        // or the story names, are the speaking state body's own side's.
        if (supplier is not null && recipient is null && context is { SpeakerIsAStateBody: true, SpeakerSide: { } bodySide }
            && bodySide != supplier && IsStateName(bodySide))
        {
            recipient = bodySide;
            rules.Add("the-speaking-body-receives");
        }
        var known = told.Select(t => (t.Supplier, t.Recipient)).Concat(pairs.Select(p => (p.Supplier, p.Recipient)));
        if (supplier is not null && recipient is not null && ArmedGroupOf(supplier, recipient, known) is { } armedGroup)
        {
            recipient = armedGroup;
            rules.Add("state-for-its-armed-group");
        }
        if (supplier is null || recipient is null || supplier == recipient) return [];
        // Without goods of its own, a transfer is about the goods told before it ("the shipments"), not those told next.
        bool Same(Told t) => t.Supplier == supplier && t.Recipient == recipient && t.Goods.Count > 0;
        // "Rwanda does not arm M23", "has never supplied weapons to M23": a denial that names no kind denies every kind told;
        // "no missiles", every kind of missile told.
        if (frame.Negated && frame.Goods.All(g => g.CatchAll)
            && pairs.LastOrDefault(p => p.Supplier == supplier && p.Recipient == recipient) is { } denied
            && denied.Goods.Where(g => !g.CatchAll && frame.Goods.All(word => IsOfTheWord(g, word))).DistinctBy(g => g.Category).ToList()
                is [_, _, ..] everyKind)
        {
            rules.Add("denial-of-no-kind-denies-every-kind");
            return [new Pair(supplier, recipient, everyKind, frame.Quantity)];
        }
        var goods = frame.Goods.Count > 0
            ? frame.Goods.ToList()
            : (Nearest(told, sentence, t => Same(t) && t.Sentence <= sentence) ?? Nearest(told, sentence, Same))?.Goods.ToList()
                ?? pairs.LastOrDefault(p => p.Supplier == supplier && p.Recipient == recipient)?.Goods ?? [];
        return [new Pair(supplier, recipient, goods, frame.Quantity)];
    }

    // The other side of a transfer told elsewhere in the article with the side the frame names: of several, one told with goods
    // of the frame's kind, and of those the one the article's sources spoke of most ("Kenya buys what it needs from its
    // partners").
    private static Told? SideTold(TransferFrame frame, PairContext context, List<Told> told, Func<Told, bool> withTheSide,
        Func<Told, string> otherSide)
    {
        var candidates = told.Where(withTheSide).ToList();
        var kinds = frame.Goods.Where(g => !g.CatchAll).Select(g => g.Category).ToHashSet();
        if (candidates.Where(t => t.Goods.Any(g => kinds.Contains(g.Category))).ToList() is [_, ..] ofTheKind) candidates = ofTheKind;
        if (candidates.Select(otherSide).Distinct().Count() < 2) return Nearest(candidates, context.Sentence, _ => true);
        return candidates.GroupBy(otherSide)
            .MaxBy(g => context.Findings.Count(f => f.Supplier == g.First().Supplier && f.Recipient == g.First().Recipient))!
            .MinBy(t => Math.Abs(t.Sentence - context.Sentence));
    }

    private static string? LoneSupplier(SentenceReading before, TransferFrame frame)
    {
        var kinds = frame.Goods.Where(g => !g.CatchAll).Select(g => g.Category).ToHashSet();
        return before.Frames.Where(f => f.IsClaim && !f.Negated && f.Supplier.IsNamed && f.Recipient == FrameParty.None
                && f.Goods.Any(g => kinds.Contains(g.Category)))
            .Select(f => f.Supplier.Place!).Distinct().ToList() is [var supplier] ? supplier : null;
    }

    private static bool IsStateName(string side) => Places.Find(side.Split(' ')) is [{ IsState: true } place] && place.Canonical == side;

    // "Tehran has never sent weapons to Yemen", in a story of arms for the Houthis: the state stands for its armed group, the
    // recipient of a transfer from the same supplier told in the article.
    private static string? ArmedGroupOf(string supplier, string recipient, IEnumerable<(string Supplier, string Recipient)> known) =>
        known.FirstOrDefault(k => k.Supplier == supplier && Lexicon.GroupHomes.GetValueOrDefault(k.Recipient) == recipient).Recipient;

    // A plural noun of trade with no recipient and no goods of its own, not "the" ones told: "its arms exports", "our sales".
    private static bool IsTradeInGeneral(TransferFrame frame) =>
        IsPlural(frame) && frame.Recipient == FrameParty.None && frame.Goods.All(g => g.CatchAll)
        && !frame.Sentence.Tree!.Dependents(frame.Trigger).Any(d => d.Relation == "det" && d.Lemma is "the" or "this" or "that");

    private static bool IsPlural(TransferFrame frame) =>
        frame.Sentence.Tree![frame.Trigger] is { Upos: "NOUN" } noun && !noun.Form.Equals(noun.Lemma, StringComparison.OrdinalIgnoreCase);

    // Both sides of a transfer as its own sentence names them; a side a pronoun names ("its new helicopters") is the one it
    // refers to, not the sentence's other party ("a French company").
    private static (string Supplier, string Recipient)? SidesOf(TransferFrame frame, IReadOnlyList<Partner> partners)
    {
        var (supplier, recipient) = (frame.Supplier.Place, frame.Recipient.Place);
        if (frame.Goods.Any(g => !g.Generic) && !IsPersonalPronoun(frame.Supplier) && !IsPersonalPronoun(frame.Recipient)
            && WithPartner(supplier, recipient, partners) is { } completed) return completed;
        return supplier is not null && recipient is not null && supplier != recipient ? (supplier, recipient) : null;
    }

    private static bool IsAnnounced(ParsedSentence tree, int trigger, int verb) =>
        tree[trigger] is { Upos: "NOUN", Relation: "obj" } noun && noun.Head == verb
        && Lexicon.AnnouncingVerbs.Contains(tree[verb].Lemma.ToLowerInvariant());

    private static bool IsPersonalPronoun(FrameParty party) =>
        party.Pronoun is not (null or FrameReader.TheCountry or FrameReader.TheGroup or FrameReader.AnyParty);

    // One side named and exactly one other party in the sentence: that party is the other side; not the supplier, though, when
    // goods go to it ("exports to Poland hit a record as the first vehicles for Peru left the factory"), nor a party another
    // transfer of the sentence names on the known side's own ("drones from China and gunships from Russia").
    private static (string Supplier, string Recipient)? WithPartner(string? supplier, string? recipient, IReadOnlyList<Partner> partners)
    {
        if ((supplier is null) == (recipient is null)) return null;
        var known = supplier ?? recipient!;
        if (partners.Where(p => p.Side != known && !(supplier is null && p.IsDestination)
                && !(supplier is null ? p.NamedRecipient : p.NamedSupplier))
            .Select(p => p.Side).Distinct().ToList() is not [var partner]) return null;
        return supplier is null ? (partner, known) : (known, partner);
    }

    /// <summary>
    /// A state or group a sentence names outside its speakers, whether goods go to it ("to Peru", "for Peru"), and the side
    /// one of the sentence's transfers names it on, if any.
    /// </summary>
    private sealed record Partner(string Side, bool IsDestination, bool NamedSupplier = false, bool NamedRecipient = false);

    // The states and groups a sentence names outside its speakers' own words and where they spoke.
    private static IReadOnlyList<Partner> Partners(SentenceReading reading)
    {
        if (reading.Sentence.Tree is not { } tree) return [];
        var speaking = reading.Attributions.SelectMany(a => tree.Subtree(a.Speaker.Head)).ToHashSet();
        // "..., the spokesman said at a news conference in Rabat": where or when a speaker spoke is no party either; what the
        // parser hung from such a phrase as a clause ("said in a statement that ...") is what was said.
        speaking.UnionWith(reading.Attributions.SelectMany(a => tree.Children(a.Verb, "obl").Where(IsPhrase)
            .SelectMany(d => tree.Subtree(d.Index, IsPhrase))));
        // "any party to the Sudanese conflict": a state named on the setting is no party; nor is the place a body sits in
        // ("through a Singapore-based broker").
        return reading.Mentions.Places
            .Where(p => !speaking.Contains(p.Last) && !IsSetting(tree, p.Last) && !tree.IsWhereBased(p.Last)
                && !LocatesAGroup(tree, p.Last) && !IsInACircumstance(tree, p.Last))
            .Select(p => new Partner(p.Canonical, IsDestination(tree, p.Last),
                reading.Frames.Any(f => f.Supplier.Place == p.Canonical), reading.Frames.Any(f => f.Recipient.Place == p.Canonical)))
            .ToList();
    }

    // "to Kenya and Uganda": the second of joined names goes where the first does.
    private static bool IsDestination(ParsedSentence tree, int place) =>
        tree.CaseOf(PhraseOf(tree, place, throughConjuncts: true)) is "to" or "for" or "into";

    // The noun phrase a place's name stands in ("the Kenyan army"), up through the names joined before it if asked.
    private static int PhraseOf(ParsedSentence tree, int place, bool throughConjuncts = false)
    {
        var phrase = place;
        while ((tree[phrase].Relation is "amod" or "compound" or "flat" || (throughConjuncts && tree[phrase].Relation == "conj"))
            && tree[phrase].Head > 0) phrase = tree[phrase].Head;
        return phrase;
    }

    // "armed groups in southern Syria", "any non-state group in Myanmar": the state a group fights in is not the group.
    private static bool LocatesAGroup(ParsedSentence tree, int place)
    {
        var phrase = PhraseOf(tree, place);
        return tree[phrase].Relation.StartsWith("nmod", StringComparison.Ordinal) && tree.CaseOf(phrase) == "in"
            && tree[phrase].Head > 0 && Lexicon.GroupNouns.Contains(tree[tree[phrase].Head].Lemma);
    }

    // A word of a noun phrase, not the verb of a clause within it.
    private static bool IsPhrase(SyntaxWord word) =>
        word.Upos is not ("VERB" or "AUX") && word.Relation is not ("acl" or "acl:relcl" or "ccomp" or "advcl" or "parataxis" or "xcomp");

    // "... to Russia after EU sanctions on Chinese firms", "during Turkey's offensive": a state named anywhere in a phrase of
    // when or despite what is no party to the transfer.
    private static bool IsInACircumstance(ParsedSentence tree, int place)
    {
        for (var word = place; word > 0; word = tree[word].Head)
        {
            if (tree.CaseOf(word) is "after" or "before" or "since" or "during" or "amid" or "despite" or "following") return true;
            if (tree[word].Relation is not ("compound" or "amod" or "flat" or "nmod:poss" or "nmod")) return false;
        }
        return false;
    }

    private static bool IsSetting(ParsedSentence tree, int place) =>
        tree[place].Head > 0 && Lexicon.SettingNouns.Contains(tree[tree[place].Head].Lemma);

    // The transfer told nearest to a sentence, before it rather than after at the same distance.
    private static Told? Nearest(List<Told> told, int sentence, Func<Told, bool> matches) =>
        told.Where(matches).OrderBy(t => Math.Abs(t.Sentence - sentence) * 2 + (t.Sentence > sentence ? 1 : 0)).FirstOrDefault();

    private static void Remember(List<Pair> pairs, Pair pair)
    {
        var known = pairs.FindIndex(p => p.Supplier == pair.Supplier && p.Recipient == pair.Recipient);
        if (known < 0)
        {
            // Pairs are merged, never dropped: the count so far orders them as first told.
            pairs.Add(pair with { Goods = [.. pair.Goods], Order = pairs.Count, LastTold = pair.Goods });
            return;
        }
        var newKinds = pair.Goods.Where(g => pairs[known].Goods.All(k => k.Category != g.Category));
        var merged = pairs[known] with { Goods = [.. pairs[known].Goods, .. newKinds], LastTold = pair.Goods };
        pairs.RemoveAt(known);
        pairs.Add(merged);
    }

    // "Morikawa: We delivered ...": the person the label names; "A: ...": the interviewee, the person the introduction named
    // last before the first answer.
    private static ExtractedActor? Answerer(StorySentence sentence, ActorBook book, ref ExtractedActor? interviewee)
    {
        if (sentence.Answerer is { } name)
        {
            return book.Resolve(new ActorPhrase(0, name, ActorKind.Person, null, null, ActorReference.Named), sentence.Paragraph);
        }
        return interviewee ??= book.LastPerson;
    }

    private static ExtractedActor? QuotationSpeaker(
        IReadOnlyList<SentenceReading> readings, int index, (int Paragraph, ExtractedActor Actor)? paragraphSpeaker, ActorBook book)
    {
        // '"Belarus has not handed over a single shell. Our stocks are where they were," Lasouski said.': the one who closes the
        // quotation, before one who spoke earlier in the paragraph ('X reported it. "No drones have come," Y said.'); failing
        // both, one who speaks later in the paragraph.
        if (SpeakerAfter(readings, index, book, quotingOnly: true) is { } closer) return closer;
        if (paragraphSpeaker is { } known && known.Paragraph == readings[index].Sentence.Paragraph) return known.Actor;
        return SpeakerAfter(readings, index, book, quotingOnly: false);
    }

    // The first speaker of the sentences after one in its paragraph (only those that go on quoting, if asked).
    private static ExtractedActor? SpeakerAfter(IReadOnlyList<SentenceReading> readings, int index, ActorBook book, bool quotingOnly)
    {
        var paragraph = readings[index].Sentence.Paragraph;
        for (var next = index + 1; next < readings.Count && readings[next].Sentence.Paragraph == paragraph
             && (readings[next].Sentence.InQuotation || !quotingOnly); next++)
        {
            // A report noun inside the quotation ("Yerevan is inventing stories") is no speaker of it, nor is "we" within it
            // ("We maintain a policy of neutrality," the spokeswoman said).
            // The speaker who closes it calling the reports false is its speaker too ("..., the reports are lies," X said), and
            // one named by a pronoun closes it too ('"... Not from army stocks," he told the committee.').
            // Of two, the one whose verb follows the closing mark ('"... Kinshasa blames its neighbours," the spokesman said').
            var speaking = readings[next].Attributions.Where(a => a.Cue is Cue.Asserts or Cue.Denies
                && !a.Rules.Contains("report-by-its-author") && !IsFirstPerson(a.Speaker)).ToList();
            var closing = readings[next].Sentence.Tree is { } tree
                ? tree.Words.LastOrDefault(w => w.Form is "\"" or "”")?.Index ?? 0 : 0;
            if ((speaking.FirstOrDefault(a => a.Verb > closing) ?? speaking.FirstOrDefault())
                is { Speaker.Reference: ActorReference.Named or ActorReference.Pronoun } later)
            {
                return book.Resolve(later.Speaker, paragraph);
            }
        }
        return null;
    }

    // "A: I can tell you that Turkey gave us ...": the interviewee.
    private static bool IsFirstPersonAnswer(StorySentence sentence, ActorPhrase speaker) =>
        sentence.Turn == DialogueTurn.Answer && speaker.Reference == ActorReference.Pronoun && speaker.Name.ToLowerInvariant() == "i";

    // 'spokesperson Rachel Ettinger says: "We assess that Russia has delivered ..."': the "we" or "I" a named speaker quotes
    // is that speaker.
    private static Attribution.Attribution? QuotingSpeaker(SentenceReading reading, Attribution.Attribution attribution) =>
        IsFirstPerson(attribution.Speaker)
            ? reading.Attributions.FirstOrDefault(other => other != attribution && other.Speaker.Reference == ActorReference.Named
                && other.Governs(attribution.Verb))
            : null;

    private static bool IsWe(FrameParty party) => party.Pronoun?.ToLowerInvariant() is "we" or "i";

    private static bool IsFirstPerson(ActorPhrase speaker) =>
        speaker.Reference == ActorReference.Pronoun && speaker.Name.ToLowerInvariant() is "we" or "i";

    // A speaker with nothing to say on the transfer ("did not say when") takes no stance.
    private static void AddFinding(List<StanceFinding> findings, Pair pair, TransferFrame frame, ExtractedActor actor, StanceValue? value,
        EvidenceSpan evidence, double confidence, List<string> rules)
    {
        if (value is { } stance)
        {
            findings.Add(new(pair.Supplier, pair.Recipient, pair.Goods, frame.Quantity, actor, stance, evidence, confidence, rules));
        }
    }

    private static EvidenceSpan Evidence(string text, StorySentence sentence) =>
        new(text[sentence.Start..sentence.End], sentence.Start, sentence.End);
}

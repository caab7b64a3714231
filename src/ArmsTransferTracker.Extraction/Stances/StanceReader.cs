using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Story;
using ArmsTransferTracker.Extraction.Transfers;
using ArmsTransferTracker.Extraction.Vocabulary;

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

    private sealed record Pair(string Supplier, string Recipient, List<WeaponMention> Goods, string? Quantity);

    public static IReadOnlyList<StanceFinding> Read(StoryText story, IReadOnlyList<SentenceReading> readings)
    {
        var book = new ActorBook();
        var outlet = story.Outlet is { } name ? new ExtractedActor(name, ActorKind.Media, null, null) : null;
        var findings = new List<StanceFinding>();
        var pairs = new List<Pair>();
        (int Paragraph, ExtractedActor Actor)? paragraphSpeaker = null;
        // A denial before any transfer is told ("Egypt dismissed as lies a report that ...") waits for the next one told.
        var waiting = new List<(Speaking Speaking, StanceValue Value, EvidenceSpan Evidence, int Paragraph)>();
        for (var index = 0; index < readings.Count; index++)
        {
            var reading = readings[index];
            var sentence = reading.Sentence;
            var speakers = reading.Attributions
                .Select(a => book.Resolve(a.Speaker) is { } actor ? new Speaking(a, actor) : null)
                .OfType<Speaking>()
                .ToList();
            var evidence = Evidence(story.Document.Text, sentence);
            foreach (var frame in reading.Frames.Where(f => f.IsClaim))
            {
                var governing = speakers.Where(s => s.Attribution.Governs(frame.Trigger)).MinBy(s => s.Attribution.Scope.Count);
                var rules = new List<string>(frame.Rules);
                if (ResolvePair(frame, governing?.Actor, pairs, rules) is not { } pair) continue;
                if (governing is { Attribution: var attribution })
                {
                    rules.AddRange(attribution.Rules);
                    rules.Add("speaker-governs-transfer");
                    findings.Add(Finding(pair, frame, governing.Actor, Value(attribution.Cue, frame.Negated), evidence, 0.9, rules));
                }
                else if (sentence.InQuotation && QuotationSpeaker(readings, index, paragraphSpeaker, book) is { } quoted)
                {
                    rules.Add("quotation-continues");
                    findings.Add(Finding(pair, frame, quoted, Value(Cue.Asserts, frame.Negated), evidence, 0.75, rules));
                }
                else if (!sentence.IsHeadline && !sentence.InQuotation && frame.Mood == FrameMood.Fact && !frame.Negated && outlet is not null
                    && frame.Supplier.IsNamed && frame.Recipient.IsNamed)
                {
                    rules.Add("outlet-voice");
                    findings.Add(Finding(pair, frame, outlet, StanceValue.Supports, evidence, 0.6, rules));
                }
                Remember(pairs, pair);
                foreach (var (early, value, earlyEvidence, paragraph) in waiting.Where(w => sentence.Paragraph - w.Paragraph <= 1))
                {
                    var rulesOfEarly = new List<string>(early.Attribution.Rules) { "stance-on-transfer-told-next" };
                    findings.Add(new StanceFinding(pair.Supplier, pair.Recipient, pair.Goods, pair.Quantity, early.Actor, value, earlyEvidence, 0.5, rulesOfEarly));
                }
                waiting.Clear();
            }
            foreach (var (attribution, actor) in speakers)
            {
                if (reading.Frames.Any(f => attribution.Governs(f.Trigger))) continue;
                if (FocusStance(attribution) is not { } value) continue;
                if (Focus(pairs, attribution, actor) is not { } focus)
                {
                    waiting.Add((new Speaking(attribution, actor), value, evidence, sentence.Paragraph));
                    continue;
                }
                var rules = new List<string>(attribution.Rules) { "stance-on-transfer-in-focus" };
                findings.Add(new StanceFinding(focus.Supplier, focus.Recipient, focus.Goods, focus.Quantity, actor, value, evidence, 0.6, rules));
            }
            if (speakers.FirstOrDefault(s => s.Attribution.Cue == Cue.Asserts) is { } current)
            {
                paragraphSpeaker = (sentence.Paragraph, current.Actor);
            }
        }
        return findings.Select(f => f with { Actor = book.Final(f.Actor) }).ToList();
    }

    private static StanceValue Value(Cue cue, bool negated) => cue switch
    {
        Cue.Neutral => StanceValue.Neutral,
        Cue.Denies => StanceValue.Denies,
        _ => negated ? StanceValue.Denies : StanceValue.Supports,
    };

    // Denying, confirming or declining to comment need no retelling; asserting does.
    private static StanceValue? FocusStance(Attribution.Attribution attribution) => attribution.Cue switch
    {
        Cue.Denies => StanceValue.Denies,
        Cue.Neutral => StanceValue.Neutral,
        _ when Lexicon.ConfirmingVerbs.Contains(attribution.Sentence.Tree![attribution.Verb].Lemma) => StanceValue.Supports,
        _ => null,
    };

    // The transfer in focus: the last one told, unless the speaker names a side of an earlier one.
    private static Pair? Focus(List<Pair> pairs, Attribution.Attribution attribution, ExtractedActor actor)
    {
        if (pairs.Count == 0) return null;
        var side = actor.Affiliation;
        return pairs.LastOrDefault(p => side is not null && (p.Supplier == side || p.Recipient == side)) ?? pairs[^1];
    }

    private static Pair? ResolvePair(TransferFrame frame, ExtractedActor? speaker, List<Pair> pairs, List<string> rules)
    {
        var supplier = frame.Supplier.Place;
        var recipient = frame.Recipient.Place;
        // "North Korea dismissed claims that it had supplied shells": the pronoun is the speaker's side.
        if (supplier is null && frame.Supplier.Pronoun is not null && speaker?.Affiliation is { } side)
        {
            supplier = side;
            rules.Add("pronoun-supplier-is-speaker");
        }
        if (supplier is null && recipient is not null && pairs.LastOrDefault(p => p.Recipient == recipient) is { } knownSupplier)
        {
            supplier = knownSupplier.Supplier;
            rules.Add("supplier-from-context");
        }
        if (recipient is null && supplier is not null && pairs.LastOrDefault(p => p.Supplier == supplier) is { } knownRecipient)
        {
            recipient = knownRecipient.Recipient;
            rules.Add("recipient-from-context");
        }
        if (supplier is null && recipient is null && pairs.Count > 0)
        {
            // "The deliveries have not slowed down", "the missiles had been flown in": the transfer in focus, named again.
            var category = frame.Goods.FirstOrDefault(g => !g.CatchAll)?.Category;
            var focus = pairs.LastOrDefault(p => p.Goods.Any(g => g.Category == category)) ?? pairs[^1];
            (supplier, recipient) = (focus.Supplier, focus.Recipient);
            rules.Add("transfer-named-again");
        }
        if (supplier is null || recipient is null || supplier == recipient) return null;
        var goods = frame.Goods.Count > 0 ? frame.Goods.ToList() : pairs.LastOrDefault(p => p.Supplier == supplier && p.Recipient == recipient)?.Goods ?? [];
        return new Pair(supplier, recipient, goods, frame.Quantity);
    }

    private static void Remember(List<Pair> pairs, Pair pair)
    {
        var known = pairs.FindIndex(p => p.Supplier == pair.Supplier && p.Recipient == pair.Recipient);
        if (known < 0)
        {
            pairs.Add(pair with { Goods = [.. pair.Goods] });
            return;
        }
        var merged = pairs[known] with { Goods = [.. pairs[known].Goods, .. pair.Goods.Where(g => pairs[known].Goods.All(k => k.Category != g.Category))] };
        pairs.RemoveAt(known);
        pairs.Add(merged);
    }

    private static ExtractedActor? QuotationSpeaker(
        IReadOnlyList<SentenceReading> readings, int index, (int Paragraph, ExtractedActor Actor)? paragraphSpeaker, ActorBook book)
    {
        var paragraph = readings[index].Sentence.Paragraph;
        if (paragraphSpeaker is { } known && known.Paragraph == paragraph) return known.Actor;
        // '"Belarus has not handed over a single shell. Our stocks are where they were," Rudkevich said.'
        for (var next = index + 1; next < readings.Count && readings[next].Sentence.Paragraph == paragraph; next++)
        {
            if (readings[next].Attributions.FirstOrDefault(a => a.Cue == Cue.Asserts) is { } later && later.Speaker.Reference == ActorReference.Named)
            {
                return book.Resolve(later.Speaker);
            }
        }
        return null;
    }

    private static StanceFinding Finding(Pair pair, TransferFrame frame, ExtractedActor actor, StanceValue value, EvidenceSpan evidence,
        double confidence, List<string> rules) =>
        new(pair.Supplier, pair.Recipient, pair.Goods, frame.Quantity, actor, value, evidence, confidence, rules);

    private static EvidenceSpan Evidence(string text, StorySentence sentence) =>
        new(text[sentence.Start..sentence.End], sentence.Start, sentence.End);
}

namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>
/// Finds transfer claims in an article's text and, per claim, who supports, denies or stays neutral on it.
/// Stateless and thread-safe: each call builds its own per-article state.
/// </summary>
public sealed class ClaimExtractor
{
    public IReadOnlyList<ExtractedClaim> Extract(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var layout = new ArticleLayout(document);
        var resolver = new ActorResolver(layout.Outlet, layout.OutletShortNames);
        var sentences = SentenceSplitter.Split(text, layout.IsTitleLine);
        var descriptions = new PlaceDescriptions();

        var analyses = new List<SentenceAnalysis>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (layout.IsSkippedLine(sentence.Start)) continue;
            var places = PlaceFinder.Find(sentence.Tokens);
            descriptions.Resolve(sentence.Tokens, places);
            var weapons = WeaponLexicon.Find(sentence.Tokens);
            var events = TransferFinder.Find(sentence, places, weapons);
            // A headline's attribution summarises the body ("..., Western officials say"): its speakers are not counted.
            // Names before the first pronoun are seen before the speakers are resolved: "Zelenskyy on Friday went ..., and he repeated".
            var pronoun = IndexOfPronoun(sentence.Tokens);
            if (!sentence.IsTitle) resolver.Observe(sentence.Tokens, places, 0, pronoun);
            var speakers = sentence.IsTitle ? [] : AttributionFinder.Find(sentence, places, resolver);
            // A quotation that runs on into a sentence of its own keeps its speaker: '“The evidence is overwhelming,”
            // Ndong told reporters. “Rwanda's army has provided ...”'.
            if (speakers.Count == 0 && !sentence.IsTitle && StartsWithQuote(sentence) && analyses.Count > 0
                && analyses[^1].Speakers is [{ Source: SpeakerSource.Says } previous]
                && analyses[^1].Sentence.Paragraph == sentence.Paragraph && analyses[^1].Sentence.Tokens.Any(t => t.Text is "”" or "\""))
            {
                speakers = [previous with { Clause = 0, Position = 0 }];
            }
            if (!sentence.IsTitle) resolver.Observe(sentence.Tokens, places, pronoun);
            if (!sentence.IsTitle) resolver.ObserveAppositions(sentence.Tokens, places);
            // "Spain’s defence ministry stated it “no longer supplies ... to Chad”": the pronoun is the speaker's country.
            // A denial without a named giver is the speaker's own: 'The UAE’s ministry said it ... "has not supplied
            // any weapons to any party"'.
            // "Sweden’s defence minister confirmed that vehicles donated to Ukraine had been delivered": a donor
            // unnamed is the speaker's side.
            foreach (var e in events.Where(e => (e.PronounGiver || e.Negated
                || e.Sentence.Tokens[e.Trigger].Lower is "donated" or "pledged" or "gifted") && e.Suppliers.Count == 0))
            {
                var side = speakers.SelectMany(sp => sp.Actors).Select(a => a.Affiliation)
                    .FirstOrDefault(aff => aff is not null && !e.Recipients.Contains(aff));
                if (side is not null) e.Suppliers.Add(side);
            }
            analyses.Add(new SentenceAnalysis(sentence, places, weapons, events, speakers));
        }

        ContextResolver.FillParties(analyses);
        var findings = StanceCollector.Collect(text, analyses, resolver);
        // "a government spokesman told Danube Times ..." and later "said the spokesman, Gábor Kertész": one actor, by name.
        var named = findings.Select(f => f.Actor).Distinct().ToDictionary(a => a, resolver.NamedLater);
        findings = findings.Select(f => named[f.Actor] is { } person ? f with { Actor = person } : f).ToList();
        return ClaimMerger.Merge(findings);
    }

    private static bool StartsWithQuote(Sentence sentence) => sentence.Tokens.Count > 0 && sentence.Tokens[0].Text is "“" or "\"";

    private static int IndexOfPronoun(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Lower is "he" or "she") return i;
        }
        return tokens.Count;
    }
}

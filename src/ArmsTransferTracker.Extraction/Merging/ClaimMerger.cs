using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Stances;

namespace ArmsTransferTracker.Extraction.Merging;

/// <summary>
/// The last stage: one claim per supplier, recipient and category, with one stance per actor and value. Goods named
/// by kind make claims of their own; a stance about unnamed "weapons" goes to the pair's first claim by named kind. An
/// actor who supports or denies a transfer is not also neutral on it (four passages).
/// </summary>
public static class ClaimMerger
{
    /// <param name="namedKinds">The kinds of goods the article names by a word of their own ("armoured personnel carriers"), for
    /// which a word of a wider kind ("the vehicles") may stand.</param>
    public static IReadOnlyList<ExtractedClaim> Merge(IReadOnlyList<StanceFinding> findings, IReadOnlySet<string>? namedKinds = null)
    {
        // "denied the sale ... It declined to comment further": who supports or denies a transfer keeps that
        // stance; declining to say more on it elsewhere does not make the actor neutral as well.
        var firm = findings.Where(f => f.Value != StanceValue.Neutral).Select(f => (f.Supplier, f.Recipient, f.Actor.Name)).ToHashSet();
        findings = [.. findings.Where(f => f.Value != StanceValue.Neutral || !firm.Contains((f.Supplier, f.Recipient, f.Actor.Name)))];
        var categoriesByPair = new Dictionary<(string, string), List<string>>();
        var itemByClaim = new Dictionary<(string, string, string), (string Item, string? Quantity)>();
        foreach (var finding in findings)
        {
            var pair = (finding.Supplier, finding.Recipient);
            if (!categoriesByPair.TryGetValue(pair, out var categories)) categoriesByPair[pair] = categories = [];
            // Named kinds lead: a pair's first claim is about "tanks" rather than the "ammunition" listed after them. A list of
            // goods is one claim, of its first kind ("attack helicopters and armoured vehicles"), unless every kind in it is
            // counted on its own ("18 tanks and 24 howitzers"): those are deliveries of their own, a claim each. A kind
            // named first elsewhere makes a claim of its own.
            var kinds = finding.Goods.Where(g => !g.CatchAll && !NamesTheModelBefore(g, finding.Goods)).ToList();
            var counted = kinds.Select(g => g.Category).Distinct().Count() > 1 && kinds.All(g => g.Counted);
            foreach (var weapon in counted ? kinds : kinds.Where(g => !g.Generic).Take(1))
            {
                if (!categories.Contains(weapon.Category)) categories.Add(weapon.Category);
                itemByClaim.TryAdd((finding.Supplier, finding.Recipient, weapon.Category), (weapon.Text, finding.Quantity));
            }
        }
        // A word for goods of a kind ("the aircraft", "ammunition") makes a claim of its own only for a pair that names
        // no kind at all: "the aircraft" of an article about drones are the drones.
        foreach (var finding in findings)
        {
            var categories = categoriesByPair[(finding.Supplier, finding.Recipient)];
            if (categories.Count > 0) continue;
            foreach (var weapon in finding.Goods.Where(g => g.Generic && !g.CatchAll))
            {
                var kind = KindStoodFor(weapon, namedKinds);
                if (!categories.Contains(kind)) categories.Add(kind);
                itemByClaim.TryAdd((finding.Supplier, finding.Recipient, kind), (weapon.Text, finding.Quantity));
            }
        }
        foreach (var finding in findings)
        {
            var categories = categoriesByPair[(finding.Supplier, finding.Recipient)];
            if (categories.Count > 0) continue;
            var generic = finding.Goods.FirstOrDefault();
            categories.Add(generic?.Category ?? Categories.OtherWeapons);
            itemByClaim.TryAdd((finding.Supplier, finding.Recipient, categories[0]), (generic?.Text ?? "weapons", finding.Quantity));
        }

        var claims = new List<(string Supplier, string Recipient, string Category, List<ExtractedStance> Stances)>();
        var claimIndex = new Dictionary<(string, string, string), int>();
        foreach (var finding in findings)
        {
            var pairCategories = categoriesByPair[(finding.Supplier, finding.Recipient)];
            var own = finding.Goods.Where(g => !g.CatchAll && pairCategories.Contains(g.Category))
                .Select(g => g.Category).Distinct().ToList();
            foreach (var category in own.Count > 0 ? own : [pairCategories[0]])
            {
                var key = (finding.Supplier, finding.Recipient, category);
                if (!claimIndex.TryGetValue(key, out var index))
                {
                    claims.Add((finding.Supplier, finding.Recipient, category, []));
                    claimIndex[key] = index = claims.Count - 1;
                }
                AddStance(claims[index].Stances, finding);
            }
        }
        var pairOrder = claims.Select(c => (c.Supplier, c.Recipient)).Distinct().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        return claims
            .OrderBy(c => pairOrder[(c.Supplier, c.Recipient)])
            .ThenBy(c => categoriesByPair[(c.Supplier, c.Recipient)].IndexOf(c.Category))
            .Select(c =>
            {
                var (item, quantity) = itemByClaim.GetValueOrDefault((c.Supplier, c.Recipient, c.Category), ("weapons", null));
                return new ExtractedClaim(c.Supplier, c.Recipient, item, c.Category, quantity, c.Stances);
            })
            .ToList();
    }

    // "The first twelve vehicles were handed over" in an article about armoured personnel carriers: a word for goods of a
    // wider kind stands for the narrower kind the article names, when it names none of the word's own kind
    // (stand-in-words.txt).
    private static string KindStoodFor(WeaponMention word, IReadOnlySet<string>? namedKinds) =>
        namedKinds is not null && !namedKinds.Contains(word.Category)
        && Lexicon.StandInWords[word.Text].FirstOrDefault(namedKinds.Contains) is { } narrower
            ? narrower
            : word.Category;

    // "Tor-M2 launch vehicles": a word for goods right after a model is the model's own noun, not goods of another kind.
    private static bool NamesTheModelBefore(WeaponMention goods, IReadOnlyList<WeaponMention> list) =>
        goods.Generic && list.Any(model => !model.Generic && model.Last < goods.First && goods.First - model.Last <= 2);

    // One stance per actor and value; its evidence gathers every sentence that says so, its confidence the highest.
    private static void AddStance(List<ExtractedStance> stances, StanceFinding finding)
    {
        var at = stances.FindIndex(s => s.Actor.Name == finding.Actor.Name && s.Value == finding.Value);
        if (at < 0)
        {
            stances.Add(new ExtractedStance(finding.Actor, finding.Value, [finding.Evidence])
            {
                Confidence = finding.Confidence,
                Rules = finding.Rules,
            });
            return;
        }
        var existing = stances[at];
        if (existing.Evidence.Any(e => e.Start == finding.Evidence.Start)) return;
        stances[at] = existing with
        {
            Evidence = [.. existing.Evidence, finding.Evidence],
            Confidence = Math.Max(existing.Confidence, finding.Confidence),
            Rules = [.. existing.Rules, .. finding.Rules.Except(existing.Rules)],
        };
    }
}

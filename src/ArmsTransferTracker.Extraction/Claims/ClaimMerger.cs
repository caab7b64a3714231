namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>Merges stance findings into one claim per supplier, recipient and category, with one stance per actor and value.</summary>
public static class ClaimMerger
{
    // Groups that hold territory: a transfer "to Yemen" in an article about arms for the Houthis is the same claim.
    private static readonly Dictionary<string, string> GroupHomes = new()
    {
        ["Houthis"] = "Yemen", ["Hezbollah"] = "Lebanon", ["Polisario Front"] = "Western Sahara",
    };

    public static List<ExtractedClaim> Merge(List<StanceFinding> findings)
    {
        var pairs = findings.Select(f => (f.Supplier, f.Recipient)).ToHashSet();
        findings = findings.Select(f =>
        {
            foreach (var (group, home) in GroupHomes)
            {
                if (f.Recipient == home && pairs.Contains((f.Supplier, group))) return f with { Recipient = group };
            }
            return f;
        }).ToList();
        // The categories a supplier–recipient pair is about, in order of first mention; generic words only count when
        // nothing specific is named.
        var categoriesByPair = new Dictionary<(string, string), List<string>>();
        var itemByKey = new Dictionary<(string, string, string), (string Item, string? Quantity)>();
        foreach (var f in findings)
        {
            var key = (f.Supplier, f.Recipient);
            if (!categoriesByPair.TryGetValue(key, out var list)) categoriesByPair[key] = list = [];
            // "tanks and several thousand tonnes of ammunition": every kind of goods named is a claim of its own.
            foreach (var w in f.Weapons.Where(w => !w.CatchAll))
            {
                if (!list.Contains(w.Category)) list.Add(w.Category);
                itemByKey.TryAdd((f.Supplier, f.Recipient, w.Category), (w.Written, f.Quantity));
            }
        }
        // Named kinds of goods lead: a pair's first claim is about "tanks" rather than the "ammunition" listed after them.
        var specificCategories =
            findings.SelectMany(f => f.Weapons.Where(w => !w.Generic).Select(w => (f.Supplier, f.Recipient, w.Category))).ToHashSet();
        foreach (var key in categoriesByPair.Keys.ToList())
        {
            categoriesByPair[key] =
                categoriesByPair[key].OrderBy(c => specificCategories.Contains((key.Item1, key.Item2, c)) ? 0 : 1).ToList();
        }
        foreach (var f in findings)
        {
            var list = categoriesByPair[(f.Supplier, f.Recipient)];
            if (list.Count > 0) continue;
            var generic = f.Weapons.FirstOrDefault();
            var category = generic?.Category ?? Categories.OtherWeapons;
            list.Add(category);
            itemByKey.TryAdd((f.Supplier, f.Recipient, category), (generic?.Written ?? "weapons", f.Quantity));
        }

        var claims = new List<(string Supplier, string Recipient, string Category, List<ExtractedStance> Stances)>();
        var claimIndex = new Dictionary<(string, string, string), int>();
        var stanceIndex = new Dictionary<(int, string, StanceValue), int>();
        foreach (var f in findings)
        {
            var pairCategories = categoriesByPair[(f.Supplier, f.Recipient)];
            var own = f.Weapons.Where(w => !w.CatchAll).Select(w => w.Category).Distinct().ToList();
            // A stance about unspecified "weapons" goes to the pair's main claim; one about named goods to their categories.
            var targets = own.Count > 0 ? own : [pairCategories[0]];
            foreach (var category in targets)
            {
                if (!claimIndex.TryGetValue((f.Supplier, f.Recipient, category), out var index))
                {
                    claims.Add((f.Supplier, f.Recipient, category, []));
                    index = claims.Count - 1;
                    claimIndex[(f.Supplier, f.Recipient, category)] = index;
                }
                AddStance(claims[index].Stances, stanceIndex, index, f);
            }
        }

        // Within a pair, claims follow the pair's category order (named kinds first).
        var pairOrder = claims.Select(c => (c.Supplier, c.Recipient)).Distinct().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        return claims
            .Where(c => c.Stances.Count > 0)
            .OrderBy(c => pairOrder[(c.Supplier, c.Recipient)])
            .ThenBy(c => categoriesByPair[(c.Supplier, c.Recipient)].IndexOf(c.Category) is var rank && rank < 0 ? int.MaxValue : rank)
            .Select(c =>
            {
                var (item, quantity) = itemByKey.TryGetValue((c.Supplier, c.Recipient, c.Category), out var v) ? v : ("weapons", null);
                return new ExtractedClaim(c.Supplier, c.Recipient, item, c.Category, quantity, c.Stances);
            })
            .ToList();
    }

    private static void AddStance(List<ExtractedStance> stances, Dictionary<(int, string, StanceValue), int> index, int claim,
        StanceFinding f)
    {
        if (!index.TryGetValue((claim, f.Actor.Name, f.Value), out var at))
        {
            index[(claim, f.Actor.Name, f.Value)] = stances.Count;
            stances.Add(new ExtractedStance(f.Actor, f.Value, [f.Evidence]));
            return;
        }
        var existing = stances[at];
        if (existing.Evidence.Count >= 8 || existing.Evidence.Any(e => e.Start == f.Evidence.Start)) return;
        stances[at] = existing with { Evidence = [.. existing.Evidence, f.Evidence] };
    }
}

namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>
/// Fills the missing party of a transfer from the article's other transfers:
/// "Russia has now received shipments of these missiles" follows "Iran has sent ... missiles to Russia".
/// </summary>
public static class ContextResolver
{
    public static void FillParties(List<SentenceAnalysis> analyses)
    {
        // The dateline's country ("PORT SUDAN, Sudan — ..."): the first state named at the start of the body.
        var home = analyses.Where(a => !a.Sentence.IsTitle).Take(1).SelectMany(a => a.Places)
            .FirstOrDefault(p => p.First <= 5 && p.Entry.IsState)?.Canonical;
        foreach (var e in analyses.SelectMany(a => a.Events))
        {
            if (e.HomeRecipient && home is not null && e.Recipients.Count == 0 && !e.Suppliers.Contains(home)) e.Recipients.Add(home);
        }
        // Within a sentence first: "weapons destined for the Houthis, including ... drone engines supplied by Iran".
        foreach (var a in analyses)
        {
            foreach (var e in a.Events.Where(e => !e.Suppressed))
            {
                if (e.Suppliers.Count > 0 && e.Recipients.Count == 0)
                {
                    var other = a.Events.FirstOrDefault(o => o != e && !o.Suppressed && o.Recipients.Count > 0
                        && !o.Recipients.Intersect(e.Suppliers).Any());
                    if (other is not null) e.Recipients.AddRange(other.Recipients);
                }
                else if (e.Recipients.Count > 0 && e.Suppliers.Count == 0)
                {
                    var other = a.Events.FirstOrDefault(o => o != e && !o.Suppressed && o.Suppliers.Count > 0 && o.Recipients.Count == 0
                        && !o.Suppliers.Intersect(e.Recipients).Any());
                    if (other is not null) e.Suppliers.AddRange(other.Suppliers);
                }
            }
        }
        var full = new List<(int Sentence, TransferEvent Event)>();
        for (var s = 0; s < analyses.Count; s++)
        {
            foreach (var e in analyses[s].Events)
            {
                if (IsClaim(e)) full.Add((s, e));
            }
        }
        var sentenceOf = full.ToDictionary(f => f.Event, f => f.Sentence);
        var giverOnlyEvents = analyses.SelectMany(a => a.Events)
            .Where(o => !o.Suppressed && !o.Negated && o.Suppliers.Count > 0 && o.Recipients.Count == 0).ToHashSet();
        for (var s = 0; s < analyses.Count; s++)
        {
            foreach (var e in analyses[s].Events)
            {
                if (e.Suppliers.Count > 0 && e.Recipients.Count > 0) continue;
                if (e.UnnamedRecipient && e.Recipients.Count == 0) continue;
                bool Fits(TransferEvent c) =>
                    (e.Suppliers.Count == 0 || e.Suppliers.Intersect(c.Suppliers).Any())
                    && (e.Recipients.Count == 0 || e.Recipients.Intersect(c.Recipients).Any());
                // "The planes were received at a base near Kano" after jets from Brazil and drones from Turkey: the
                // claim about the same goods.
                // "We have spotted the Tor launchers ..., adding that they seemed to have been shipped lately": the sentence's goods.
                var categories = e.Weapons.Concat(analyses[s].Weapons).Where(w => !w.Generic).Select(w => w.Category).ToHashSet();
                var match = categories.Count > 0
                    ? Nearest(full, s,
                        c => Fits(c) && c.Weapons.Any(w => !w.Generic && categories.Contains(w.Category)) && s - sentenceOf[c] <= 3, 3)
                    : null;
                // "China’s ministry said Beijing is prudent about arms exports": a transfer without parties is about
                // the claim on a place the sentence names.
                // Only places before the transfer word: "..., said Ms Chen, a researcher at a Bangkok university" names where she works.
                if (match is null && e.Suppliers.Count == 0 && e.Recipients.Count == 0 && analyses[s].Places.Any(p => p.Last < e.Trigger))
                {
                    var named = analyses[s].Places.Where(p => p.Last < e.Trigger).Select(p => p.Canonical).ToHashSet();
                    match = Nearest(full, s, c => c.Suppliers.Any(named.Contains) || c.Recipients.Any(named.Contains), 10);
                }
                match ??= Nearest(full, s, Fits);
                // "France delivered 24 Rafales to foreign air forces ... The Emirati air force received 12 aircraft": a
                // receiver with no known giver takes the giver of a recent transfer whose receiver was not named.
                if (match is null && e.Suppliers.Count == 0 && e.Recipients.Count > 0)
                {
                    var giverOnly = Enumerable.Range(Math.Max(0, s - 2), s - Math.Max(0, s - 2) + 1).Reverse()
                        .SelectMany(k => analyses[k].Events.Where(o => o != e && giverOnlyEvents.Contains(o)))
                        .FirstOrDefault(o => !o.Suppliers.Intersect(e.Recipients).Any());
                    if (giverOnly is not null)
                    {
                        e.Suppliers.AddRange(giverOnly.Suppliers);
                        e.FromContext = true;
                        continue;
                    }
                }
                // "spare parts had come from a French company", right after "helicopters bought from Russia" by Mali:
                // a known party with no claim of its own takes the other party of the claim just before.
                if (match is null && (e.Suppliers.Count > 0 || e.Recipients.Count > 0))
                {
                    var near = full.LastOrDefault(f => f.Sentence == s).Event;
                    if (near is not null)
                    {
                        if (e.Suppliers.Count == 0 && !e.Recipients.Intersect(near.Suppliers).Any()) e.Suppliers.AddRange(near.Suppliers);
                        if (e.Recipients.Count == 0
                            && !e.Suppliers.Intersect(near.Recipients).Any()) e.Recipients.AddRange(near.Recipients);
                        e.Recipients.RemoveAll(r => e.Suppliers.Contains(r));
                        e.FromContext = true;
                    }
                    continue;
                }
                if (match is null) continue;
                if (e.Suppliers.Count == 0) e.Suppliers.AddRange(match.Suppliers);
                if (e.Recipients.Count == 0) e.Recipients.AddRange(match.Recipients);
                e.Recipients.RemoveAll(r => e.Suppliers.Contains(r));
                if (e.Weapons.All(w => w.Generic)) { e.Weapons.Clear(); e.Weapons.AddRange(match.Weapons); }
                e.FromContext = true;
            }
        }
    }

    /// <summary>
    /// The claims a sentence without its own transfer refers to: those of the nearest earlier sentence with one, else
    /// the next.
    /// </summary>
    public static List<TransferEvent> ContextFor(List<SentenceAnalysis> analyses, int index)
    {
        // "China’s Foreign Ministry declined to comment": prefer the latest claim about a place the sentence names.
        var named = analyses[index].Places.Select(p => p.Canonical).ToHashSet();
        // Look back a bounded distance: a claim under discussion is rarely far away, and long articles stay linear.
        for (var s = index - 1; s >= Math.Max(0, index - 40) && named.Count > 0; s--)
        {
            if (!analyses[s].Events.Any(IsClaim)) continue;
            var claims = analyses[s].Events.Where(e => IsClaim(e)
                && (e.Suppliers.Any(named.Contains) || e.Recipients.Any(named.Contains))).ToList();
            if (claims.Count > 0) return claims;
        }
        for (var s = index - 1; s >= 0; s--)
        {
            if (analyses[s].Events.Any(IsClaim)) return analyses[s].Events.Where(IsClaim).ToList();
        }
        for (var s = index + 1; s < analyses.Count; s++)
        {
            if (analyses[s].Events.Any(IsClaim)) return analyses[s].Events.Where(IsClaim).ToList();
        }
        return [];
    }

    public static bool IsClaim(TransferEvent e) => e.Suppliers.Count > 0 && e.Recipients.Count > 0 && !e.Suppressed;

    // The nearest fitting claim before the sentence (within a bounded distance, so long articles stay linear), else the first after it.
    private static TransferEvent? Nearest(List<(int Sentence, TransferEvent Event)> full, int sentence, Func<TransferEvent, bool> fits,
        int maxBack = 60)
    {
        // "full" is in sentence order: start at the last claim at or before the sentence (binary search).
        int low = 0, high = full.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (full[mid].Sentence <= sentence) low = mid + 1; else high = mid;
        }
        for (var i = low - 1; i >= 0; i--)
        {
            if (full[i].Sentence < sentence - maxBack) break;
            if (fits(full[i].Event)) return full[i].Event;
        }
        if (maxBack < 60) return null;
        for (var i = low; i < full.Count; i++)
        {
            if (full[i].Sentence > sentence + maxBack) break;
            if (fits(full[i].Event)) return full[i].Event;
        }
        return null;
    }
}

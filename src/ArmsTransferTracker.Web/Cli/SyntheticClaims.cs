using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// A seeded plan of a large tracker database for load tests, made before anything is written: parties (the gazetteer's
/// states and armed groups, a few supplying and receiving most), speakers (each party, its ministry and its officials,
/// analysts, research groups), outlets, claims (varied parties, categories and items, some merged into another, some with
/// an editor's status) and articles of a few stances each, published over ten years, some reprinted by another outlet.
/// Every live claim has a stance; busy claims have many. The same seed and sizes give the same plan.
/// </summary>
public sealed class SyntheticClaims
{
    public sealed record Speaker(string Name, ActorKind Kind, string? Role, int? Party);

    public sealed record ClaimPlan(int Supplier, int Recipient, string Category, string Item, string? Quantity);

    public sealed record StancePlan(int Claim, int Speaker, StanceValue Value);

    public sealed record ArticlePlan(int Number, int Outlet, DateOnly? PublishedOn, IReadOnlyList<StancePlan> Stances);

    /// <summary>A reprint of an article by another outlet, which repeats its first <paramref name="Stances"/> stances.</summary>
    public sealed record ReprintPlan(int Publisher, int Stances);

    public sealed record StatusPlan(int Claim, ClaimStatus Status, string Reason);

    /// <summary>The other names of some parties, so that filters by another name find them.</summary>
    public static IReadOnlyDictionary<string, string> PartyAliases { get; } = new Dictionary<string, string>
    {
        ["United States"] = "U.S.", ["United Kingdom"] = "UK", ["North Korea"] = "DPRK", ["Rapid Support Forces"] = "RSF",
    };

    // Who supplies and receives most, in the news of the last years; the rest of the gazetteer trails behind.
    private static readonly string[] MainSuppliers =
        ["Russia", "United States", "China", "Iran", "North Korea", "Turkey", "France", "Germany", "Israel", "United Kingdom"];

    private static readonly string[] MainRecipients =
        ["Ukraine", "Russia", "Sudan", "Israel", "Houthis", "Myanmar", "Taiwan", "Hezbollah", "Rapid Support Forces", "Armenia"];

    private static readonly Dictionary<string, string[]> Items = new()
    {
        [Categories.BallisticMissile] = ["short-range ballistic missiles", "Fath-360 missiles", "KN-23 missiles"],
        [Categories.CruiseMissile] = ["cruise missiles", "anti-ship missiles", "Storm Shadow missiles"],
        [Categories.Drone] = ["attack drones", "Shahed drones", "reconnaissance drones", "loitering munitions"],
        [Categories.ArtilleryAmmunition] = ["artillery shells", "152 mm shells", "155 mm rounds", "mortar rounds"],
        [Categories.SmallArms] = ["assault rifles", "machine guns", "small arms ammunition"],
        [Categories.AirDefence] = ["air defence systems", "surface-to-air missiles", "MANPADS"],
        [Categories.Aircraft] = ["fighter jets", "attack helicopters", "transport aircraft"],
        [Categories.ArmouredVehicle] = ["main battle tanks", "armoured personnel carriers", "infantry fighting vehicles"],
        [Categories.MissileComponents] = ["missile components", "guidance kits", "microchips"],
        [Categories.OtherWeapons] = ["howitzers", "rocket launchers", "anti-tank missiles", "patrol boats"],
        [Categories.NonLethal] = ["military trucks", "body armour", "satellite imagery"],
        [Categories.Nuclear] = ["nuclear technology", "reactor components"],
    };

    private static readonly string[] Quantities = ["dozens of", "hundreds of", "at least 12", "about 1,500", "several thousand"];

    private static readonly string[] FirstNames =
        ["Anna", "Reza", "Daniel", "Paulo", "Mila", "Karim", "Aiko", "Oleksandr", "Hannah", "Tomasz", "Sadia", "Murat", "Lin"];

    private static readonly string[] LastNames =
        ["Kovalenko", "Shokri", "Reyes", "Andrade", "Jovanovic", "Bensaid", "Tanabe", "Hrytsenko", "Birk", "Wilk", "Qureshi",
         "Aydin", "Cheng", "Okafor", "Lindqvist", "Moreau"];

    private static readonly string[] Roles = ["analyst", "researcher", "former defence official", "military expert"];

    private static readonly string[] Groups =
        ["Arms Monitor", "Conflict Research Unit", "Small Arms Watch", "Institute for Strategic Trade", "Open Source Desk",
         "Peace Research Centre", "Defence Observatory", "Sanctions Tracker"];

    private static readonly string[] OutletWords =
        ["Atlas", "Meridian", "Harbour", "Summit", "Frontier", "Northern", "Capital", "Coastal", "Evening", "Continental"];

    private static readonly string[] OutletKinds = ["Wire", "Post", "Herald", "Times", "Gazette", "Monitor"];

    private static readonly string[] Reasons =
        ["Satellite images contradict the denial.", "The report was retracted by its outlet.",
         "Customs records confirm the shipment.", "The sources are not independent of each other."];

    private static readonly DateOnly FirstDay = new(2015, 1, 1);
    private const int Days = 4_300;

    private SyntheticClaims(
        IReadOnlyList<string> parties, IReadOnlyList<Speaker> speakers, IReadOnlyList<string> outlets, IReadOnlyList<ClaimPlan> claims,
        IReadOnlyDictionary<int, int> merges, IReadOnlyList<StatusPlan> statuses, IReadOnlyList<ArticlePlan> articles,
        IReadOnlyDictionary<int, ReprintPlan> reprints)
    {
        (Parties, Speakers, Outlets, Claims, Merges, Statuses) = (parties, speakers, outlets, claims, merges, statuses);
        (Articles, Reprints) = (articles, reprints);
    }

    public IReadOnlyList<string> Parties { get; }

    public IReadOnlyList<Speaker> Speakers { get; }

    public IReadOnlyList<string> Outlets { get; }

    public IReadOnlyList<ClaimPlan> Claims { get; }

    /// <summary>Merged claims (their index) and the claim each was merged into; merged claims keep no stance.</summary>
    public IReadOnlyDictionary<int, int> Merges { get; }

    public IReadOnlyList<StatusPlan> Statuses { get; }

    public IReadOnlyList<ArticlePlan> Articles { get; }

    /// <summary>The articles reprinted (their index), each with its reprint.</summary>
    public IReadOnlyDictionary<int, ReprintPlan> Reprints { get; }

    /// <summary>The most claims the gazetteer's parties make: one per supplier, recipient and category.</summary>
    public static long MaxClaims => (long)PartyNames.Count * (PartyNames.Count - 1) * Categories.All.Count;

    /// <summary>
    /// A plan of exactly <paramref name="claimCount"/> claims and <paramref name="stanceCount"/> stances; the stances must be at
    /// least as many as the claims, and the claims at most <see cref="MaxClaims"/>.
    /// </summary>
    public static SyntheticClaims Plan(int claimCount, int stanceCount, int seed)
    {
        if (claimCount < 1 || claimCount > MaxClaims || stanceCount < claimCount)
        {
            throw new ArgumentOutOfRangeException(nameof(stanceCount), "From 1 claim, at most MaxClaims, and a stance per claim or more.");
        }
        var random = new Random(seed);
        var parties = PartyNames;
        var speakers = SpeakersOf(parties, random);
        var outlets = OutletWords.SelectMany(word => OutletKinds.Select(kind => $"{word} {kind}")).ToList();
        var claims = ClaimsOf(parties, claimCount, random);
        // About one claim in fifty merged into an older one, one in a hundred with an editor's status.
        var merges = Enumerable.Range(1, claimCount - 1).Where(_ => random.NextDouble() < 0.02).ToDictionary(i => i, i => random.Next(i));
        foreach (var merged in merges.Keys.ToList())
        {
            while (merges.TryGetValue(merges[merged], out var further))
            {
                merges[merged] = further;
            }
        }
        var live = Enumerable.Range(0, claimCount).Where(i => !merges.ContainsKey(i)).ToList();
        var statuses = live.Where(_ => random.NextDouble() < 0.01)
            .Select(i => new StatusPlan(i, (ClaimStatus)random.Next(4), Reasons[random.Next(Reasons.Length)]))
            .ToList();
        var (articles, reprints) = ArticlesOf(claims, live, speakers, outlets.Count, stanceCount, random);
        return new SyntheticClaims(parties, speakers, outlets, claims, merges, statuses, articles, reprints);
    }

    /// <summary>The main suppliers and recipients first, then the rest of the gazetteer's states and armed groups.</summary>
    private static readonly List<string> PartyNames =
    [
        .. MainSuppliers.Concat(MainRecipients).Concat(GazetteerNames("countries.txt")).Concat(GazetteerNames("armed-groups.txt"))
            .Distinct(),
    ];

    /// <summary>
    /// The canonical names (each row's first field) of one of the extraction library's embedded vocabulary lists, so that the
    /// parties are ones the extractor and the pages know by their names and other names.
    /// </summary>
    private static IEnumerable<string> GazetteerNames(string file)
    {
        using var stream = typeof(Places).Assembly.GetManifestResourceStream($"ArmsTransferTracker.Extraction.Data.Vocabulary.{file}")
            ?? throw new InvalidOperationException($"The vocabulary file {file} is not embedded in the extraction library.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine()?.Trim() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                names.Add(line.Split('|')[0].Trim());
            }
        }
        return names;
    }

    private static List<Speaker> SpeakersOf(IReadOnlyList<string> parties, Random random)
    {
        var speakers = parties.Select(party => new Speaker(party, ActorKind.Government, null, null)).ToList();
        var adjectives = new HashSet<string>();
        for (var i = 0; i < parties.Count; i++)
        {
            // Two states may share an adjective ("Congolese"): the second is named by its name.
            var adjective = Places.DemonymOf(parties[i]) is { } demonym && adjectives.Add(demonym) ? demonym : parties[i];
            speakers.Add(new Speaker($"{adjective} foreign ministry", ActorKind.Government, null, i));
            speakers.Add(new Speaker($"{adjective} officials", ActorKind.Officials, null, i));
        }
        speakers.AddRange(FirstNames.SelectMany(first => LastNames.Select(last => $"{first} {last}"))
            .Select(name => new Speaker(name, ActorKind.Person, Roles[random.Next(Roles.Length)], null)));
        speakers.AddRange(Groups.Select(group => new Speaker(group, ActorKind.Organisation, null, null)));
        return speakers;
    }

    /// <summary>An index into a list of <paramref name="count"/>: the first few drawn most, the rest a long tail, the
    /// longer the higher <paramref name="skew"/>.</summary>
    private static int Skewed(Random random, int count, double skew = 3) =>
        Math.Min(count - 1, (int)(count * Math.Pow(random.NextDouble(), skew)));

    private static List<ClaimPlan> ClaimsOf(List<string> parties, int count, Random random)
    {
        var taken = new HashSet<(int, int, int)>();
        var claims = new List<ClaimPlan>(count);
        var recipientOrder = MainRecipients.Select(r => parties.IndexOf(r))
            .Concat(Enumerable.Range(0, parties.Count).Except(MainRecipients.Select(r => parties.IndexOf(r))))
            .ToList();
        for (var attempt = 0; claims.Count < count; attempt++)
        {
            // Skewed at first; uniform once the busy pairs are taken, so that any count up to MaxClaims is reached.
            var uniform = attempt > 20 * count;
            var supplier = uniform ? random.Next(parties.Count) : Skewed(random, parties.Count);
            var recipient = recipientOrder[uniform ? random.Next(parties.Count) : Skewed(random, parties.Count)];
            var category = random.Next(Categories.All.Count);
            if (supplier == recipient || !taken.Add((supplier, recipient, category)))
            {
                continue;
            }
            var items = Items[Categories.All[category]];
            var quantity = random.NextDouble() < 0.3 ? Quantities[random.Next(Quantities.Length)] : null;
            claims.Add(new ClaimPlan(supplier, recipient, Categories.All[category], items[random.Next(items.Length)], quantity));
        }
        return claims;
    }

    private static (List<ArticlePlan>, Dictionary<int, ReprintPlan>) ArticlesOf(
        IReadOnlyList<ClaimPlan> claims, IReadOnlyList<int> live, IReadOnlyList<Speaker> speakers, int outletCount, int stanceCount,
        Random random)
    {
        // A stance for every live claim, the rest to busy claims (the busiest draws a few hundred); reprints repeat about
        // one stance in thirty.
        var extra = stanceCount - live.Count;
        var reprinted = extra / 30;
        var slots = live.Concat(Enumerable.Range(0, extra - reprinted).Select(_ => live[Skewed(random, live.Count, 1.5)]))
            .Order()
            .ToList();
        var articles = new List<ArticlePlan>();
        for (var start = 0; start < slots.Count;)
        {
            var size = Math.Min(slots.Count - start, 2 + random.Next(7));
            var published = random.NextDouble() < 0.03 ? (DateOnly?)null : FirstDay.AddDays(random.Next(Days));
            var stances = new List<StancePlan>(size);
            var said = new HashSet<(int, int)>();
            foreach (var claim in slots.Skip(start).Take(size))
            {
                var (speaker, value) = Voice(claims[claim], speakers, random);
                while (!said.Add((claim, speaker)))
                {
                    speaker = (speaker + 1) % speakers.Count;
                }
                stances.Add(new StancePlan(claim, speaker, value));
            }
            articles.Add(new ArticlePlan(articles.Count + 1, random.Next(outletCount), published, stances));
            start += size;
        }
        var reprints = new Dictionary<int, ReprintPlan>();
        while (reprinted > 0)
        {
            var original = random.Next(articles.Count);
            if (!reprints.ContainsKey(original))
            {
                var count = Math.Min(reprinted, articles[original].Stances.Count);
                reprints[original] = new ReprintPlan((articles[original].Outlet + 1 + random.Next(outletCount - 1)) % outletCount, count);
                reprinted -= count;
            }
        }
        return (articles, reprints);
    }

    /// <summary>Who speaks on a claim and how: outsiders mostly assert it, the supplier's side mostly denies it.</summary>
    private static (int Speaker, StanceValue Value) Voice(ClaimPlan claim, IReadOnlyList<Speaker> speakers, Random random)
    {
        var parties = speakers.Count(s => s.Party is null && s.Kind == ActorKind.Government);
        var roll = random.NextDouble();
        if (roll < 0.1)
        {
            // The supplier itself, or its ministry, denies it.
            var side = random.Next(2);
            return (side == 0 ? claim.Supplier : parties + 2 * claim.Supplier, StanceValue.Denies);
        }
        var value = roll < 0.85 ? StanceValue.Supports : roll < 0.87 ? StanceValue.Denies : StanceValue.Neutral;
        var pick = random.NextDouble();
        var speaker = pick < 0.5
            // Officials of one of the busiest states, who speak of most transfers.
            ? parties + 2 * Skewed(random, parties) + 1
            : pick < 0.65 ? parties + 2 * claim.Recipient + random.Next(2) : 3 * parties + random.Next(speakers.Count - 3 * parties);
        return (speaker, value);
    }
}

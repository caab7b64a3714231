using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Rules;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Transfers;

/// <summary>
/// The third stage: every transfer a parsed sentence tells, read off the arguments of each verb and noun of transfer,
/// with its mood and negation. A frame needs goods or both parties; later stages decide whom it belongs to.
/// </summary>
public static class FrameReader
{
    /// <summary>The stand-in a frame gives a side named "the country", for the stance stage to resolve.</summary>
    public const string TheCountry = "the country";

    /// <summary>An armed group named by its kind ("the militia"), as "the country" names a state.</summary>
    public const string TheGroup = "the group";

    /// <summary>Every side at once ("to either side", "to any party"), for the stance stage to read as the side in focus.</summary>
    public const string AnyParty = "any party";

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "we", "he", "she", "i" };

    // "its helicopters were bought from Russia": the goods' owner named by a pronoun is the side its subject form would be.
    private static readonly Dictionary<string, string> PossessivePronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["its"] = "it", ["their"] = "they", ["our"] = "we", ["his"] = "he", ["her"] = "she", ["my"] = "i",
    };

    // Clauses of their own: a party or the goods are not looked for inside them.
    internal static readonly HashSet<string> ClauseRelations = ["acl:relcl", "ccomp", "advcl", "parataxis", "csubj", "appos", "conj"];

    public static IReadOnlyList<TransferFrame> Read(SentenceMentions mentions)
    {
        if (mentions.Sentence.Tree is not { } tree) return [];
        var frames = new List<TransferFrame>();
        foreach (var word in tree.Words)
        {
            if (TriggerAt(mentions, tree, word) is not { } site) continue;
            if (FrameRules.Arguments.Fire(site) is not { } fired) continue;
            var (arguments, rule) = fired;
            if (ReferenceEquals(arguments, FrameArguments.NoTransfer)) continue;
            // "Those launchers did not come from any street market": goods got from the market, the enemy or a battlefield came
            // from no state, whatever is said of them; goods that left a depot left a state's stocks.
            if (arguments.Supplier is { } source && Lexicon.OwnSources.Contains(tree[source].Lemma)
                && !Lexicon.LeavingVerbs.Contains(word.Lemma) && !PartiesOf(site, source).Any(p => p.IsNamed)) continue;
            var mood = MoodRules.Moods.Fire(site);
            var negation = MoodRules.Negations.Fire(site);
            var (goods, goodsRule) = GoodsOf(site, arguments.Goods);
            // "Poland and Slovakia handed over jets to Ukraine", "Lithuania and Latvia each received radars": one frame a pair.
            var recipients = PartiesOf(site, arguments.Recipient);
            string? recipientRule = null;
            var gapped = GappedDestinations(site);
            if (gapped.Count > 0)
            {
                (recipients, recipientRule) = ([.. recipients.Where(r => r.IsNamed).Concat(gapped.Keys).DistinctBy(r => r.Place)],
                    "gapped-destinations");
            }
            if (!recipients[0].IsNamed && HolderOf(site) is { } holder) (recipients, recipientRule) = ([holder], "holder-of-the-goods");
            if (!recipients[0].IsNamed && site.Kind is not TransferFrameKind.Receive
                && goods.Select(g => BuyerOf(site, g)).FirstOrDefault(b => b is not null) is { } buyer)
            {
                (recipients, recipientRule) = ([buyer], "buyer-of-the-goods");
            }
            foreach (var (supplier, supplierRule, supplied) in Suppliers(site, arguments, goods))
            {
                foreach (var recipient in recipients)
                {
                    // "The deliveries have not slowed": a transfer already told, named again by its noun or its goods.
                    // "The accusations come amid a crisis": words of claims and reports are never the goods named again.
                    var anaphoric = (site.IsNoun && site.Kind != TransferFrameKind.Hold && tree.IsDefinite(word.Index))
                        || arguments.Goods.Any(g => tree.IsDefinite(g) && !Lexicon.ClaimNouns.Contains(tree[g].Lemma)
                            && !Lexicon.DocumentNouns.Contains(tree[g].Lemma) && !Lexicon.NotGoods.Contains(tree[g].Lemma));
                    // Goods in use tell a transfer when they were made elsewhere, or are the goods already told ("the missiles
                    // have been fired at our cities"); "used the Oreshnik, which can carry warheads" names no goods it used.
                    if (site.Kind is TransferFrameKind.Use or TransferFrameKind.Hold && !supplier.IsNamed
                        && !(anaphoric && supplied.Any(w => arguments.Goods.Any(w.Covers)))) continue;
                    // "Algeria has never armed the movement", "we have armed no one in South Sudan": arming needs no goods named,
                    // the recipient may come from context, and the supplier may be a side the stance stage names.
                    var arming = site.Kind == TransferFrameKind.Arm && (supplier.IsNamed || supplier.Pronoun is not null);
                    // "rejected allegations that it is arming the RSF": a side named by a pronoun is a side the stance stage names.
                    var sides = (supplier.IsNamed || supplier.Pronoun is not null) && recipient.IsNamed;
                    // "said deliveries to India were on schedule": a plural noun of transfer with its recipient named names again
                    // the deliveries that side gets, whose supplier the article told.
                    var namedAgain = site.IsNoun && IsPlural(tree, word.Index) && recipient.IsNamed && !supplier.IsNamed;
                    // "Russia has delivered nothing", "we received nothing from Kigali": nothing given is a transfer denied.
                    var deniedOutright = negation is { Rule.Name: "no-goods" } && supplied.Count == 0
                        && tree.Children(word.Index, "obj").Any(o => o.Lemma == "nothing")
                        && (supplier.IsNamed || supplier.Pronoun is not null || recipient.IsNamed || recipient.Pronoun is not null);
                    if (supplied.Count == 0 && !sides && !anaphoric && !arming && !namedAgain && !deniedOutright) continue;
                    if (supplier.Place is not null && supplier.Place == recipient.Place) continue;
                    var rules = new List<string> { rule.Name };
                    if (supplierRule is not null) rules.Add(supplierRule);
                    if (goodsRule is not null) rules.Add(goodsRule);
                    if (recipientRule is not null) rules.Add(recipientRule);
                    if (mood is not null) rules.Add(mood.Value.Rule.Name);
                    if (negation is not null) rules.Add(negation.Value.Rule.Name);
                    var quantity = gapped.GetValueOrDefault(recipient) ?? QuantityOf(tree, supplied);
                    frames.Add(new TransferFrame(mentions.Sentence, word.Index, supplier, recipient, supplied, quantity,
                        negation is not null, mood?.Output.Mood ?? FrameMood.Fact, rules));
                }
            }
        }
        return GivenGoodsInUse(frames);
    }

    // "delivered two fire units to Estonia and one to Latvia": a count joined by "and" with a destination of its own is a second
    // delivery whose goods are left out; the destinations on both sides of the "and" receive, however the parser hung them,
    // the second its own count.
    private static Dictionary<FrameParty, string?> GappedDestinations(TriggerSite site)
    {
        var tree = site.Tree;
        var gapped = new Dictionary<FrameParty, string?>();
        if (site.IsNoun || site.Kind != TransferFrameKind.Give) return gapped;
        var destinations = site.Mentions.Places.Where(p => tree.CaseOf(p.Last) is "to").ToList();
        foreach (var count in tree.Words.Where(w => w is { Upos: "NUM", Relation: "conj" } && w.Index > site.Trigger + 1
            && tree[w.Index - 1].Lemma == "and" && tree.Dominates(site.Trigger, w.Index)))
        {
            if (destinations.LastOrDefault(p => p.Last < count.Index - 1 && p.Last >= count.Index - 4) is not { } before
                || destinations.FirstOrDefault(p => p.First > count.Index && p.First <= count.Index + 3) is not { } after) continue;
            foreach (var party in PartiesOf(site, before.Last).Where(p => p.IsNamed)) gapped.TryAdd(party, null);
            foreach (var party in PartiesOf(site, after.Last).Where(p => p.IsNamed)) gapped[party] = count.Form;
        }
        return gapped;
    }

    // "after giving T-72 tanks to Kyiv": the giver of an active verb is its subject, whoever the parser could not find; the
    // maker of a model is its supplier only when the sentence tells the goods' side ("the Su-35s were delivered").
    private static bool IsActiveGiving(TriggerSite site) =>
        !site.IsNoun && site.Kind == TransferFrameKind.Give
        && !site.Tree.Dependents(site.Trigger).Any(d => d.Relation is "nsubj:pass" or "aux:pass")
        && !site.Word.Relation.StartsWith("acl", StringComparison.Ordinal);

    /// <summary>
    /// The suppliers of a frame with the goods each supplied: the named ones, or else the makers or origins of the goods,
    /// one frame per origin ("Iranian-made Mohajer drones and Turkish Bayraktar aircraft"), or else the state that makes a
    /// model handed over or received ("Indonesia received its first Rafale jets" from France).
    /// </summary>
    private static IEnumerable<(FrameParty Supplier, string? Rule, IReadOnlyList<WeaponMention> Goods)> Suppliers(
        TriggerSite site, FrameArguments arguments, IReadOnlyList<WeaponMention> goods)
    {
        var named = PartiesOf(site, arguments.Supplier);
        if (named.Any(p => p.IsNamed) || named.Any(p => p.Pronoun is not null))
        {
            // "received six drones from Turkey and two helicopters from Russia": goods with a "from" of their own came from it.
            var ownSources = goods.Select(g => (Goods: g, Source: OwnSource(site, g))).ToList();
            foreach (var group in ownSources.Where(x => x.Source is not null && named.All(p => p.Place != x.Source.Place))
                .GroupBy(x => x.Source!.Place))
            {
                yield return (group.First().Source!, "goods-with-their-own-source", group.Select(x => x.Goods).ToList());
            }
            var rest = ownSources.Where(x => x.Source is null || named.Any(p => p.Place == x.Source.Place)).Select(x => x.Goods).ToList();
            if (rest.Count == 0 && goods.Count > 0) yield break;
            foreach (var party in named) yield return (party, null, rest.Count == goods.Count ? goods : rest);
            yield break;
        }
        var byOrigin = goods.Select(g => (Goods: g, Origin: MadeIn(site, g) is { } maker ? (maker, "made-in-goods")
                : site.Kind != TransferFrameKind.Use && OriginOf(site, g) is { } origin ? (origin, "origin-of-goods")
                : !IsActiveGiving(site) && GiverInRelativeClause(site, g) is { } giver ? (giver, "giver-in-relative-clause")
                : site.Kind != TransferFrameKind.Use && !IsActiveGiving(site) && Weapons.MakerOf(g) is { } made
                    ? (new FrameParty(made, null), "maker-of-the-model")
                    : ((FrameParty?)null, (string?)null)))
            .ToList();
        if (byOrigin.All(x => x.Origin.Item1 is null))
        {
            yield return CarrierOwner(site) is { } owner ? (owner, "carrier-of-a-state", goods) : (FrameParty.None, null, goods);
            yield break;
        }
        foreach (var group in byOrigin.Where(x => x.Origin.Item1 is not null).GroupBy(x => x.Origin.Item1!.Place))
        {
            var first = group.First().Origin;
            yield return (first.Item1!, first.Item2, group.Select(x => x.Goods).ToList());
        }
    }

    // "Chinese-made bombs supplied by the UAE have been used by the RSF": the supplier named is the UAE, not the maker;
    // the goods in use then tell no transfer of their own.
    private static List<TransferFrame> GivenGoodsInUse(List<TransferFrame> frames)
    {
        var uses = frames.Where(f => f.Rules[0] == "goods-in-use").ToList();
        var given = frames.Except(uses).Where(f => f.Supplier.IsNamed && !f.Rules.Contains("made-in-goods")).ToList();
        return frames.Where(f => !uses.Contains(f) || !given.Any(g => g.Goods.Intersect(f.Goods).Any())).ToList();
    }

    // "Israel has relied on bombs delivered by the United States": goods described by a participle of giving are held
    // by the subject of the clause they belong to.
    private static FrameParty? HolderOf(TriggerSite site)
    {
        var tree = site.Tree;
        if (site.IsNoun || !site.Word.Relation.StartsWith("acl", StringComparison.Ordinal)
            || site.Word.Relation == "acl:relcl") return null;
        // "jets joined the air force, and a company shipped shells to the army", the verb hung as a participle: a verb with objects of
        // its own describes no goods.
        if (tree.Dependents(site.Trigger).Any(d => d.Relation is "obj" or "iobj")) return null;
        var word = site.Word.Head;
        for (var step = 0; step < 4 && word != 0; step++)
        {
            var current = tree[word];
            // A reporting verb's subject tells of the goods; it does not hold them.
            if (current.Upos == "VERB")
            {
                return !Lexicon.IsSpeechOrDenial(current.Lemma)
                    && tree.Child(word, "nsubj") is { } subject && PartiesOf(site, subject.Index) is [{ IsNamed: true } party, ..] ? party
                        : null;
            }
            if (!(current.Relation.StartsWith("nmod", StringComparison.Ordinal)
                || current.Relation.StartsWith("obl", StringComparison.Ordinal)
                || current.Relation is "obj" or "appos" or "conj")) return null;
            word = current.Head;
        }
        return null;
    }

    private static TriggerSite? TriggerAt(SentenceMentions mentions, ParsedSentence tree, SyntaxWord word)
    {
        // "armed drones", "supplied weapons" as a description: a participle used as an adjective tells no transfer.
        if (word.Relation is "amod" or "compound" && tree.Child(word.Index, "obj") is null
            && !FrameRules.IsGerundTakenForAdjective(tree, word)) return null;
        if (FrameRules.IsArmedWithoutArmer(tree, word)) return null;
        // "Two helicopters landed at the airstrip and unloaded rifles": what arrived carried the goods; it is not the goods.
        if (IsCarrierArriving(mentions, tree, word)) return null;
        // "carried out strikes", "carried out a test": with its particle the verb says something else.
        if (tree.Dependents(word.Index).Any(d => d.Relation == "compound:prt" && Lexicon.IdiomPhrasals.Contains($"{word.Lemma} {d.Lemma}")))
        {
            return null;
        }
        // "bringing the total to 24", "bringing to 18 the number delivered": a count raised to a figure, not "a small number of
        // missiles" nor "sent helicopters to one" side; the goods counted are told by the participle after it, if at all.
        if (tree.Dependents(word.Index).Any(d => (d.Relation == "obj" && Lexicon.TallyNouns.Contains(d.Lemma)
                && !tree.Dependents(d.Index).Any(of => of.Relation == "nmod" && tree.CaseOf(of.Index) == "of"))
            || (d.Relation == "obl" && d.Upos == "NUM" && d.Lemma != "one" && tree.CaseOf(d.Index) == "to")))
        {
            return null;
        }
        // "A communiqué carried by the official wire service": words carried or released are no goods.
        if (word.Relation.StartsWith("acl", StringComparison.Ordinal) && Lexicon.IsStatementOrDocument(tree[word.Head])
            && tree.Child(word.Index, "nsubj") is null && tree.Child(word.Index, "mark") is null) return null;
        // "The army is flying Turkish drones": a verb of both moving and using ("fly") moves goods only on their way somewhere.
        if (word.Upos is "VERB" && Lexicon.UseVerbs.Contains(word.Lemma) && !IsOnTheWay(tree, word))
        {
            return new TriggerSite(mentions, tree, word.Index, TransferFrameKind.Use, IsNoun: false);
        }
        // "engines bound for Russia": a participle whose lemma is another verb's ("bind") is found by its form.
        if (word.Upos is "VERB" && (Lexicon.TransferVerbs.TryGetValue(word.Lemma, out var verbKind)
            || Lexicon.TransferVerbs.TryGetValue(word.Form, out verbKind)))
        {
            return new TriggerSite(mentions, tree, word.Index, verbKind, IsNoun: false);
        }
        if (word.Upos is "VERB" && Lexicon.UseVerbs.Contains(word.Lemma))
        {
            return new TriggerSite(mentions, tree, word.Index, TransferFrameKind.Use, IsNoun: false);
        }
        // "shells that ended up in Ukraine": a verb that tells a transfer with its particle alone.
        if (word.Upos is "VERB" && PhrasalKind(tree, word) is { } phrasalKind)
        {
            return new TriggerSite(mentions, tree, word.Index, phrasalKind, IsNoun: false);
        }
        if (word.Upos is "NOUN" && Lexicon.TransferNouns.TryGetValue(word.Lemma, out var nounKind))
        {
            return new TriggerSite(mentions, tree, word.Index, nounKind, IsNoun: true);
        }
        // "new Russian hardware in LNA hands", "the KN-23 is in Russian hands": goods held by a side.
        if (FrameRules.IsInTheHandsOf(tree, word)) return new TriggerSite(mentions, tree, word.Index, TransferFrameKind.Hold, IsNoun: true);
        return null;
    }

    private static TransferFrameKind? PhrasalKind(ParsedSentence tree, SyntaxWord verb) =>
        tree.Dependents(verb.Index).Where(d => d.Relation is "compound:prt" or "advmod")
            .Select(d => Lexicon.PhrasalTransferVerbs.TryGetValue($"{verb.Lemma} {d.Lemma}", out var kind)
                ? kind : (TransferFrameKind?)null)
            .FirstOrDefault(kind => kind is not null);

    // "flown to Port Sudan", "flew the helicopters in", "flew Mali six drones": a way, a destination or a recipient after the
    // verb, wherever in its phrase the parser hung it ("had flown rounds, guns and missiles to the paramilitaries").
    // Not a "from" in a clause of its own: "has flown the TB2 since 2022, when it bought six from Turkey".
    private static bool IsOnTheWay(ParsedSentence tree, SyntaxWord verb) =>
        tree.Dependents(verb.Index).Any(d => d.Relation == "iobj" || d.Lemma is "in" or "out" && d.Relation is "compound:prt" or "advmod")
        || tree.Subtree(verb.Index, d => !ClauseRelations.Contains(d.Relation)).Any(w => w > verb.Index && tree[w].Relation == "case"
            && tree[w].Lemma is "to" or "into" or "towards" or "toward" or "from" or "for"
            // "has been flying them for more than a year": a "for" of time is how long, not where to.
            && !(tree[w].Lemma == "for" && Lexicon.TimeWords.Contains(tree[tree[w].Head].Lemma.ToLowerInvariant())));

    // Aircraft that arrive with other goods named after them carry those goods, however the parser read "and unloaded".
    private static bool IsCarrierArriving(SentenceMentions mentions, ParsedSentence tree, SyntaxWord word) =>
        word.Upos == "VERB" && Lexicon.TransferVerbs.TryGetValue(word.Lemma, out var kind) && kind == TransferFrameKind.Move
        && tree.Child(word.Index, "nsubj") is { } subject
        && mentions.Weapons.Any(w => w.Covers(subject.Index) && w.Category == Categories.Aircraft)
        && mentions.Weapons.Any(w => w.First > word.Index && w.Category != Categories.Aircraft && !w.CatchAll);

    /// <summary>
    /// The states or groups a phrase names: its head and the heads coordinated with it, each with the words that describe
    /// it ("Ukrainian forces", "Russia's army", "units of the Russian army", "flights from the UAE"), not a place named
    /// deeper in it ("any party in the Russia-Ukraine war"); or its pronoun. A phrase that names none is one unnamed party.
    /// </summary>
    internal static IReadOnlyList<FrameParty> PartiesOf(TriggerSite site, int? head)
    {
        if (head is not { } word) return [FrameParty.None];
        var tree = site.Tree;
        // "drilled M23 gunmen and supplied them with mortars": "them" is the side the joined verb acts on.
        if (tree[word].Form.Equals("them", StringComparison.OrdinalIgnoreCase) && SideOfJoinedVerb(site) is { } side)
        {
            return PartiesOf(site, side);
        }
        if (tree[word].Upos == "PRON" && Pronouns.Contains(tree[word].Form))
            return [new FrameParty(null, tree[word].Form.ToLowerInvariant())];
        // Only the owner of goods: "its arms exports" are a side's trade in general, and "its imports" may be another's.
        if (tree[word].Upos == "PRON" && PossessivePronouns.TryGetValue(tree[word].Form, out var subjectForm)
            && site.Mentions.Weapons.Any(w => w.Covers(tree[word].Head)))
        {
            return [new FrameParty(null, subjectForm)];
        }
        // "has never armed any militant group": every armed group, but no state.
        if (IsAnyParty(tree, word))
        {
            var groupsOnly = tree.Dependents(word).Any(d => d.Relation is "amod" or "compound"
                && Lexicon.GroupNouns.Contains(d.Lemma.ToLowerInvariant()));
            return [new FrameParty(null, AnyParty)
            {
                ArmedGroupsOnly = groupsOnly,
                SidesOfAWar = IsSideOfAWar(tree, word),
                // Not "any armed group in Myanmar": a group there is no state.
                Within = groupsOnly || IsArmedGroupWord(tree, word) ? null
                    : tree.Children(word, "nmod").Where(d => tree.CaseOf(d.Index) == "in")
                        .Select(d => site.Mentions.Places.FirstOrDefault(p => p.IsState && p.Covers(d.Index))?.Canonical).FirstOrDefault(),
            }];
        }
        // "shipped to Yerevan via Georgia, Greece and Cyprus": the places goods pass through are no parties, however the
        // parser joined them to the place they went to.
        var joined = tree.WithConjuncts(word).ToList();
        var transit = joined.Concat(tree.Dependents(word).Select(d => d.Index))
            .Where(w => w != word && tree.CaseOf(w) is "via" or "through").DefaultIfEmpty(int.MaxValue).Min();
        joined = [.. joined.Where(w => w == word || w < transit)];
        var parties = joined.SelectMany(w => OfPlaces(site, w) ?? [w]).Select(w => PartyOf(site, w))
            .Where(p => p.IsNamed).DistinctBy(p => p.Place).ToList();
        // "Moldova confirmed that the country had received vehicles", "delivered to the kingdom": "the country" stands for a
        // state, as "it" does. Not "the whole country", "a country", "the country's army".
        if (parties.Count == 0 && (Lexicon.LandNouns.Contains(tree[word].Lemma) || Lexicon.RegimeNouns.Contains(tree[word].Lemma))
            && IsTheAlone(tree, word, d => d.Relation is "amod" or "compound" or "nmod:poss" or "appos" or "flat"))
        {
            return [new FrameParty(null, TheCountry)];
        }
        // "The army took delivery of drones", "delivered to the national army": a state's forces named without their state are
        // the country's, as "the country" is. Not "the rebel army" nor "the army of the Islamists"; not a force with a name of its
        // own ("the Hellenic Army"), which the gazetteer may not know, nor "the (armed) forces", which an armed group calls its
        // own as well; nor the subject a joined verb borrows ("the army needs more, and factories still sell rounds").
        if (parties.Count == 0 && Lexicon.ForceNouns.Contains(tree[word].Lemma) && char.IsLower(tree[word].Form[0])
            && !(tree[word].Lemma == "force" && tree[word].Form.EndsWith('s'))
            && !(tree[site.Trigger].Relation == "conj" && tree[word].Head != site.Trigger)
            && IsTheAlone(tree, word, d => d.Relation is "nmod:poss" or "appos" or "flat" || Lexicon.GroupNouns.Contains(d.Lemma)
                || (d.Relation == "nmod" && tree.CaseOf(d.Index) == "of")))
        {
            return [new FrameParty(null, TheCountry)];
        }
        // "The ministry shipped shells to the United States", "the government has supplied weapons": a state's government or
        // ministry, named without its side, stands for the state as "the country" does. Not "the Polish ministry", "the
        // ministry's", "the ministry of trade" nor "governments".
        if (parties.Count == 0 && tree[word].Lemma is "ministry" or "government"
            && char.IsLower(tree[word].Form[0]) && tree[word].Form == tree[word].Lemma
            && IsTheAlone(tree, word, d => d.Relation is "amod" or "nmod:poss" or "appos" or "flat" or "nmod"))
        {
            return [new FrameParty(null, TheCountry)];
        }
        // "The minister said his government had handed over helicopters": a speaker's own country or government is its state.
        if (parties.Count == 0 && tree[word].Lemma is "country" or "government"
            && tree.Dependents(word).Any(d => d.Relation == "nmod:poss" && d.Lemma is "his" or "her" or "our" or "he" or "she" or "we")
            && !tree.Dependents(word).Any(d => d.Relation is "amod" or "compound"))
        {
            return [new FrameParty(null, TheCountry)];
        }
        // "to the paramilitary", "the terrorist militia": an armed group named by its kind.
        if (parties.Count == 0 && Lexicon.GroupNouns.Contains(tree[word].Lemma)
            && tree.Dependents(word).Any(d => d.Relation == "det" && d.Lemma == "the"))
        {
            return [new FrameParty(null, TheGroup)];
        }
        // "to rebels in Ethiopia's Tigray region": the group named last, or else the group by the region it fights in.
        if (parties.Count == 0 && Lexicon.GroupNouns.Contains(tree[word].Lemma) && RegionOf(site, word) is { } region)
        {
            return [new FrameParty(null, TheGroup) { RegionalName = $"{region} {tree[word].Form.ToLowerInvariant()}" }];
        }
        return parties.Count > 0 ? parties : [FrameParty.None];
    }

    // "the country", "the army": a noun after "the", with none of the words that would make it another's or a name (those the
    // caller names, and a possessive "'s" after it).
    private static bool IsTheAlone(ParsedSentence tree, int word, Func<SyntaxWord, bool> namesAnother) =>
        tree.Dependents(word).Any(d => d.Relation == "det" && d.Lemma == "the")
        && !tree.Dependents(word).Any(d => namesAnother(d) || (d.Index > word && d.Upos == "PART"));

    // The capitalised words of the place after "in" that are not a state's: "Upper Nile" of "in Upper Nile state".
    private static string? RegionOf(TriggerSite site, int group)
    {
        var tree = site.Tree;
        // Plural and bare: "rebels in Tigray", not "a rebel group in Tigray" or "the rebels in Tigray".
        if (tree[group].Form == tree[group].Lemma
            || tree.Dependents(group).Any(d => d.Relation is "det" or "amod" or "compound")) return null;
        var place = tree.Dependents(group).FirstOrDefault(d => d.Relation.StartsWith("nmod", StringComparison.Ordinal)
            && tree.CaseOf(d.Index) == "in");
        if (place is null) return null;
        var words = tree.Subtree(place.Index)
            .Where(w => tree[w].Upos == "PROPN" && !site.Mentions.Places.Any(p => p.IsState && p.Covers(w))).ToList();
        return words.Count > 0 && words.Zip(words.Skip(1)).All(pair => pair.Second == pair.First + 1)
            ? string.Join(" ", words.Select(w => tree[w].Form))
            : null;
    }

    // "any militia", "any armed group"; not "any party", "any group" (a group word as modifier is ArmedGroupsOnly's).
    private static bool IsArmedGroupWord(ParsedSentence tree, int word) =>
        (tree[word].Lemma.ToLowerInvariant() is var head && Lexicon.GroupNouns.Contains(head) && !Lexicon.PartyNouns.Contains(head))
        || tree.Dependents(word).Any(d => d.Relation is "amod" or "compound" && d.Lemma.ToLowerInvariant() is "arm" or "armed");

    // "either side", "any South Sudanese party", "either of the warring parties", "anyone": every side, none by name.
    // "either side", "any of the warring parties", "any party to the conflict", "any side in the war".
    private static bool IsSideOfAWar(ParsedSentence tree, int word)
    {
        bool IsWarring(int noun) => tree.Dependents(noun).Any(d => d.Relation == "amod" && d.Lemma == "warring");
        return tree[word].Lemma.Equals("side", StringComparison.OrdinalIgnoreCase) || IsWarring(word)
            || tree.Dependents(word).Any(d => d.Lemma.Equals("either", StringComparison.OrdinalIgnoreCase)
                || (d.Relation.StartsWith("nmod", StringComparison.Ordinal)
                    && (d.Lemma is "conflict" or "war" or "fighting" || IsWarring(d.Index))));
    }

    private static bool IsAnyParty(ParsedSentence tree, int word)
    {
        static bool IsAnyOrEither(SyntaxWord w) => w.Lemma.ToLowerInvariant() is "any" or "either";
        var head = tree[word];
        if (IsAnyOrEither(head))
        {
            return tree.Dependents(word).Any(d => d.Relation.StartsWith("nmod", StringComparison.Ordinal) && tree.CaseOf(d.Index) == "of"
                && Lexicon.PartyNouns.Contains(d.Lemma));
        }
        return Lexicon.PartyNouns.Contains(head.Lemma.ToLowerInvariant())
            && (head.Upos == "PRON" || tree.Dependents(word).Any(d => d.Relation is "det" or "cc:preconj" && IsAnyOrEither(d)));
    }

    // The object, or the side after "alongside" or "with", of the verb the trigger is joined to by "and".
    private static int? SideOfJoinedVerb(TriggerSite site)
    {
        var tree = site.Tree;
        if (site.Word.Relation != "conj" || site.Word.Head == 0) return null;
        return tree.Dependents(site.Word.Head)
            // Another "them" names no side, and reading it would ask this again without end.
            .Where(d => d.Index < site.Trigger && !d.Form.Equals("them", StringComparison.OrdinalIgnoreCase) && (d.Relation == "obj"
                || (TreeExtensions.Is(d.Relation, "obl") && tree.CaseOf(d.Index) is "alongside" or "with")))
            .Select(d => (int?)d.Index)
            .FirstOrDefault(d => PartiesOf(site, d).Any(p => p.IsNamed || p.Pronoun == TheGroup));
    }

    // "the interim rulers of Chad, Gabon and Guinea": each state named after "of" is a party of its own.
    private static IEnumerable<int>? OfPlaces(TriggerSite site, int word)
    {
        var tree = site.Tree;
        if (site.Mentions.Places.Any(p => p.Covers(word))) return null;
        // "to several African states, including Nigeria, Niger and Mali", "to countries such as Kenya": the states listed.
        var of = tree.Dependents(word)
            .FirstOrDefault(d => d.Relation.StartsWith("nmod", StringComparison.Ordinal)
                && tree.CaseOf(d.Index) is "of" or "including" or "such" or "as" && site.Mentions.Places.Any(p => p.Covers(d.Index)));
        // A conjunct with a preposition of its own ("..., according to an institute") is a phrase of its own.
        return of is null ? null : tree.WithConjuncts(of.Index).Where(c => c == of.Index || tree.CaseOf(c) is null).ToList();
    }

    private static FrameParty PartyOf(TriggerSite site, int word)
    {
        var tree = site.Tree;
        // "forces loyal to the Jubaland administration", "units of the Russian army", "flights from the UAE"; not "any
        // party in the Russia-Ukraine war". "Flown from Hyderabad to Israel": where goods went from is not where they went,
        // however the parser hung the one on the other.
        var from = tree.CaseOf(word) == "from";
        var phrase = tree.Subtree(word,
            d => d.Relation is "amod" or "compound" or "nmod:poss" or "nmod:desc" or "flat" or "flat:name" or "appos"
                || ((d.Relation.StartsWith("nmod", StringComparison.Ordinal) || d.Relation.StartsWith("obl", StringComparison.Ordinal))
                    && tree.CaseOf(d.Index) is "of" or "from" or "to" or "for"
                    && !(from && d.Head == word && tree.CaseOf(d.Index) is "to" or "for")));
        // The name the head is part of comes first: "Sudan's Rapid Support Forces" are the RSF; then the first name in it.
        // "The Sanaa-based Ansar Allah movement": where a party sits is not the party.
        var inPhrase = site.Mentions.Places.Where(p => phrase.Contains(p.Last) && !tree.IsWhereBased(p.Last)).ToList();
        // "to any Somali regional administration": any body of a kind is none in particular.
        if (!site.Mentions.Places.Any(p => p.Covers(word)) && tree.Dependents(word).Any(d => d.Relation == "det" && d.Lemma == "any"))
        {
            return FrameParty.None;
        }
        var place = site.Mentions.Places.FirstOrDefault(p => p.Covers(word))
            ?? CarrierOrigin(site, word)
            ?? HomeOf(site, word)
            ?? inPhrase.FirstOrDefault(p => phrase.Contains(p.First))
            ?? inPhrase.FirstOrDefault();
        // "Baykar delivered drones to Kenya": a company known by name supplies for its state.
        if (place is null && KnownBodies.At(tree, word) is { } body && KnownBodies.StateOf(body) is { } state)
        {
            return new FrameParty(state, null);
        }
        return place is null ? FrameParty.None : new FrameParty(place.Canonical, null);
    }

    // "companies registered in Thailand", "a firm based in Dubai": a company is filed under the state it is registered in.
    private static PlaceMention? HomeOf(TriggerSite site, int word)
    {
        var tree = site.Tree;
        var registered = tree.Dependents(word).FirstOrDefault(d => d.Relation.StartsWith("acl", StringComparison.Ordinal)
            && d.Lemma is "register" or "base" or "headquarter" or "incorporate");
        if (registered is null) return null;
        var where = tree.Children(registered.Index, "obl").Where(o => tree.CaseOf(o.Index) == "in")
            .SelectMany(o => tree.Subtree(o.Index)).ToHashSet();
        return site.Mentions.Places.FirstOrDefault(p => where.Contains(p.Last));
    }

    // "Azerbaijani cargo flights from Israel delivered missiles": a carrier comes from its supplier, whoever flies it.
    private static PlaceMention? CarrierOrigin(TriggerSite site, int word)
    {
        var tree = site.Tree;
        if (!Lexicon.CarrierNouns.Contains(tree[word].Lemma)) return null;
        var origins = tree.Dependents(word)
            .Where(d => d.Relation.StartsWith("nmod", StringComparison.Ordinal) && tree.CaseOf(d.Index) == "from")
            .SelectMany(d => tree.Subtree(d.Index))
            .ToHashSet();
        return site.Mentions.Places.FirstOrDefault(p => origins.Contains(p.Last));
    }

    // "shipped shells, machine guns and missiles to Yemen", the parser hanging "guns" and "missiles" on the verb as a phrase
    // without a preposition or a verb without a subject: goods after the goods found, so hung, are more of the goods.
    private static (IReadOnlyList<WeaponMention> Goods, string? Rule) WithListHungOnTheVerb(TriggerSite site, List<WeaponMention> goods)
    {
        var tree = site.Tree;
        var after = goods.Max(g => g.Last);
        // A list that follows the verb, not goods that moved on their own ("the drones come at night and drop bombs").
        var hung = after < site.Trigger ? [] : site.Mentions.Weapons.Where(w => w.First > after && !goods.Contains(w)
                && tree[w.Last] is { } head && head.Head == site.Trigger && head.Relation is "conj" or "obl"
                && tree.CaseOf(head.Index) is null
                && !tree.Dependents(head.Index).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            .ToList();
        return hung.Count == 0 ? (goods, null) : ([.. goods, .. hung], "list-hung-on-the-verb");
    }

    private static (IReadOnlyList<WeaponMention> Goods, string? Rule) GoodsOf(TriggerSite site, IReadOnlyList<int> heads)
    {
        var tree = site.Tree;
        var words = heads.SelectMany(h => tree.Subtree(h, d => !ClauseRelations.Contains(d.Relation) || d.Relation == "conj")).ToHashSet();
        var weapons = site.Mentions.Weapons.Where(w => !NamesTheCarrier(tree, w)).ToList();
        var goods = weapons.Where(w => words.Contains(w.Last) || words.Contains(w.First)).ToList();
        // "two trucks carrying 2,000 rifles crossed the border": what a carrier carries are the goods, not the carrier.
        if (goods.Where(g => Lexicon.CarrierNouns.Contains(tree[g.Last].Lemma)).ToList() is [_, ..] carriers
            && CarriedBy(site, weapons, carriers) is [_, ..] carried)
        {
            return (carried, "goods-a-carrier-carries");
        }
        // "the trucks of the convoy crossed into Syria": trucks that move carry the goods, if any the clause names; they are not
        // the goods.
        if (site.Kind == TransferFrameKind.Move && goods.Count > 0
            && goods.All(g => Lexicon.CarrierNouns.Contains(tree[g.Last].Lemma) && g.Category == Categories.NonLethal))
        {
            return (OfTheClause(site, [.. weapons.Except(goods)]), null);
        }
        if (goods.Count > 0) return WithListHungOnTheVerb(site, goods);
        // The goods of a clause: "sent 40 of them, mostly shells, to Kyiv".
        var inClause = OfTheClause(site, weapons);
        if (inClause.Count > 0) return WithListHungOnTheVerb(site, inClause);
        // A long list the parser hung elsewhere: the goods named next after the verb, close by.
        return (weapons.Where(w => w.First > site.Trigger && w.First - site.Trigger <= 12).Take(1).ToList(), null);
    }

    private static List<WeaponMention> OfTheClause(TriggerSite site, List<WeaponMention> weapons)
    {
        var clause = site.Tree.Subtree(site.Trigger, d => !ClauseRelations.Contains(d.Relation)).ToHashSet();
        return [.. weapons.Where(w => clause.Contains(w.Last))];
    }

    // The goods named in the clauses that describe the carriers: "trucks carrying rifles", "a ship loaded with shells".
    private static List<WeaponMention> CarriedBy(TriggerSite site, List<WeaponMention> weapons, List<WeaponMention> carriers)
    {
        var tree = site.Tree;
        var clauses = carriers.SelectMany(c => tree.Dependents(c.Last))
            .Where(d => d.Relation.StartsWith("acl", StringComparison.Ordinal) && d.Upos == "VERB")
            .SelectMany(d => tree.Subtree(d.Index))
            .ToHashSet();
        return weapons.Where(w => !carriers.Contains(w) && clauses.Contains(w.Last)).ToList();
    }

    // "Il-76 cargo flights", "An-124 transport planes": a model that names the aircraft a flight or a plane is carries the
    // goods; it is not the goods.
    private static bool NamesTheCarrier(ParsedSentence tree, WeaponMention weapon)
    {
        var word = weapon.Last;
        while (tree[word].Relation is "compound" or "amod" && tree[word].Head > 0)
        {
            word = tree[word].Head;
            if (Lexicon.CarrierNouns.Contains(tree[word].Lemma)) return true;
        }
        return false;
    }

    // "Serbian shells reached Ukraine", "shells from Serbian factories", "took delivery of Russian helicopters": goods that
    // are moved, handed over or received carry their origin; goods used do not ("made-in-goods" tells those).
    private static FrameParty? OriginOf(TriggerSite site, WeaponMention weapon)
    {
        var received = site.Kind is TransferFrameKind.Receive or TransferFrameKind.Hold || FrameRules.IsTakingDelivery(site)
            || FrameRules.IsArmingItself(site);
        if (!received && (site.Kind is not (TransferFrameKind.Move or TransferFrameKind.Give) || (site.Kind == TransferFrameKind.Give
            && !IsPassiveOrParticiple(site) && !site.IsNoun)))
        {
            return null;
        }
        var tree = site.Tree;
        bool Describes(SyntaxWord d) => d.Relation is "amod" or "compound" or "nummod" or "flat"
            || (d.Relation.StartsWith("nmod", StringComparison.Ordinal) && tree.CaseOf(d.Index) == "from");
        // "dozens of tanks from Belarusian bases": the amount the goods are of may carry where they come from.
        // "Belarusian tank engines": goods that only qualify a noun take their origin from that noun's words.
        var noun = tree[weapon.Last] is { Relation: "nmod", Head: > 0 } of && tree.CaseOf(of.Index) == "of"
            && tree[of.Head].Upos is "NOUN" or "NUM" && !site.Mentions.Weapons.Any(w => w.Covers(of.Head)) ? of.Head
            : site.IsNoun ? weapon.PhraseHead(tree)
            : weapon.Last;
        var phrase = tree.Subtree(noun, d => Describes(d) || (d.Index == weapon.Last && noun != weapon.Last));
        var origin = site.Mentions.Places.FirstOrDefault(p => !p.Covers(weapon.Last) && phrase.Contains(p.Last));
        return origin is null ? null : new FrameParty(origin.Canonical, null);
    }

    // "arrived on Iranian cargo flights", "flown in aboard Chinese air force transport aircraft": goods a state's own planes or
    // ships brought, with no one else named to give them, came from that state.
    private static FrameParty? CarrierOwner(TriggerSite site)
    {
        if (site.IsNoun || site.Kind is TransferFrameKind.Use or TransferFrameKind.Hold) return null;
        var tree = site.Tree;
        var carrier = tree.Dependents(site.Trigger).FirstOrDefault(d => d.Relation == "obl" && Lexicon.CarrierNouns.Contains(d.Lemma)
            && tree.CaseOf(d.Index) is "on" or "aboard" or "by" or "in");
        if (carrier is null) return null;
        var phrase = tree.Subtree(carrier.Index, d => d.Relation is "amod" or "compound");
        return site.Mentions.Places.FirstOrDefault(p => phrase.Contains(p.Last) && p.Last < carrier.Index && p.IsState) is { } owner
            ? new FrameParty(owner.Canonical, null)
            : null;
    }

    // "the 49 tanks Australia promised to Ukraine have been handed over", "every one of the jets Norway pledged": the state a
    // relative clause on the goods (or on the number of them) says gave or promised them is the giver, not their maker.
    private static FrameParty? GiverInRelativeClause(TriggerSite site, WeaponMention weapon)
    {
        var tree = site.Tree;
        var head = weapon.PhraseHead(tree);
        int[] nouns = tree[head] is { Relation: "nmod", Head: > 0 } of && tree.CaseOf(head) == "of" ? [head, of.Head] : [head];
        var giving = nouns.SelectMany(n => tree.Children(n, "acl:relcl")).FirstOrDefault(v => v.Index != site.Trigger
            && ((Lexicon.TransferVerbs.TryGetValue(v.Lemma, out var kind) && kind == TransferFrameKind.Give)
                || v.Lemma is "promise" or "pledge"));
        var subject = giving is null ? null : tree.Children(giving.Index, "nsubj").FirstOrDefault();
        return subject is null ? null
            : site.Mentions.Places.FirstOrDefault(p => p.Covers(subject.Index)) is { } place ? new FrameParty(place.Canonical, null) : null;
    }

    // The state or group a "from" on the goods' own word names: "six drones from Turkey".
    private static FrameParty? OwnSource(TriggerSite site, WeaponMention weapon)
    {
        var tree = site.Tree;
        var from = tree.Dependents(weapon.Last).FirstOrDefault(d => d.Relation.StartsWith("nmod", StringComparison.Ordinal)
            && tree.CaseOf(d.Index) == "from")?.Index ?? FromRightAfter(tree, weapon);
        return from is null ? null : site.Mentions.Places.FirstOrDefault(p => p.Covers(from.Value)) is { } place
            ? new FrameParty(place.Canonical, null) : null;
    }

    // "armoured vehicles from the United States and drones from Israel", "Heron drones from Israel": a "from" right after the
    // goods, or after the noun that ends their phrase, is theirs, wherever the parser hung it.
    private static int? FromRightAfter(ParsedSentence tree, WeaponMention weapon)
    {
        var next = weapon.Last + 1;
        if (next <= tree.Words.Count && tree[next].Upos == "NOUN") next++;
        if (next + 1 > tree.Words.Count || !tree[next].Form.Equals("from", StringComparison.OrdinalIgnoreCase)) return null;
        return tree[next + 1].Upos == "DET" && next + 2 <= tree.Words.Count ? next + 2 : next + 1;
    }

    private static bool IsPassiveOrParticiple(TriggerSite site) =>
        site.Word.Relation.StartsWith("acl", StringComparison.Ordinal)
            || site.Tree.Dependents(site.Trigger).Any(d => d.Relation is "aux:pass" or "nsubj:pass");

    /// <summary>"Handed over US-made rifles": a place joined by a hyphen to "made" or "supplied" is where goods come from.</summary>
    internal static bool IsMakerOfGoods(ParsedSentence tree, PlaceMention place) =>
        place.Last + 2 <= tree.Words.Count && tree[place.Last + 1].Form == "-"
        && Lexicon.MakerParticiples.Contains(tree[place.Last + 2].Form);

    // "Jets ordered from Italy", "helicopters bought from Russia": goods bought come from where they were bought.
    private static readonly HashSet<string> BoughtParticiples = new(StringComparer.OrdinalIgnoreCase) { "ordered", "bought", "purchased" };

    // "Qatar handed over jets bought by Turkey", "squadrons ordered by India": the goods go to whoever bought them.
    private static FrameParty? BuyerOf(TriggerSite site, WeaponMention weapon)
    {
        var tree = site.Tree;
        // "Gripen fighters bought by Thailand": a model names the noun it is a compound of.
        var noun = tree[weapon.Last] is { Relation: "compound", Head: > 0 } model ? model.Head : weapon.Last;
        return tree.Dependents(noun)
            .Where(d => d.Relation.StartsWith("acl", StringComparison.Ordinal) && BoughtParticiples.Contains(d.Form))
            .SelectMany(d => tree.Dependents(d.Index)
                .Where(a => a.Relation == "obl:agent" || (a.Relation == "obl" && tree.CaseOf(a.Index) == "by")))
            .Select(agent => site.Mentions.Places.FirstOrDefault(p => p.Covers(agent.Index)))
            .Where(p => p is not null)
            .Select(p => new FrameParty(p!.Canonical, null))
            .FirstOrDefault();
    }

    // "Iranian-made drones", "Polish-supplied cluster rounds", "engines made in China": the maker or giver supplies.
    private static FrameParty? MadeIn(TriggerSite site, WeaponMention weapon)
    {
        var tree = site.Tree;
        // "NASAMS batteries paid for by Oslo": a model that names the noun after it is described with that noun.
        foreach (var made in tree.Dependents(weapon.PhraseHead(tree)).Where(d => d.Relation.StartsWith("acl", StringComparison.Ordinal)
            && (Lexicon.MakerParticiples.Contains(d.Form) || BoughtParticiples.Contains(d.Form))))
        {
            var bought = BoughtParticiples.Contains(made.Form);
            var where = tree.Dependents(made.Index).FirstOrDefault(o => o.Relation is "obl" or "obl:agent"
                && (bought ? tree.CaseOf(o.Index) == "from" : tree.CaseOf(o.Index) is "in" or "by"));
            // "made by a Brazilian state company": a maker named by its state's adjective is of that state.
            if (where is not null && site.Mentions.Places.FirstOrDefault(p => p.Covers(where.Index)
                    || tree.Dependents(where.Index).Any(d => d.Relation is "amod" or "compound" && p.Covers(d.Index))) is { } maker)
            {
                return new FrameParty(maker.Canonical, null);
            }
        }
        for (var w = Math.Max(3, weapon.First - 4); w < weapon.First; w++)
        {
            if (!Lexicon.MakerParticiples.Contains(tree[w].Form) || tree[w - 1].Form != "-") continue;
            // "Lima-built Abrams tanks": a capital's name before "-built" names a town, which may be another state's.
            if (site.Mentions.Places.FirstOrDefault(p => p.Last == w - 2) is { Form: not PlaceForm.Capital } maker)
            {
                return new FrameParty(maker.Canonical, null);
            }
        }
        return null;
    }

    /// <summary>
    /// How many of the goods: the number before them ("at least 60 tanks") or the amount they are of ("hundreds of
    /// drones").
    /// </summary>
    private static string? QuantityOf(ParsedSentence tree, IReadOnlyList<WeaponMention> goods)
    {
        foreach (var weapon in goods)
        {
            // "six Gripen fighters": a model named before the noun it qualifies is counted by that noun's number.
            var nouns = tree[weapon.Last] is { Relation: "compound", Head: var noun } && noun > weapon.Last
                ? new[] { weapon.Last, noun } : [weapon.Last];
            if (nouns.Select(n => CountOf(tree, n, weapon)).FirstOrDefault(c => c is not null) is { } count) return count;
            if (AmountOf(tree, weapon) is { } amount) return amount;
        }
        return null;
    }

    // The number before the goods, and the words that qualify it ("at least six"). The number of a model's name ("S-300
    // missiles", "Mi-17 helicopters", "Leopard 2A4") is no quantity, though the parser may hang the count from it.
    private static string? CountOf(ParsedSentence tree, int noun, WeaponMention weapon)
    {
        if (tree.Child(noun, "nummod") is not { } number || weapon.Covers(number.Index)) return null;
        var count = IsModelNumber(tree, number.Index)
            ? tree.Subtree(number.Index).FirstOrDefault(w => w < weapon.First && tree[w].Upos == "NUM" && !IsModelNumber(tree, w))
            : number.Index;
        return count == 0 || IsCalibre(tree, count) ? null : Text(tree, tree.Subtree(count).Where(w => w < weapon.First).ToList());
    }

    // "155 mm shells", "7.62 mm rounds": a number followed by its unit is the goods' size.
    private static bool IsCalibre(ParsedSentence tree, int number) =>
        number < tree.Words.Count && Lexicon.CalibreUnits.Contains(tree[number + 1].Form.TrimEnd('-', '.'));

    // "Mi-17": a number written onto a name with a hyphen; "Leopard 2A4": a designation of digits and letters.
    private static bool IsModelNumber(ParsedSentence tree, int number) =>
        (number > 2 && tree[number - 1].Form == "-" && char.IsLetter(tree[number - 2].Form[^1])
            && tree[number - 1].Start == tree[number - 2].End && tree[number].Start == tree[number - 1].End)
        || (tree[number].Form.Any(char.IsDigit) && tree[number].Form.Any(char.IsLetter));

    // "hundreds of drones", "16,000 containers of shells": the noun the goods hang from by "of", in the same phrase. "The supply
    // of weapons" names the transfer, "reports of drones" a claim, "the army of" a side: none is an amount.
    private static string? AmountOf(ParsedSentence tree, WeaponMention weapon)
    {
        var goods = tree[weapon.Last];
        if (goods.Head == 0 || !goods.Relation.StartsWith("nmod", StringComparison.Ordinal) || tree.CaseOf(goods.Index) != "of")
        {
            return null;
        }
        var amount = tree[goods.Head];
        if (amount.Upos is not ("NUM" or "NOUN") || amount.Index >= weapon.First
            || Enumerable.Range(amount.Index + 1, weapon.First - amount.Index - 1).Any(w => tree[w].Form is "," or "(")
            || Lexicon.TransferNouns.ContainsKey(amount.Lemma) || Lexicon.ClaimNouns.Contains(amount.Lemma)
            || Lexicon.IsStatementOrDocument(amount) || Lexicon.GovernmentHeads.Contains(amount.Lemma)
            || Lexicon.OfficialHeads.Contains(amount.Lemma))
        {
            return null;
        }
        // Not "with" of "supplied Ecuador with a batch of jets", nor a comma before it: no part of the amount.
        var words = tree.Subtree(amount.Index, d => d.Index < weapon.First && d.Relation is not ("det" or "case" or "punct"));
        return Text(tree, words.Where(i => i < weapon.First && tree[i].Form is not ("of" or "\"" or "“" or "”")).ToList());
    }

    private static string? Text(ParsedSentence tree, IReadOnlyList<int> words) =>
        words.Count == 0 ? null : string.Join(' ', words.Select(i => tree[i].Form));

    // A noun is plural when its form is not its lemma ("deliveries", "delivery").
    private static bool IsPlural(ParsedSentence tree, int noun) =>
        !tree[noun].Form.Equals(tree[noun].Lemma, StringComparison.OrdinalIgnoreCase);
}

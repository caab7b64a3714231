using System.Text;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>
/// Goods named in a sentence, from word <see cref="First"/> to <see cref="Last"/> (1-based), with their category.
/// <see cref="Generic"/> goods ("weapons", "ammunition") name no kind; a claim takes its category from named kinds.
/// </summary>
public sealed record WeaponMention(int First, int Last, string Category, bool Generic, string Text)
{
    public bool Covers(int word) => word >= First && word <= Last;

    /// <summary>
    /// The head of the goods' noun phrase: their last word, or the noun a model names after it ("NASAMS batteries", "Piorun
    /// launchers"), which the phrase's modifiers and verb hang from.
    /// </summary>
    public int PhraseHead(ParsedSentence tree) =>
        tree[Last] is { Relation: "compound", Head: > 0 } model && model.Head > Last && tree[model.Head].Upos == "NOUN" ? model.Head : Last;

    /// <summary>Counted by a number of its own: "18 K2 tanks", "several drones", "hundreds of rifles".</summary>
    public bool Counted { get; init; }

    /// <summary>A word that names no kind of goods at all ("weapons", "military aid"): a claim's category comes from elsewhere.</summary>
    public bool CatchAll => Generic && Category == Categories.OtherWeapons;
}

/// <summary>The weapon lexicon: weapons.txt by category, weapon-models.txt by prefix, weapons-generic.txt.</summary>
public static class Weapons
{
    // A null category marks a phrase that holds a word for goods but names none ("think tank").
    private sealed record Entry(string? Category, bool Generic);

    private static readonly PhraseTable<Entry> Table = Build();

    // By the first letter of the prefix, in the file's order: a word is compared only with the models it can begin.
    private static readonly Dictionary<char, ModelPrefix[]> ModelsByInitial = VocabularyFile
        .Rows("weapon-models.txt")
        .Select(row => new ModelPrefix(row[0].TrimEnd('-'), row[0].EndsWith('-'), row[1]))
        .GroupBy(model => model.Prefix[0])
        .ToDictionary(models => models.Key, models => models.ToArray());

    // A prefix of weapon-models.txt; one with a hyphen inside ("f-16") is split once into its letters and number, not at
    // every word.
    private sealed record ModelPrefix(string Prefix, bool Hyphenated, string Category)
    {
        public int Dash { get; } = Prefix.IndexOf('-', StringComparison.Ordinal);

        public string Letters { get; } = Prefix.Split('-', 2)[0];

        public string Number { get; } = Prefix.Split('-', 2) is [_, var number] ? number : "";
    }

    private static readonly HashSet<string> PartWords = VocabularyFile.Words("part-nouns.txt");

    private static readonly HashSet<string> ServingGoods = VocabularyFile.Words("serving-goods.txt");

    private static readonly HashSet<string> ArmourWords = VocabularyFile.Rows("armour-words.txt").Select(row => row[0]).ToHashSet();

    private static readonly HashSet<string> VehicleWords = ["vehicles", "vehicle"];

    // The missiles whose parts are goods of their own kind, missile components.
    private static readonly HashSet<string> MissileKinds = [Categories.BallisticMissile, Categories.CruiseMissile];

    private static readonly IReadOnlyList<(string Model, string Maker)> Makers = VocabularyFile.Rows("weapon-makers.txt")
        .Select(row => (row[0], row[1]))
        .OrderByDescending(row => row.Item1.Length)
        .ToList();

    /// <summary>The state whose industry makes the model a mention names ("Su - 35" is Russian), or null.</summary>
    public static string? MakerOf(WeaponMention weapon)
    {
        var text = weapon.Text.Replace(" - ", "-", StringComparison.Ordinal).ToLowerInvariant();
        foreach (var (model, maker) in Makers)
        {
            if (text.StartsWith(model, StringComparison.Ordinal) && (model.EndsWith('-') || text.Length == model.Length
                || !char.IsLetterOrDigit(text[model.Length]) || text[model.Length] == 's' || IsVariant(text, model.Length))) return maker;
        }
        return null;
    }

    // "F-35A", "T-72B3", "J-10C": a letter, and perhaps a digit or two, right after the model's number name its variant.
    private static bool IsVariant(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return end - at <= 3 && char.IsLetter(text[at]) && text[(at + 1)..end].All(char.IsDigit);
    }

    /// <summary>
    /// Every weapon named in the parsed sentence, left to right, longest phrase first at each word, as the text writes it:
    /// the weapons found in its words (<see cref="Find(IReadOnlyList{string})"/>), read in its tree.
    /// </summary>
    public static IReadOnlyList<WeaponMention> Find(ParsedSentence sentence, IReadOnlyList<WeaponMention> inWords)
    {
        var found = inWords
            .Select(w => w with { Text = Written(sentence, w.First, w.Last), Counted = IsCounted(sentence, w) })
            .ToList();
        return [.. found.Select(w => SystemServed(sentence, w, found) is { } system ? w with { Category = system.Category }
            : IsMissileServedByParts(sentence, w) ? w with { Category = Categories.MissileComponents } : w)];
    }

    // "microelectronics for cruise missiles", "chips used in Kh-101 missiles": missiles that parts are for or in are what the
    // parts serve; the goods are the parts.
    private static bool IsMissileServedByParts(ParsedSentence sentence, WeaponMention missile)
    {
        if (!MissileKinds.Contains(missile.Category)) return false;
        var head = missile.PhraseHead(sentence);
        if (sentence.CaseOf(head) is not ("for" or "in") || sentence[head].Head == 0) return false;
        var holder = sentence[sentence[head].Head];
        // "chips used in the missiles": the participle's noun holds them.
        if (holder.Upos == "VERB" && holder.Relation.StartsWith("acl", StringComparison.Ordinal)) holder = sentence[holder.Head];
        return PartWords.Contains(holder.Form.ToLowerInvariant());
    }

    // The kinds of system whose parts and ammunition are goods of the system's kind: "rounds for the Gepard guns" arm an air
    // defence, "spare parts for its helicopters" keep aircraft flying. Shells for howitzers stay artillery ammunition.
    private static readonly HashSet<string> ServedKinds = [Categories.AirDefence, Categories.Aircraft, Categories.Drone];

    // "35 mm rounds for Ukraine's Gepard guns", "spare parts for the junta's helicopters": the system the goods serve, named
    // after "for" (from the goods or from what they are "of").
    private static WeaponMention? SystemServed(ParsedSentence sentence, WeaponMention goods, IReadOnlyList<WeaponMention> all)
    {
        var head = goods.Last;
        while (sentence[head].Relation == "compound" && sentence[head].Head > head) head = sentence[head].Head;
        var lemma = sentence[head].Lemma.ToLowerInvariant();
        if (!(PartWords.Contains(sentence[head].Form.ToLowerInvariant()) || ServingGoods.Contains(lemma))) return null;
        // "rounds of ammunition for the guns": "for" may hang from either noun, or from the verb they are the object of.
        var outer = TreeExtensions.Is(sentence[head].Relation, "nmod") && sentence.CaseOf(head) == "of" ? sentence[head].Head : head;
        var holders = sentence.Dependents(head).Where(d => TreeExtensions.Is(d.Relation, "nmod") && sentence.CaseOf(d.Index) == "of")
            .Select(d => d.Index).Prepend(head).Append(outer)
            .Concat(sentence[outer].Relation == "obj" ? [sentence[outer].Head] : []);
        return holders.SelectMany(h => sentence.Dependents(h))
            .Where(d => (TreeExtensions.Is(d.Relation, "nmod") || d.Relation == "obl") && sentence.CaseOf(d.Index) == "for")
            .Select(d => all.FirstOrDefault(w => w != goods && !w.Generic && ServedKinds.Contains(w.Category) && (w.Covers(d.Index)
                || sentence.Dependents(d.Index).Any(m => m.Relation is "compound" or "amod" or "flat" && w.Covers(m.Index)))))
            .FirstOrDefault(w => w is not null);
    }

    // A number before the goods, "several", or a count the goods hang from by "of" ("hundreds of", "several thousand tonnes
    // of"). A model counts as the noun it names: "18 K2 tanks".
    private static bool IsCounted(ParsedSentence sentence, WeaponMention weapon)
    {
        var head = weapon.Last;
        while (sentence[head].Relation == "compound" && sentence[head].Head > head) head = sentence[head].Head;
        if (sentence.Dependents(head).Any(d => d.Index < weapon.First && (d.Relation == "nummod" || d.Lemma == "several")))
        {
            return true;
        }
        var goods = sentence[head];
        if (goods.Head == 0 || sentence.CaseOf(goods.Index) != "of" || goods.Head > weapon.First) return false;
        var amount = sentence[goods.Head];
        return amount.Upos == "NUM" || Lexicon.CountNouns.Contains(amount.Lemma)
            || sentence.Dependents(amount.Index).Any(d => d.Relation == "nummod" || d.Lemma == "several");
    }

    // The tokenizer splits "IRIS-T" and "S-400" at the hyphen: words that touch in the text are written together, so a
    // claim's item reads as the article wrote it.
    private static string Written(ParsedSentence sentence, int first, int last)
    {
        var text = new StringBuilder(sentence[first].Form);
        for (var word = first + 1; word <= last; word++)
        {
            if (sentence[word].Start == 0 || sentence[word].Start != sentence[word - 1].End) text.Append(' ');
            text.Append(sentence[word].Form);
        }
        return text.ToString();
    }

    /// <summary>The same over a sentence's words before it is parsed (1-based positions).</summary>
    public static IReadOnlyList<WeaponMention> Find(IReadOnlyList<string> forms)
    {
        var found = new List<WeaponMention>();
        var count = forms.Count;
        for (var first = 1; first <= count; first++)
        {
            var last = 0;
            Entry? entry = null;
            if (Table.Match(forms, first) is { } match) (entry, last) = match;
            else if (ModelAt(forms, first) is { } model)
                (entry, last) = (new Entry(model.Category, false), DesignationAfter(forms, model.Last));
            if (entry is null) continue;
            if (entry.Category is not { } category)
            {
                first = last;
                continue;
            }
            var generic = entry.Generic;
            if ((generic && IsWithinAName(forms, first, last)) || IsUnitOfTroops(forms, first, last))
            {
                first = last;
                continue;
            }
            if (!generic && GenericHeadAfter(forms, last) is { } head) last = head;
            if (ArmouredFrom(forms, first, last) is { } armoured)
            {
                (first, category, generic) = (armoured, Categories.ArmouredVehicle, false);
            }
            var text = string.Join(' ', Enumerable.Range(first, last - first + 1).Select(i => forms[i - 1]));
            found.Add(new WeaponMention(first, last, Refine(forms, last, category), generic, text));
            first = last;
        }
        // Bare "ammunition" is for guns when guns, or "weapons and ammunition", are named beside it, and so are bare "rounds" (of
        // no calibre) beside guns; in arms-transfer news they are otherwise mostly shells.
        // Not the guns of a name that goes on ("the Light Weapons Monitor").
        var guns = found.Any(w => !w.Generic && w.Category == Categories.SmallArms
            && !(w.Last < forms.Count && char.IsUpper(forms[w.Last][0])));
        if (guns || found.Any(w => w.CatchAll))
        {
            return found.Select(w => (w.Generic && w.Text.Equals("ammunition", StringComparison.OrdinalIgnoreCase))
                    || (guns && IsBareRounds(forms, w))
                ? w with { Category = Categories.SmallArms } : w)
                .ToList();
        }
        return found;
    }

    private static bool IsBareRounds(IReadOnlyList<string> forms, WeaponMention goods) =>
        goods.Category == Categories.ArtilleryAmmunition && Lexicon.BareAmmunition.Contains(goods.Text.ToLowerInvariant())
        && (goods.First == 1 || !Lexicon.CalibreUnits.Contains(forms[goods.First - 2]));

    // "Strandzha Munitions rejected the findings", "Pakistan Ordnance Factories": a word for goods in general, capitalised after a
    // capitalised word of no state or before one of no goods, is a word of a company's or a body's name. Not in a line whose
    // every word is capitalised, as some headlines are ("Iran Sends Weapons To Russia").
    private static bool IsWithinAName(IReadOnlyList<string> forms, int first, int last)
    {
        static bool Capitalised(string form) => form.Length > 0 && char.IsUpper(form[0]);
        if (!Capitalised(forms[first - 1])) return false;
        var nameBefore = first > 1 && Capitalised(forms[first - 2]) && Places.Find([forms[first - 2]]).Count == 0;
        var nameAfter = last < forms.Count && Capitalised(forms[last]) && Table.Match(forms, last + 1) is null;
        // A line in title case has no word of five letters or more in lower case.
        return (nameBefore || nameAfter) && forms.Any(f => f.Length >= 5 && char.IsLower(f[0]));
    }

    // "Ukrainian artillery units", "drone operators": a word for a kind of weapon, in lower case, before a noun of the troops
    // who serve it names them, not goods. A model's name does not ("Pinaka units" are launchers).
    private static bool IsUnitOfTroops(IReadOnlyList<string> forms, int first, int last) =>
        last < forms.Count && Lexicon.UnitNouns.Contains(forms[last])
        && Enumerable.Range(first, last - first + 1).All(w => forms[w - 1].All(c => !char.IsUpper(c)));

    // "SCALP missiles", "Bayraktar drone shipment": a kind named right before a word of goods in general is that word's kind,
    // however the parser hangs the two.
    private static int? GenericHeadAfter(IReadOnlyList<string> forms, int last) =>
        last < forms.Count && Table.Match(forms, last + 1) is { Value.Generic: true } head ? head.Last : null;

    // "Kirpi mine-resistant vehicles", "armoured security vehicles": an armour word up to two words before vehicles.
    private static int? ArmouredFrom(IReadOnlyList<string> forms, int first, int last)
    {
        if (first != last || !VehicleWords.Contains(forms[last - 1].ToLowerInvariant())) return null;
        for (var word = first - 1; word >= Math.Max(1, first - 3); word--)
        {
            var form = forms[word - 1].ToLowerInvariant();
            if (ArmourWords.Contains(form)) return word;
            // "mine - resistant" is three tokens.
            if (word >= 3 && forms[word - 2] == "-"
                && ArmourWords.Contains($"{forms[word - 3]}-{form}".ToLowerInvariant())) return word - 2;
        }
        return null;
    }

    // "MiG-29" is "MiG - 29" to the tokenizer: a hyphenated prefix takes the hyphen and the number after it.
    private static (string Category, int Last)? ModelAt(IReadOnlyList<string> forms, int first)
    {
        // Folded on the stack: this runs at every word no phrase of the lexicon begins.
        var written = forms[first - 1];
        Span<char> form = written.Length <= 64 ? stackalloc char[written.Length] : new char[written.Length];
        PhraseTable<Entry>.FoldInto(written, form);
        if (form.Length == 0 || !ModelsByInitial.TryGetValue(form[0], out var models)) return null;
        foreach (var model in models)
        {
            if (model.Hyphenated)
            {
                if (form.SequenceEqual(model.Prefix) && first + 2 <= forms.Count && forms[first] == "-")
                {
                    return (model.Category, first + 2);
                }
            }
            else if (model.Dash > 0)
            {
                // "F-35A" is "F - 35A": the letters, the hyphen, and a number that begins as the prefix's does.
                if (form.SequenceEqual(model.Letters) && first + 2 <= forms.Count && forms[first] == "-"
                    && PhraseTable<Entry>.Fold(forms[first + 1]).StartsWith(model.Number, StringComparison.Ordinal))
                {
                    return (model.Category, first + 2);
                }
            }
            else if (form.StartsWith(model.Prefix, StringComparison.Ordinal))
            {
                return (model.Category, first);
            }
        }
        return null;
    }

    // "Bayraktar TB2", "Shahed-136": the variant written right after a model's name is part of it.
    private static int DesignationAfter(IReadOnlyList<string> forms, int last)
    {
        static bool IsDesignation(string form) => form.Length <= 6 && form.Any(char.IsDigit) && form.All(char.IsLetterOrDigit);
        if (last < forms.Count && IsDesignation(forms[last])) return last + 1;
        return last + 1 < forms.Count && forms[last] == "-" && IsDesignation(forms[last + 1]) ? last + 2 : last;
    }

    // "cruise missile components": a missile word followed by a parts word names components, not missiles.
    private static string Refine(IReadOnlyList<string> forms, int last, string category) =>
        last < forms.Count && PartWords.Contains(forms[last].ToLowerInvariant())
            && category is Categories.BallisticMissile or Categories.CruiseMissile or Categories.AirDefence
                or Categories.ArtilleryAmmunition or Categories.OtherWeapons
            ? Categories.MissileComponents
            : category;

    private static PhraseTable<Entry> Build()
    {
        var table = new PhraseTable<Entry>();
        foreach (var row in VocabularyFile.Rows("weapons.txt"))
        {
            foreach (var phrase in VocabularyFile.List(row[1])) table.Add(phrase, new Entry(row[0], false));
        }
        foreach (var row in VocabularyFile.Rows("weapons-generic.txt")) table.Add(row[0], new Entry(row[1], true));
        foreach (var phrase in VocabularyFile.Words("not-weapons.txt")) table.Add(phrase, new Entry(null, false));
        return table;
    }
}

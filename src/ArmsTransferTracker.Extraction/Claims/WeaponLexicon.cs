namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>A weapon named in a sentence: token range, category, and whether the word is generic ("weapons", "arms").</summary>
public sealed record WeaponMention(int First, int Last, string Category, bool Generic, string Text)
{
    /// <summary>A catch-all word ("weapons", "arms", "equipment") that names no kind of goods at all.</summary>
    public bool CatchAll => Generic
        && Text is "weapons" or "weapon" or "arms" or "armaments" or "military equipment" or "war material" or "materiel"
        or "lethal aid" or "military aid" or "military assistance" or "military support" or "military goods" or "weaponry" or "hardware"
        or "equipment" or "systems" or "cargo" or "shipment" or "missiles" or "missile" or "rocket" or "rockets" or "aircraft";

    /// <summary>The amount written before the goods in their own sentence ("several hundred"), or null.</summary>
    public string? Quantity { get; init; }

    /// <summary>The goods as the text writes them ("IRIS-T"); <see cref="Text"/> is lower-case, for the lexicon's rules.</summary>
    public string Written { get; init; } = Text;
}

/// <summary>Maps weapon words and model names to the category vocabulary (Categories.cs).</summary>
public static class WeaponLexicon
{
    private static readonly Dictionary<string, string> Phrases = BuildPhrases();


    private static Dictionary<string, int> BuildFirstWords()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in Phrases.Keys.Concat(GenericPhrases.Keys))
        {
            var words = phrase.Split(' ');
            map[words[0]] = Math.Max(map.GetValueOrDefault(words[0]), words.Length);
        }
        return map;
    }

    // Words that, without a more specific term in the sentence, still make a transfer about weapons: "denied sending weapons".
    private static readonly Dictionary<string, string> GenericPhrases = new(StringComparer.Ordinal)
    {
        ["weapons"] = Categories.OtherWeapons, ["weapon"] = Categories.OtherWeapons, ["arms"] = Categories.OtherWeapons,
        ["armaments"] = Categories.OtherWeapons, ["military equipment"] = Categories.OtherWeapons,
        ["war material"] = Categories.OtherWeapons, ["materiel"] = Categories.OtherWeapons, ["lethal aid"] = Categories.OtherWeapons,
        ["military aid"] = Categories.OtherWeapons, ["military assistance"] = Categories.OtherWeapons,
        ["military support"] = Categories.OtherWeapons, ["military goods"] = Categories.OtherWeapons,
        ["weaponry"] = Categories.OtherWeapons, ["hardware"] = Categories.OtherWeapons, ["equipment"] = Categories.OtherWeapons,
        ["munitions"] = Categories.ArtilleryAmmunition, ["ammunition"] = Categories.SmallArms,
        ["missiles"] = Categories.OtherWeapons, ["missile"] = Categories.OtherWeapons, ["rockets"] = Categories.ArtilleryAmmunition,
        ["rocket"] = Categories.ArtilleryAmmunition, ["aircraft"] = Categories.Aircraft, ["systems"] = Categories.OtherWeapons,
        ["cargo"] = Categories.OtherWeapons, ["shipment"] = Categories.OtherWeapons,
    };

    // Single-token model names by prefix: "MiG-29", "Su-35", "KN-23", "Shahed-136", "T-72".
    private static readonly (string Prefix, string Category)[] ModelPrefixes =
    [
        ("mig-", Categories.Aircraft), ("su-", Categories.Aircraft), ("f-16", Categories.Aircraft), ("f-35", Categories.Aircraft),
        ("f-15", Categories.Aircraft), ("f-18", Categories.Aircraft), ("jf-17", Categories.Aircraft), ("j-10", Categories.Aircraft),
        ("mi-", Categories.Aircraft), ("ka-52", Categories.Aircraft), ("kn-", Categories.BallisticMissile),
        ("fath-", Categories.BallisticMissile), ("iskander", Categories.BallisticMissile), ("hwasong", Categories.BallisticMissile),
        ("shahed", Categories.Drone), ("mohajer", Categories.Drone), ("orlan", Categories.Drone), ("bayraktar", Categories.Drone),
        ("lancet", Categories.Drone), ("geran", Categories.Drone), ("t-72", Categories.ArmouredVehicle),
        ("t-90", Categories.ArmouredVehicle), ("t-80", Categories.ArmouredVehicle), ("t-64", Categories.ArmouredVehicle),
        ("btr-", Categories.ArmouredVehicle), ("bmp-", Categories.ArmouredVehicle), ("s-300", Categories.AirDefence),
        ("s-400", Categories.AirDefence), ("pantsir", Categories.AirDefence), ("m1a", Categories.ArmouredVehicle),
        ("cv90", Categories.ArmouredVehicle), ("sukhoi", Categories.Aircraft), ("rafale", Categories.Aircraft),
        ("typhoon", Categories.Aircraft), ("gripen", Categories.Aircraft), ("tornado", Categories.Aircraft),
        ("kfir", Categories.Aircraft), ("galil", Categories.SmallArms), ("kalashnikov", Categories.SmallArms),
        ("ak-47", Categories.SmallArms), ("himars", Categories.OtherWeapons), ("m777", Categories.OtherWeapons),
    ];

    // Model prefixes grouped by their first two letters, so a token is compared with a handful of prefixes at most.
    private static readonly Dictionary<string, (string Prefix, string Category)[]> ModelsByStart =
        ModelPrefixes.GroupBy(p => p.Prefix[..2]).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    // The longest phrase starting with each word, so that most tokens cost one dictionary lookup.
    private static readonly Dictionary<string, int> LongestByFirstWord = BuildFirstWords();

    private static Dictionary<string, string> BuildPhrases()
    {
        var rows = new (string Category, string Terms)[]
        {
            (Categories.BallisticMissile, "ballistic missile,ballistic missiles,short-range missiles,ballistic missile launchers,icbm," +
                "icbms,srbm,srbms,scud,scuds,atacms,kn-23,kn-24"),
            (Categories.CruiseMissile, "cruise missile,cruise missiles,storm shadow,scalp,taurus,brahmos,exocet,anti-ship missiles," +
                "anti-ship missile,tomahawk,tomahawks,kalibr,harpoon,harpoons,neptune"),
            (Categories.Drone, "drone,drones,uav,uavs,unmanned aerial vehicles,unmanned aerial vehicle,loitering munitions," +
                "loitering munition,kamikaze drones,wing loong,anka,kuzgun,harop,tb2,switchblade,fpv,drone engines,drone parts"),
            (Categories.ArtilleryAmmunition, "shells,shell,artillery shells,artillery ammunition,artillery rounds,rounds,round,155 mm," +
                "152 mm,122 mm,105 mm,mortar shells,mortar rounds,mortars,tank shells,tank rounds,cluster munitions,cluster rounds," +
                "cluster shell,artillery rockets,grad rockets,howitzer shells"),
            (Categories.SmallArms, "rifles,rifle,assault rifles,machine guns,machine-gun ammunition,small arms,bullets,bullet,pistols," +
                "guns,grenades,kalashnikovs,sniper rifles,machine gun"),
            (Categories.AirDefence, "air defence,air defense,air defences,air defenses,air defence system,air defence systems," +
                "surface-to-air missiles,surface-to-air missile,patriot,iris-t,nasams,mistral,interceptor,interceptors," +
                "interceptor missiles,anti-aircraft,manpads,shoulder-fired missiles,iron dome,stinger,stingers,gepard,air defence radars," +
                "radars,radar systems,radar"),
            (Categories.Aircraft, "fighter jets,fighter jet,jets,warplanes,helicopters,helicopter,attack helicopters,combat aircraft," +
                "light attack aircraft,fighter aircraft,bombers,f-16s,f-16,ftc-2000g"),
            (Categories.ArmouredVehicle, "tanks,tank,main battle tanks,armoured vehicles,armored vehicles,armoured vehicle," +
                "infantry fighting vehicles,armoured personnel carriers,armored personnel carriers,apcs,abrams,leopard,leopards,k2," +
                "bradley,bradleys,stryker,strykers,marder,challenger"),
            (Categories.MissileComponents, "missile components,missile parts,rocket components,guidance kits,precision guidance kits," +
                "guidance sets,microchips,components,fuses,guidance parts,navigation modules,missile technology,warheads,rocket engines," +
                "jet engines"),
            (Categories.OtherWeapons, "electronic warfare equipment,electronic warfare,self-propelled guns,self-propelled howitzers," +
                "rocket launchers,multiple rocket launchers,howitzers,howitzer,k9,caesar,pinaka,artillery,artillery systems,bombs," +
                "precision-guided bombs,anti-tank missiles,heavy weapons,anti-drone equipment,frigates,warships,submarines,patrol boats," +
                "mines,landmines,javelin,javelins"),
            (Categories.NonLethal, "training,technical expertise,military trucks,trucks,field hospital equipment,night-vision goggles," +
                "body armour,body armor,helmets,generators,non-lethal aid,non-lethal,uniforms,vehicles,instructors"),
            (Categories.Nuclear, "nuclear program,nuclear programme,nuclear technology,nuclear help,nuclear assistance,nuclear material," +
                "enrichment,nuclear,nuclear-powered,nuclear propulsion,reactor,reactors,reactor design"),
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (category, terms) in rows)
        {
            foreach (var term in terms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                map[term] = category;
            }
        }
        return map;
    }

    public static bool IsWeaponWord(string lower) => Phrases.ContainsKey(lower) || GenericPhrases.ContainsKey(lower);

    /// <summary>Every weapon mention of a sentence, longest phrase first at each position.</summary>
    public static List<WeaponMention> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<WeaponMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            var matched = false;
            var longest = LongestByFirstWord.GetValueOrDefault(tokens[i].Lower);
            for (var n = Math.Min(longest, tokens.Count - i); n >= 1 && !matched; n--)
            {
                var phrase = Join(tokens, i, n);
                if (Phrases.TryGetValue(phrase, out var category))
                {
                    category = Refine(tokens, i + n, category);
                    found.Add(new WeaponMention(i, i + n - 1, category, false, phrase));
                    i += n - 1;
                    matched = true;
                }
                else if (GenericPhrases.TryGetValue(phrase, out var generic))
                {
                    found.Add(new WeaponMention(i, i + n - 1, generic, true, phrase));
                    i += n - 1;
                    matched = true;
                }
            }
            if (matched) continue;
            var lower = tokens[i].Lower;
            if (lower.Length < 2 || !ModelsByStart.TryGetValue(lower[..2], out var models)) continue;
            foreach (var (prefix, category) in models)
            {
                if (lower.StartsWith(prefix, StringComparison.Ordinal))
                {
                    found.Add(new WeaponMention(i, i, Refine(tokens, i + 1, category), false, lower));
                    break;
                }
            }
        }
        // Bare "ammunition" is for guns when rifles or machine guns are named beside it, else (in arms-transfer news) mostly shells.
        var smallArms = found.Any(w => !w.Generic && w.Category == Categories.SmallArms);
        for (var k = 0; k < found.Count; k++)
        {
            if (found[k].Generic && found[k].Text == "ammunition")
                found[k] = found[k] with { Category = smallArms ? Categories.SmallArms : Categories.ArtilleryAmmunition };
            found[k] = found[k] with
            {
                Quantity = Claims.Quantity.Find(tokens, found[k]),
                Written = string.Join(' ', tokens.Skip(found[k].First).Take(found[k].Last - found[k].First + 1).Select(t => t.Text)),
            };
        }
        return found;
    }

    // "cruise missile components", "rocket parts": a missile word followed by a parts word names components, not missiles.
    private static string Refine(IReadOnlyList<Token> tokens, int next, string category)
    {
        if (next < tokens.Count && tokens[next].Lower is "components" or "parts" or "fuses" or "technology" or "engines")
        {
            return category switch
            {
                Categories.BallisticMissile or Categories.CruiseMissile or Categories.ArtilleryAmmunition or Categories.OtherWeapons
                    or Categories.AirDefence => Categories.MissileComponents,
                _ => category,
            };
        }
        return category;
    }

    private static string Join(IReadOnlyList<Token> tokens, int start, int count)
    {
        if (count == 1) return tokens[start].Lower;
        var parts = new string[count];
        for (var k = 0; k < count; k++) parts[k] = tokens[start + k].Lower;
        return string.Join(' ', parts);
    }
}

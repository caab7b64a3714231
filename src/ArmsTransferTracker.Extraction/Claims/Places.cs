namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>How a place is named in the text: its name, its adjective, its capital, or a seat of power.</summary>
public enum PlaceForm { Name, Demonym, Capital, Seat }

/// <summary>A gazetteer entry: the canonical name ("North Korea"), how the surface form names it, and whether it is a state.</summary>
public sealed record PlaceEntry(string Canonical, PlaceForm Form, bool IsState, string Surface);

/// <summary>
/// Countries, their demonyms, capitals, seats of power and official names, plus non-state armed groups,
/// all mapped to the canonical names of FORMAT.md. Lookups are by lower-cased token sequences (a dictionary per phrase).
/// </summary>
public static class Places
{
    // Canonical | demonyms | capitals and seats | other names. A leading '*' on a seat marks a seat of power that keeps
    // its own name as an actor ("Kremlin").
    private static readonly string[] StateRows =
    [
        "Afghanistan|Afghan|Kabul|",
        "Albania|Albanian|Tirana|",
        "Algeria|Algerian|Algiers|",
        "Angola|Angolan|Luanda|",
        "Argentina|Argentine,Argentinian|Buenos Aires|",
        "Armenia|Armenian|Yerevan|",
        "Australia|Australian|Canberra|",
        "Austria|Austrian|Vienna|",
        "Azerbaijan|Azerbaijani,Azeri|Baku|",
        "Bahrain|Bahraini|Manama|",
        "Bangladesh|Bangladeshi|Dhaka|",
        "Belarus|Belarusian,Belarussian|Minsk|",
        "Belgium|Belgian|Brussels|",
        "Bolivia|Bolivian|La Paz|",
        "Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia",
        "Brazil|Brazilian|Brasília,Brasilia|Federative Republic of Brazil",
        "Bulgaria|Bulgarian|Sofia|",
        "Burkina Faso|Burkinabe|Ouagadougou|",
        "Cambodia|Cambodian|Phnom Penh|",
        "Cameroon|Cameroonian|Yaoundé|",
        "Canada|Canadian|Ottawa|",
        "Central African Republic||Bangui|",
        "Chad|Chadian|N'Djamena|",
        "Chile|Chilean|Santiago|",
        "China|Chinese|Beijing,*Zhongnanhai|People's Republic of China,PRC",
        "Colombia|Colombian|Bogotá,Bogota|",
        "Croatia|Croatian|Zagreb|",
        "Cuba|Cuban|Havana|",
        "Cyprus|Cypriot|Nicosia|",
        "Czech Republic|Czech|Prague|Czechia",
        "Democratic Republic of the Congo|Congolese|Kinshasa|DRC,Congo",
        "Denmark|Danish|Copenhagen|",
        "Egypt|Egyptian|Cairo|",
        "Eritrea|Eritrean|Asmara|",
        "Estonia|Estonian|Tallinn|",
        "Ethiopia|Ethiopian|Addis Ababa|",
        "Finland|Finnish|Helsinki|",
        "France|French|Paris,*Élysée,*Elysee|",
        "Georgia|Georgian|Tbilisi|",
        "Germany|German|Berlin|",
        "Ghana|Ghanaian|Accra|",
        "Greece|Greek|Athens|",
        "Hungary|Hungarian|Budapest|",
        "India|Indian|New Delhi,Delhi|",
        "Indonesia|Indonesian|Jakarta|",
        "Iran|Iranian|Tehran|Islamic Republic of Iran,Islamic Republic",
        "Iraq|Iraqi|Baghdad|",
        "Ireland|Irish|Dublin|",
        "Israel|Israeli|Jerusalem,Tel Aviv|",
        "Italy|Italian|Rome|",
        "Japan|Japanese|Tokyo|",
        "Jordan|Jordanian|Amman|",
        "Kazakhstan|Kazakh|Astana|",
        "Kenya|Kenyan|Nairobi|",
        "Kuwait|Kuwaiti|Kuwait City|",
        "Kyrgyzstan|Kyrgyz|Bishkek|",
        "Laos|Lao,Laotian|Vientiane|",
        "Latvia|Latvian|Riga|",
        "Lebanon|Lebanese|Beirut|",
        "Libya|Libyan|Tripoli|",
        "Lithuania|Lithuanian|Vilnius|",
        "Malaysia|Malaysian|Kuala Lumpur|",
        "Mali|Malian|Bamako|",
        "Mexico|Mexican|Mexico City|",
        "Moldova|Moldovan|Chisinau|",
        "Mongolia|Mongolian|Ulaanbaatar|",
        "Morocco|Moroccan|Rabat|",
        "Mozambique|Mozambican|Maputo|",
        "Myanmar|Burmese|Naypyitaw,Naypyidaw|Burma",
        "Netherlands|Dutch|Amsterdam,The Hague|Holland",
        "New Zealand||Wellington|",
        "Nicaragua|Nicaraguan|Managua|",
        "Niger|Nigerien|Niamey|",
        "Nigeria|Nigerian|Abuja|",
        "North Korea|North Korean|Pyongyang|Democratic People's Republic of Korea,DPRK",
        "Norway|Norwegian|Oslo|",
        "Oman|Omani|Muscat|",
        "Pakistan|Pakistani|Islamabad|",
        "Philippines|Philippine,Filipino|Manila|",
        "Poland|Polish|Warsaw|",
        "Portugal|Portuguese|Lisbon|",
        "Qatar|Qatari|Doha|",
        "Romania|Romanian|Bucharest|",
        "Russia|Russian|Moscow,*Kremlin|Russian Federation",
        "Rwanda|Rwandan|Kigali|",
        "Saudi Arabia|Saudi|Riyadh|Kingdom of Saudi Arabia",
        "Senegal|Senegalese|Dakar|",
        "Serbia|Serbian|Belgrade|",
        "Singapore|Singaporean||",
        "Slovakia|Slovak|Bratislava|",
        "Slovenia|Slovenian|Ljubljana|",
        "Somalia|Somali|Mogadishu|",
        "South Africa|South African|Pretoria|",
        "South Korea|South Korean|Seoul|Republic of Korea,ROK",
        "South Sudan|South Sudanese|Juba|",
        "Spain|Spanish|Madrid|",
        "Sri Lanka|Sri Lankan|Colombo|",
        "Sudan|Sudanese|Khartoum,Port Sudan|",
        "Sweden|Swedish|Stockholm|",
        "Switzerland|Swiss|Bern|",
        "Syria|Syrian|Damascus|",
        "Taiwan|Taiwanese|Taipei|",
        "Tajikistan|Tajik|Dushanbe|",
        "Tanzania|Tanzanian|Dodoma|",
        "Thailand|Thai|Bangkok|",
        "Tunisia|Tunisian|Tunis|",
        "Turkey|Turkish|Ankara|Türkiye,Turkiye",
        "Turkmenistan|Turkmen|Ashgabat|",
        "Uganda|Ugandan|Kampala|",
        "Ukraine|Ukrainian|Kyiv,Kiev|",
        "United Arab Emirates|Emirati|Abu Dhabi|UAE,U.A.E.,Emirates",
        "United Kingdom|British|London,*Downing Street|Britain,Great Britain,UK,U.K.",
        "United States|American,U.S.,US|Washington,*White House,*Pentagon|United States of America,USA,America,U.S.A.",
        "Uzbekistan|Uzbek|Tashkent|",
        "Venezuela|Venezuelan|Caracas|",
        "Vietnam|Vietnamese|Hanoi|Viet Nam",
        "Yemen|Yemeni|Sanaa|",
        "Zambia|Zambian|Lusaka|",
        "Zimbabwe|Zimbabwean|Harare|",
    ];

    // Non-state armed groups: canonical | adjective | other names.
    private static readonly string[] GroupRows =
    [
        "Houthis|Houthi|Houthi rebels,Houthi forces,Ansar Allah,Houthi movement",
        "Hezbollah||Hizbollah,Hizballah",
        "Kataib Hezbollah||Kata'ib Hezbollah",
        "Hamas||Gaza",
        "Palestinian Islamic Jihad||Islamic Jihad",
        "Wagner Group||Wagner",
        "Rapid Support Forces||RSF",
        "M23||M23 rebels,M23 rebel group",
        "al-Shabaab||al-Shabab,Al-Shabaab,Shabaab",
        "Polisario Front||Polisario",
        "Fano militia||Fano,Fano militiamen,Fano militias",
        "Arakan Army||",
        "ELN||National Liberation Army",
        "Libyan National Army||LNA,Khalifa Haftar,Haftar",
        "Pakistani Taliban||Tehrik-i-Taliban Pakistan,TTP",
        "Taliban||",
        "Islamic State||ISIS,ISIL,Daesh",
        "PKK||Kurdistan Workers' Party",
        "Tuareg rebels||Tuareg-led rebels,Tuareg rebel coalition",
        "Kashmiri militants||",
        "Iraqi militias||",
        "Africa Corps||",
    ];

    // Names that contain a country's name but are not that country: "Latin America" is not the United States.
    private static readonly string[] NotPlaces =
    [
        "Latin America", "South America", "North America", "Central America", "Middle East", "New York", "Gulf of Aden", "Red Sea",
        "Black Sea", "South China Sea", "Korean Peninsula", "West Bank", "Western Sahara", "Gaza Strip", "Congo River",
    ];

    private static readonly Dictionary<string, PlaceEntry> ByPhrase = Build();
    private static readonly Dictionary<string, string> DemonymOf = BuildDemonyms();

    // The longest phrase starting with each word ("north" -> 3 for "north korean"), so most tokens cost one lookup.
    private static readonly Dictionary<string, int> LongestByFirstWord = ByPhrase.Keys
        .GroupBy(k => k.Split(' ')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Max(k => k.Split(' ').Length), StringComparer.Ordinal);

    /// <summary>How many tokens the longest phrase beginning with this (lower-case) word has; 0 when none does.</summary>
    public static int LongestStartingWith(string lowerWord) => LongestByFirstWord.GetValueOrDefault(lowerWord);

    /// <summary>The longest phrase in the gazetteer, in tokens; bounds the lookup window.</summary>
    public const int MaxPhraseTokens = 6;

    public static bool TryLookup(string lowerPhrase, out PlaceEntry entry) => ByPhrase.TryGetValue(lowerPhrase, out entry!);

    /// <summary>The adjective for a canonical place ("Iran" -> "Iranian"), or the name itself when it has none.</summary>
    public static string Demonym(string canonical) => DemonymOf.TryGetValue(canonical, out var d) ? d : canonical;

    private static Dictionary<string, PlaceEntry> Build()
    {
        var map = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        void Add(string surface, string canonical, PlaceForm form, bool isState)
        {
            var key = Normalise(surface);
            if (key.Length > 0)
            {
                map.TryAdd(key, new PlaceEntry(canonical, form, isState, surface));
            }
        }
        foreach (var row in StateRows)
        {
            var parts = row.Split('|');
            var canonical = parts[0];
            Add(canonical, canonical, PlaceForm.Name, true);
            foreach (var d in Split(parts[1])) Add(d, canonical, PlaceForm.Demonym, true);
            foreach (var c in Split(parts[2]))
            {
                var seat = c.StartsWith('*');
                Add(seat ? c[1..] : c, canonical, seat ? PlaceForm.Seat : PlaceForm.Capital, true);
            }
            foreach (var a in Split(parts[3])) Add(a, canonical, PlaceForm.Name, true);
        }
        foreach (var name in NotPlaces) Add(name, "", PlaceForm.Name, false);
        foreach (var row in GroupRows)
        {
            var parts = row.Split('|');
            Add(parts[0], parts[0], PlaceForm.Name, false);
            foreach (var d in Split(parts[1])) Add(d, parts[0], PlaceForm.Demonym, false);
            foreach (var a in Split(parts[2])) Add(a, parts[0], PlaceForm.Name, false);
        }
        return map;
    }

    private static Dictionary<string, string> BuildDemonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in StateRows.Concat(GroupRows))
        {
            var parts = row.Split('|');
            var first = Split(parts[1]).FirstOrDefault();
            if (first is not null) map[parts[0]] = first;
        }
        map["United States"] = "U.S.";
        return map;
    }

    private static IEnumerable<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Lower-case, straight apostrophes, single spaces: the key form of a phrase.</summary>
    public static string Normalise(string phrase) =>
        // The tokenizer splits off a possessive "'s" ("People's" -> "People", "'s"), so keys do too.
        string.Join(' ', phrase.Replace('’', '\'').ToLowerInvariant().Replace("'s ", " 's ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

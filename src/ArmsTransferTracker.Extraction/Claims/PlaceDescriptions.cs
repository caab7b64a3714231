namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>
/// Resolves a country named by description ("the Gulf state", "the Baltic nation", "the kingdom", "the island") to the latest
/// country of that kind the article has named. One instance per article: it remembers the places seen so far.
/// </summary>
public sealed class PlaceDescriptions
{
    private static readonly Dictionary<string, string[]> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gulf"] = ["United Arab Emirates", "Saudi Arabia", "Qatar", "Kuwait", "Bahrain", "Oman"],
        ["baltic"] = ["Estonia", "Latvia", "Lithuania"],
        ["balkan"] = ["Serbia", "Bosnia and Herzegovina", "Croatia", "Albania", "Bulgaria", "Slovenia", "Romania", "Greece"],
        ["nordic"] = ["Sweden", "Norway", "Denmark", "Finland"],
        ["scandinavian"] = ["Sweden", "Norway", "Denmark"],
        ["caucasus"] = ["Armenia", "Azerbaijan", "Georgia"],
        ["central asian"] = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"],
        ["sahel"] = ["Mali", "Niger", "Burkina Faso", "Chad"],
        ["african"] = ["Sudan", "Ethiopia", "Eritrea", "Somalia", "Mali", "Niger", "Nigeria", "Kenya", "Rwanda", "Egypt", "Algeria",
            "Morocco", "Libya", "South Africa", "Zimbabwe", "Chad", "Burkina Faso"],
        ["asian"] = ["China", "Japan", "India", "Pakistan", "Vietnam", "Indonesia", "Thailand", "Philippines", "Myanmar", "Cambodia",
            "Malaysia", "Singapore"],
        ["european"] = ["Germany", "France", "Poland", "Italy", "Spain", "Netherlands", "Belgium", "Czech Republic", "Slovakia", "Hungary",
            "Sweden", "Norway", "Denmark", "Bulgaria", "Greece", "Croatia", "Switzerland", "Austria", "United Kingdom"],
        ["latin american"] = ["Brazil", "Venezuela", "Colombia", "Argentina", "Chile", "Mexico", "Cuba", "Nicaragua", "Bolivia"],
        ["south american"] = ["Brazil", "Venezuela", "Colombia", "Argentina", "Chile", "Bolivia"],
        ["east african"] = ["Ethiopia", "Eritrea", "Somalia", "Kenya", "Uganda", "Tanzania", "Rwanda"],
        ["north african"] = ["Egypt", "Libya", "Algeria", "Morocco", "Tunisia"],
        ["west african"] = ["Mali", "Niger", "Nigeria", "Burkina Faso", "Ghana", "Senegal"],
        ["southeast asian"] = ["Vietnam", "Indonesia", "Thailand", "Philippines", "Myanmar", "Cambodia", "Malaysia", "Singapore", "Laos"],
        ["middle eastern"] = ["Iran", "Iraq", "Israel", "Syria", "Lebanon", "Jordan", "Saudi Arabia", "United Arab Emirates", "Qatar",
            "Egypt", "Turkey", "Yemen"],
        ["kingdom"] = ["Saudi Arabia", "Jordan", "Morocco", "Bahrain", "United Kingdom", "Thailand", "Cambodia"],
        ["emirate"] = ["Qatar", "Kuwait", "United Arab Emirates"],
        ["island"] = ["Taiwan", "Cyprus", "Cuba", "Sri Lanka"],
        ["islamic republic"] = ["Iran", "Pakistan"],
        ["peninsula"] = ["North Korea", "South Korea"],
    };

    private static readonly HashSet<string> Nouns =
        ["state", "nation", "country", "kingdom", "emirate", "monarchy", "republic", "government", "island"];

    private readonly List<string> _seen = [];

    /// <summary>Adds a place mention for each description in the sentence, then remembers the sentence's places.</summary>
    public void Resolve(IReadOnlyList<Token> tokens, List<PlaceMention> places)
    {
        // Places earlier in the same sentence count: "TAIPEI, Taiwan — ... the island’s Defence Ministry said".
        foreach (var p in places)
        {
            _seen.Remove(p.Canonical);
            _seen.Add(p.Canonical);
        }
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower != "the") continue;
            // "the Gulf state", "the Central Asian nation", "the kingdom", "the emirate", "the island".
            var k = i + 1;
            var words = new List<Token>();
            while (k < tokens.Count && words.Count < 3 && tokens[k].IsWord && !Nouns.Contains(tokens[k].Lower)) words.Add(tokens[k++]);
            string? region = null;
            if (k < tokens.Count && Nouns.Contains(tokens[k].Lower) && words.Count > 0)
            {
                region = string.Join(' ', words.Select(w => w.Lower));
            }
            else if (words.Count == 0 && k < tokens.Count && tokens[k].Lower is "kingdom" or "emirate" or "island")
            {
                region = tokens[k].Lower;
            }
            else if (words.Count == 0 && k + 1 < tokens.Count && tokens[k].Lower == "country" && tokens[k + 1].IsPossessive)
            {
                // "the country’s state broadcaster": the country last named.
                var last = _seen.LastOrDefault(c => Places.TryLookup(Places.Normalise(c), out var e) && e.IsState);
                if (last is not null && Places.TryLookup(Places.Normalise(last), out var lastEntry)
                    && !places.Any(p => p.First <= k && p.Last >= k))
                {
                    places.Add(new PlaceMention(k, k, lastEntry with { Form = PlaceForm.Name }, null) { Tokens = [tokens[k]] });
                }
                continue;
            }
            if (region is null || !Regions.TryGetValue(region, out var members)) continue;
            var country = _seen.LastOrDefault(members.Contains);
            if (country is null || !Places.TryLookup(Places.Normalise(country), out var entry)) continue;
            if (places.Any(p => p.First <= k && p.Last >= i + 1)) continue;
            places.Add(new PlaceMention(i + 1, k, entry with { Form = PlaceForm.Name }, null)
                { Tokens = tokens.Skip(i + 1).Take(k - i).ToList() });
        }
        places.Sort((a, b) => a.First.CompareTo(b.First));
        foreach (var p in places)
        {
            _seen.Remove(p.Canonical);
            _seen.Add(p.Canonical);
        }
    }
}

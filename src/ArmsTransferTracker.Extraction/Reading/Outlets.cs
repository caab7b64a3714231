namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>
/// What the reader knows about news outlets: canonical names, their web domains and the wire services whose credit
/// marks a reprint.
/// </summary>
public static class Outlets
{
    // Canonical name by web domain: a re-post's "Read more on original: URL" line names the outlet only through its URL.
    private static readonly Dictionary<string, string> ByDomain = new(StringComparer.OrdinalIgnoreCase)
    {
        ["washingtonpost.com"] = "The Washington Post",
        ["nytimes.com"] = "The New York Times",
        ["wsj.com"] = "The Wall Street Journal",
        ["reuters.com"] = "Reuters",
        ["apnews.com"] = "Associated Press",
        ["afp.com"] = "Agence France-Presse",
        ["bloomberg.com"] = "Bloomberg",
        ["ft.com"] = "Financial Times",
        ["theguardian.com"] = "The Guardian",
        ["bbc.com"] = "BBC",
        ["bbc.co.uk"] = "BBC",
        ["cnn.com"] = "CNN",
        ["aljazeera.com"] = "Al Jazeera",
        ["politico.com"] = "Politico",
        ["politico.eu"] = "Politico Europe",
        ["economist.com"] = "The Economist",
        ["telegraph.co.uk"] = "The Telegraph",
        ["independent.co.uk"] = "The Independent",
        ["thetimes.co.uk"] = "The Times",
        ["latimes.com"] = "Los Angeles Times",
        ["usatoday.com"] = "USA Today",
        ["npr.org"] = "NPR",
        ["cbsnews.com"] = "CBS News",
        ["nbcnews.com"] = "NBC News",
        ["abcnews.go.com"] = "ABC News",
        ["foxnews.com"] = "Fox News",
        ["axios.com"] = "Axios",
        ["thehill.com"] = "The Hill",
        ["spokesman.com"] = "The Spokesman-Review",
        ["dw.com"] = "Deutsche Welle",
        ["france24.com"] = "France 24",
        ["kyivindependent.com"] = "The Kyiv Independent",
        ["kyivpost.com"] = "Kyiv Post",
        ["themoscowtimes.com"] = "The Moscow Times",
        ["tass.com"] = "TASS",
        ["ria.ru"] = "RIA Novosti",
        ["rferl.org"] = "Radio Free Europe/Radio Liberty",
        ["timesofisrael.com"] = "The Times of Israel",
        ["haaretz.com"] = "Haaretz",
        ["jpost.com"] = "The Jerusalem Post",
        ["scmp.com"] = "South China Morning Post",
        ["yna.co.kr"] = "Yonhap",
        ["koreaherald.com"] = "The Korea Herald",
        ["japantimes.co.jp"] = "The Japan Times",
        ["defensenews.com"] = "Defense News",
        ["breakingdefense.com"] = "Breaking Defense",
        ["janes.com"] = "Janes",
        ["militarytimes.com"] = "Military Times",
        ["theatlantic.com"] = "The Atlantic",
        ["newsweek.com"] = "Newsweek",
        ["time.com"] = "Time",
        ["vox.com"] = "Vox",
        ["cnbc.com"] = "CNBC",
        ["euronews.com"] = "Euronews",
        ["lemonde.fr"] = "Le Monde",
        ["spiegel.de"] = "Der Spiegel",
    };

    // Names that newspapers print without their article: "New York Times" in a byline is The New York Times.
    private static readonly Dictionary<string, string> ByName = BuildByName();

    // Wire services: a "(Reuters)" dateline credit in another paper's pages makes that paper the publisher, not the outlet.
    private static readonly Dictionary<string, string> Wires = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Reuters"] = "Reuters",
        ["AP"] = "Associated Press",
        ["Associated Press"] = "Associated Press",
        ["The Associated Press"] = "Associated Press",
        ["AFP"] = "Agence France-Presse",
        ["Agence France-Presse"] = "Agence France-Presse",
        ["Bloomberg"] = "Bloomberg",
        ["dpa"] = "Deutsche Presse-Agentur",
        ["Yonhap"] = "Yonhap",
        ["Kyodo"] = "Kyodo News",
        ["Xinhua"] = "Xinhua",
        ["TASS"] = "TASS",
        ["Interfax"] = "Interfax",
        ["Anadolu"] = "Anadolu Agency",
        ["UPI"] = "United Press International",
        ["ANI"] = "ANI",
        ["PTI"] = "Press Trust of India",
        ["EFE"] = "EFE",
        ["ANSA"] = "ANSA",
    };

    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        // Sub-domains of a known outlet are that outlet: "edition.cnn.com" is CNN.
        for (var candidate = host; candidate.Contains('.'); candidate = candidate[(candidate.IndexOf('.') + 1)..])
        {
            if (ByDomain.TryGetValue(candidate, out var name))
            {
                return name;
            }
        }
        return host;
    }

    /// <summary>The canonical form of an outlet's name as printed: "New York Times" gives "The New York Times".</summary>
    public static string Canonical(string name)
    {
        var trimmed = name.Trim().TrimEnd('.', ',');
        if (ByName.TryGetValue(trimmed, out var canonical))
        {
            return canonical;
        }
        return Wires.TryGetValue(trimmed, out var wire) ? wire : trimmed;
    }

    public static bool IsKnownName(string name) => ByName.ContainsKey(name.Trim()) || Wires.ContainsKey(name.Trim());

    /// <summary>Finds a known outlet name at the end of a text: "Paul Avery Chicago Tribune" ends with The New York Times.</summary>
    public static bool TrySplitTrailingName(string text, out string rest, out string outlet)
    {
        // Only names of two words or more: "Danube Times" is a paper of its own, not "Danube" of The Times.
        foreach (var (printed, canonical) in ByName.Where(n => n.Key.Contains(' ')))
        {
            if (text.Length > printed.Length && text.EndsWith(" " + printed, StringComparison.OrdinalIgnoreCase))
            {
                rest = text[..^(printed.Length + 1)].TrimEnd(' ', ',');
                outlet = canonical;
                return true;
            }
        }
        rest = text;
        outlet = "";
        return false;
    }

    private static Dictionary<string, string> BuildByName()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var canonical in ByDomain.Values.Distinct())
        {
            names[canonical] = canonical;
            if (canonical.StartsWith("The ", StringComparison.Ordinal))
            {
                names[canonical[4..]] = canonical;
            }
        }
        return names;
    }
}

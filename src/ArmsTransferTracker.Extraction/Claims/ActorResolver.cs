namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>
/// Turns the noun phrase of a speaker ("Foreign Ministry spokesman Hamid Tavakkol", "U.S. and European officials", "the Kremlin",
/// "he", "the top U.S. diplomat") into actors, remembering earlier actors of the article so that surnames, pronouns and
/// role nouns refer back.
/// One instance per article: it holds that article's actors.
/// </summary>
public sealed class ActorResolver
{
    // Capitalised words that are titles or parts of office names, never part of a person's name.
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "secretary", "state", "minister", "ministry", "president", "prime", "deputy", "foreign", "defence", "defense", "affairs",
        "interior", "col", "gen", "brig", "adm", "vice", "lt", "maj", "capt", "rep", "sen", "dr", "mr", "mrs", "ms", "chief", "cabinet",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "commander", "director", "general", "admiral", "colonel",
        "sergeant", "lieutenant", "major", "captain", "senator", "governor", "chairman", "rear", "army", "navy", "air", "force", "forces",
        "armed", "national", "security", "council", "office", "agency", "service", "department", "committee", "institute", "group", "unit",
        "centre", "center", "command", "central", "intelligence", "military", "media", "embassy", "mission", "government", "the", "a", "an",
        "external", "industry", "press", "economic", "trade", "registry", "foundation", "campaign", "watch", "news", "television",
        "supreme", "leader", "joint", "chiefs", "staff", "coast", "guard", "treasury", "house", "united", "nations", "parliament",
        "congress", "senate", "federal", "works", "arms", "control", "research", "studies", "strategic", "international", "peace",
        "endowment", "for", "of", "and", "in", "to", "special", "rapporteur", "front", "accountability", "monitor", "monitors", "wire",
        "times", "journal", "post", "herald", "observer", "tribune", "chronicle", "dispatch", "report", "courier", "signal", "evidence",
        "institute", "ministers", "officials", "official", "commission", "board", "administration", "corporation", "company", "aviation",
        "aerotech", "defence's", "republic", "islamic", "health", "finance", "information", "justice", "operations", "staff", "head",
        "presidential", "chancellor", "king", "queen", "sheikh", "emir", "crown", "prince", "pope", "judge", "prosecutor", "attorney",
        "inspector", "auditor", "speaker", "strip", "sea", "gulf", "strait", "peninsula", "middle", "east", "west", "north", "south", "red",
        "black", "bank", "ocean", "river", "province", "region", "city", "island", "islands", "airport", "base", "port", "street", "square",
        "valley", "mountains", "desert",
    };

    // Capitalised head words that make a phrase an organisation's name: "Arms Trail Institute", "Weapons Evidence Unit".
    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "institute", "unit", "service", "agency", "council", "committee", "ministry", "office", "command", "department", "centre", "center",
        "registry", "group", "forces", "army", "front", "watch", "works", "accountability", "control", "navy", "guard", "embassy",
        "mission", "government", "foundation", "campaign", "commission", "board", "administration", "corporation", "company", "aerotech",
        "aviation", "secretariat", "network", "project", "initiative", "organisation", "organization", "association", "union", "coalition",
        "party", "court", "parliament", "congress", "senate", "observatory", "alliance", "program", "programme", "panel", "force", "wing",
    };

    private static readonly HashSet<string> MediaWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "newspaper", "television", "broadcaster", "media", "outlet", "site", "channel", "journal", "times", "post", "reuters", "press",
        "news", "radio", "tv", "daily", "weekly", "gazette", "herald", "tribune", "wire", "telegraph", "guardian", "economist", "bloomberg",
        "agency", "chronicle", "dispatch", "observer", "courier", "monitor", "signal", "ledger", "vestnik", "pravda", "kurier", "kuriér",
        "magazine", "tabloid", "veilleur", "bulletin",
    };

    // Unnamed people: "U.S. officials", "two people familiar with the matter", "a senior British defence official".
    private static readonly HashSet<string> OfficialsHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "officials", "diplomats", "diplomat", "sources", "source", "people", "officers", "officer", "spokesman", "spokeswoman",
        "spokesperson", "executive", "executives", "lawmakers", "matter", "analysts", "governments", "spokesmen", "minister", "commander",
        "adviser", "envoy", "ambassador", "investigators", "person", "persons", "insider", "insiders", "executives", "prosecutor",
        "chairman", "director", "coordinator", "investigator", "lawmaker", "analyst",
    };

    // Role nouns that, after "the", refer back to the last person named: "the top U.S. diplomat said", "the official told reporters".
    private static readonly HashSet<string> PersonRoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "diplomat", "official", "spokesman", "spokeswoman", "spokesperson", "minister", "envoy", "ambassador", "commander", "executive",
        "director", "adviser", "coordinator", "chairman", "lawmaker", "analyst", "prosecutor", "president", "investigator", "officer",
        "researcher", "expert", "general", "chief", "secretary",
    };

    // Government bodies: their phrases give a government actor rather than an organisation.
    private static readonly HashSet<string> GovernmentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "army", "military", "government", "office", "council", "command", "department", "agency", "service", "navy", "force",
        "forces", "guard", "committee", "secretariat", "wing", "prosecutors", "administration", "junta", "parliament", "kremlin",
        "pentagon", "treasury", "cabinet", "presidency", "centre", "registry", "police", "customs",
    };

    private readonly List<ExtractedActor> _actors = [];
    private readonly string? _outlet;
    private readonly HashSet<string> _outletNames;

    public ActorResolver(string? outlet, IEnumerable<string> outletShortNames)
    {
        _outlet = outlet;
        _outletNames = new HashSet<string>(outletShortNames.Where(n => n.Length > 1), StringComparer.OrdinalIgnoreCase);
        if (outlet is not null) _outletNames.Add(outlet);
    }

    public IReadOnlyList<ExtractedActor> Known => _actors;

    // The last person named anywhere in the text (speaker or not), for "he" and "she": "Zelenskyy on Friday went ... he repeated".
    private string? _lastMentionedPerson;

    /// <summary>Notes the people a sentence names, so that later pronouns refer to the right one.</summary>
    public void Observe(IReadOnlyList<Token> tokens, List<PlaceMention> places, int from = 0, int to = int.MaxValue)
    {
        var list = tokens.Take(Math.Min(to, tokens.Count)).ToList();
        for (var k = from; k < list.Count; k++)
        {
            if (!IsNameToken(list, k, places)) continue;
            var first = k;
            while (k < list.Count && (IsNameToken(list, k, places) || (list[k].Text == "." && list[k - 1].Text.Length == 1))) k++;
            var run = list.Skip(first).Take(k - first).Where(t => t.Text != ".").ToList();
            if (run.Count >= 2 && run.Count <= 4 && !(k < list.Count && list[k].IsCapitalised && list[k].IsWord))
            {
                _lastMentionedPerson = string.Join(' ', run.Select(t => t.Text.Length == 1 ? t.Text + "." : t.Text));
            }
            else if (run.Count == 1 && BySurname(run[0].Text) is { } known)
            {
                _lastMentionedPerson = known.Name;
            }
        }
    }

    // The author of the last report the article attributed ("a report by U.N. experts", "the report that the ministry submitted").
    private ExtractedActor? _reportAuthor;

    public void NoteReportAuthor(ExtractedActor author) => _reportAuthor = author;

    // Created once: reading it must not make the outlet the most recent actor (that would disturb "the report" and other references).
    private ExtractedActor? _outletActor;

    public ExtractedActor? OutletActor => _outlet is null ? null
        : _outletActor ??= new ExtractedActor(_outlet, ActorKind.Media, null, null);

    /// <summary>Is this phrase the article's own outlet ("Meridian", "Gulf Chronicle")?</summary>
    public bool IsOutlet(string phrase) => _outlet is not null && _outletNames.Contains(phrase.Trim());

    /// <summary>
    /// Actors named by a noun phrase (several for "U.S. and European officials"); empty when it names no one we can
    /// resolve.
    /// </summary>
    public List<ExtractedActor> Resolve(IReadOnlyList<Token> np, List<PlaceMention> places, string? clauseSubjectPlace = null)
    {
        var tokens = np.ToList();
        while (tokens.Count > 0
            && tokens[^1].Lower is "," or "and" or "of" or "the" or "for" or "in" or "to" or "with") tokens.RemoveAt(tokens.Count - 1);
        while (tokens.Count > 0
            && tokens[0].Lower is "," or "and" or "of" or "for" or "in" or "to" or "with" or "by" or "but" or "however" or "meanwhile"
                or "also" or "yet") tokens.RemoveAt(0);
        if (tokens.Count == 0 || tokens[^1].IsPossessive || tokens[0].IsPossessive) return [];
        // "sanctions on three Lebanese nationals it said": a phrase ending in a pronoun is that pronoun.
        if (tokens.Count > 1 && tokens[^1].Lower is "it" or "he" or "she" or "they") tokens = [tokens[^1]];
        // "the London-based Weapons Evidence Unit": where a body is based is not part of its name.
        tokens.RemoveAll(t => t.Lower.EndsWith("-based", StringComparison.Ordinal));
        if (tokens.Count == 0) return [];
        var text = string.Join(' ', tokens.Select(t => t.Text));

        // Pronouns refer back: "he said" to the last person, "they" to the last group of officials.
        if (tokens.Count == 1 && tokens[0].Lower is "he" or "she")
        {
            if (_lastMentionedPerson is not null)
            {
                var known = BySurname(_lastMentionedPerson.Split(' ')[^1]);
                return [known ?? RememberPerson(_lastMentionedPerson, null, null)];
            }
            return Last(a => a.Kind == ActorKind.Person);
        }
        if (tokens.Count == 1 && tokens[0].Lower is "they") return LastGroup();
        if (tokens.Count == 1 && tokens[0].Lower is "it" or "i" or "we" or "you") return [];

        if (IsOutlet(text) || (tokens.Count == 2 && tokens[0].Lower == "the" && IsOutlet(tokens[1].Text)))
        {
            return OutletActor is { } outlet ? [outlet] : [];
        }

        // "the official", "the top U.S. diplomat", "the Iranian envoy": a definite role noun refers to the last person or official.
        if (tokens[0].Lower == "the" && tokens.Count <= 5 && PersonRoleNouns.Contains(tokens[^1].Lower) && !HasName(tokens, places))
        {
            // Titles of named people ("the top U.S. diplomat", "the minister") look for a person first; "the official" for an unnamed one.
            var personFirst = tokens[^1].Lower is not ("official" or "officer" or "executive" or "source");
            // "The Iranian envoy" refers to the last person of that country, not simply the last person.
            var nationality = PlacesIn(tokens, places).FirstOrDefault(p => p.Entry.IsState)?.Canonical;
            var person = nationality is not null ? Last(a => a.Kind == ActorKind.Person && a.Affiliation == nationality) : [];
            // "the minister" is the last person whose role names a minister, else the last person.
            var roleNoun = tokens[^1].Lower;
            if (person.Count == 0 && personFirst) person = Last(a => a.Kind == ActorKind.Person && a.Role is not null
                && a.Role.Contains(roleNoun, StringComparison.OrdinalIgnoreCase));
            if (person.Count == 0) person = personFirst ? Last(a => a.Kind == ActorKind.Person)
                : Last(a => a.Kind == ActorKind.Officials && !a.Name.EndsWith('s'));
            if (person.Count == 0) person = Last(a => a.Kind is ActorKind.Person or ActorKind.Officials);
            if (person.Count > 0) return person;
        }
        // "the officials" refers to the last unnamed group (all of it: "U.S. and European officials").
        if (tokens[0].Lower == "the" && tokens.Count <= 3
            && tokens[^1].Lower is "officials" or "diplomats" or "officers" or "experts" or "monitors")
        {
            var group = LastGroup(tokens[^1].Lower);
            if (group.Count > 0) return group;
        }
        // "the ministry", "the agency", "the group": a definite organisation noun refers to the last body with that word in its name.
        if (tokens[0].Lower is "the" or "its" && tokens.Count <= 3 && !tokens.Skip(1).Any(t => t.IsCapitalised))
        {
            var head = tokens[^1].Lower;
            if (head is "report" or "study")
            {
                // "the report said" after "according to the report the ministry submitted": the report's author.
                if (_reportAuthor is not null) return [_reportAuthor];
                return Last(a => a.Kind is ActorKind.Organisation or ActorKind.Media
                    || a.Name.Contains("Report", StringComparison.Ordinal));
            }
            var body = Last(a => a.Name.Split(' ').Any(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase)));
            return body;
        }

        // "U.S. and European officials", "three Sudanese military officers and Western diplomats": one actor per conjunct.
        var parts = SplitConjuncts(tokens, places);
        if (parts.Count > 1)
        {
            var result = new List<ExtractedActor>();
            foreach (var part in parts) result.AddRange(ResolveOne(part, places, clauseSubjectPlace));
            return result;
        }
        return ResolveOne(tokens, places, clauseSubjectPlace);
    }

    private List<ExtractedActor> ResolveOne(List<Token> tokens, List<PlaceMention> places, string? clauseSubjectPlace)
    {
        var phrasePlaces = PlacesIn(tokens, places);

        // A person's name closes the phrase: "Foreign Ministry spokesman Hamid Tavakkol", "Col. Girma Alemayehu".
        var name = PersonName(tokens, phrasePlaces);
        if (name is not null)
        {
            var role = RoleText(tokens, name.Value.First);
            return [RememberPerson(name.Value.Name, role, phrasePlaces.FirstOrDefault(p => p.Entry.IsState)?.Canonical)];
        }
        if (tokens.Count == 1 && tokens[0].IsCapitalised && !phrasePlaces.Any())
        {
            var known = BySurname(tokens[0].Text);
            if (known is not null) return [known];
            if (IsOutlet(tokens[0].Text) && OutletActor is { } outlet) return [outlet];
            // A lone unknown capitalised word ("Pezeshkian") is a person we have not met by full name, or nothing we can name.
            if (!OrganisationHeads.Contains(tokens[0].Text) && !MediaWords.Contains(tokens[0].Text)) return [];
        }

        var words = Strip(tokens);
        if (words.Count == 0) return [];
        // Places alone are governments: "Pyongyang and Moscow", "Iran", "the Kremlin" (a seat of power keeps its name).
        if (words.All(w => phrasePlaces.Any(p => p.Covers(w)) || w.Lower is "and" or "both" or "," or "the"))
        {
            var govs = new List<ExtractedActor>();
            foreach (var p in phrasePlaces)
            {
                var actorName = p.Entry.Form == PlaceForm.Seat ? Title(p.Entry.Surface) : p.Canonical;
                govs.Add(Remember(new ExtractedActor(actorName, p.Entry.IsState ? ActorKind.Government : ActorKind.Organisation, null,
                    p.Canonical)));
            }
            return govs;
        }

        // "the Russian news site Stepnaya Iskra", "the semi-official Alborz News Agency": a descriptor then the proper
        // name; the name is what counts.
        var properStart = words.Count;
        while (properStart > 0 && words[properStart - 1].IsCapitalised) properStart--;
        // "Clear Skies Libya" keeps its place; a run that is only a place ("Iran") is not a proper name of its own.
        while (properStart < words.Count && phrasePlaces.Any(p => p.Covers(words[properStart]))) properStart++;
        if (properStart > 0 && properStart < words.Count && !words[properStart - 1].IsCapitalised && !words[properStart - 1].IsPossessive
            && words[properStart - 1].Lower is not ("of" or "for" or "in" or "to" or "and" or "on")
            && IsMediaOrGroupDescriptor(words.Take(properStart)))
        {
            words = words.Skip(properStart).ToList();
            phrasePlaces = PlacesIn(words, places);
        }
        // The head noun comes before any post-modifier: "officials familiar with the review", "a person close to the
        // ministry", "diplomat in Niamey".
        var modifierAt =
            words.FindIndex(w => w.Lower is "familiar" or "close" or "in" or "at" or "who" or "from" or "with" or "based" or "near");
        var head = (modifierAt > 0 ? words[modifierAt - 1] : words[^1]).Lower;
        var normalised = NormaliseName(words, phrasePlaces, tokens[0].Lower is "its" or "their" ? clauseSubjectPlace : null);
        if (normalised.Length == 0) return [];
        var affiliation = phrasePlaces.FirstOrDefault(p => p.Entry.IsState)?.Canonical ?? clauseSubjectPlace;
        ActorKind kind;
        if (OfficialsHeads.Contains(head)
            || (head == "matter" && normalised.Contains("familiar", StringComparison.OrdinalIgnoreCase))) kind = ActorKind.Officials;
        else if (IsMediaPhrase(words)) kind = ActorKind.Media;
        else if (words.Any(w => GovernmentWords.Contains(w.Lower))) kind = ActorKind.Government;
        else if (words.Any(w => w.IsCapitalised)
            || words.Any(w => OrganisationHeads.Contains(w.Lower)
                || w.Lower is "experts" or "monitors" or "researchers" or "panel" or "report" or "study"))
            kind = ActorKind.Organisation;
        else return [];
        // A bare common noun without a place or capital ("officials", "analysts") names no one in particular.
        // A bare common noun ("the ministry") names no one; "the ruling military council" does.
        if (!words.Any(w => w.IsCapitalised) && phrasePlaces.Count == 0 && kind != ActorKind.Officials && kind != ActorKind.Organisation
            && words.Count < 3) return [];
        if (kind == ActorKind.Officials && words.Count == 1 && head is "officials" or "sources") return [];
        if (kind == ActorKind.Organisation && !words.Any(w => w.IsCapitalised) && phrasePlaces.Count == 0 && words.Count < 2) return [];
        return [Remember(new ExtractedActor(normalised, kind, null, affiliation))];
    }

    private static bool IsMediaPhrase(List<Token> words)
    {
        if (words.Any(w => w.Lower is "ministry" or "office" or "wing" or "embassy" or "intelligence" or "spy" or "security")) return false;
        // "agency" alone is a government body ("spy agency"); "news agency" or a newspaper's name is media.
        return words.Any(w => MediaWords.Contains(w.Lower) && w.Lower is not ("agency" or "press" or "monitor" or "signal" or "observer"))
            || words.Any(w => w.Lower is "news")
            || (words.Count > 0 && words[^1].IsCapitalised && words.Any(w => w.Lower is "agency" or "press")
                && words.Any(w => w.Lower == "news"));
    }

    // Descriptors before a proper name: "news site", "online outlet", "French weekly", "monitoring group", "advocacy group".
    private static bool IsMediaOrGroupDescriptor(IEnumerable<Token> words) =>
        words.Any(w => w.Lower is "site" or "website" or "outlet" or "newspaper" or "weekly" or "daily" or "broadcaster" or "channel"
            or "agency" or "magazine" or "tabloid" or "portal" or "group" or "organisation" or "organization" or "institute" or "monitor"
            or "network" or "coalition" or "ngo" or "watchdog" or "firm" or "company" or "manufacturer" or "maker" or "think-tank"
            or "tank" or "centre" or "center");

    private static List<PlaceMention> PlacesIn(List<Token> tokens, List<PlaceMention> places) =>
        places.Where(p => tokens.Any(t => p.Covers(t))).ToList();

    private static bool HasName(List<Token> tokens, List<PlaceMention> places) => PersonName(tokens, PlacesIn(tokens, places)) is not null;

    // The last run of two or more capitalised words that are neither titles nor places: "Mara Ellison", "Peter J. Hollis".
    private static (string Name, int First)? PersonName(List<Token> tokens, List<PlaceMention> places)
    {
        (string, int)? best = null;
        var k = 0;
        while (k < tokens.Count)
        {
            if (!IsNameToken(tokens, k, places)) { k++; continue; }
            var first = k;
            var parts = new List<Token>();
            while (k < tokens.Count
                && (IsNameToken(tokens, k, places) || (tokens[k].Text == "." && k > first && tokens[k - 1].Text.Length == 1)))
            {
                if (tokens[k].Text != ".") parts.Add(tokens[k]);
                k++;
            }
            // "Clear Skies Libya", "Railway Monitor Belarus": a run that runs on into a capitalised word is part of an organisation's name.
            var runsOn = k < tokens.Count && tokens[k].IsCapitalised && tokens[k].IsWord;
            var lone = parts.Count(p => p.Text.Length > 1);
            if (parts.Count is >= 2 and <= 5 && lone >= 2 && !runsOn)
            {
                best = (string.Join(' ', parts.Select(p => p.Text.Length == 1 ? p.Text + "." : p.Text)), first);
            }
        }
        return best;
    }

    private static bool IsNameToken(List<Token> tokens, int k, List<PlaceMention> places)
    {
        var t = tokens[k];
        if (AttributionFinder.IsNameParticle(t) && k > 0 && tokens[k - 1].IsCapitalised
            && !TitleWords.Contains(tokens[k - 1].Text)) return true;
        if (!t.IsWord || !t.IsCapitalised || TitleWords.Contains(t.Text)) return false;
        foreach (var p in places)
        {
            if (p.Covers(t)) return false;
        }
        if (k + 1 < tokens.Count && tokens[k + 1].IsPossessive) return false;
        return !OrganisationHeads.Contains(t.Text) && !MediaWords.Contains(t.Text);
    }

    private static string? RoleText(List<Token> tokens, int nameFirst)
    {
        var role = tokens.Take(nameFirst).Where(t => t.Lower is not ("a" or "an" or "the" or ",")).Select(t => t.Text).ToList();
        return role.Count == 0 ? null : string.Join(' ', role);
    }

    private static List<Token> Strip(List<Token> tokens)
    {
        var list = tokens.Where(t => t.Text is not ("," or ".")).ToList();
        while (list.Count > 0
            && list[0].Lower is "the" or "a" or "an" or "two" or "three" or "four" or "five" or "several" or "some" or "one" or "both"
                or "many" or "other" or "its" or "his" or "her" or "their" or "several") list.RemoveAt(0);
        while (list.Count > 0 && list[0].Lower is "of" or "the") list.RemoveAt(0);
        return list;
    }

    // "Ukraine’s military intelligence agency" -> "Ukrainian military intelligence agency"; "its permanent mission" ->
    // "Iranian permanent mission".
    private static string NormaliseName(List<Token> words, List<PlaceMention> places, string? clauseSubjectPlace)
    {
        var output = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var place = places.FirstOrDefault(p => p.Covers(w));
            if (place is not null && place.Entry.Form is PlaceForm.Name or PlaceForm.Capital)
            {
                var end = i;
                while (end + 1 < words.Count && place.Covers(words[end + 1])) end++;
                if (end + 1 < words.Count && words[end + 1].IsPossessive)
                {
                    // "South Korea’s spy agency" -> "South Korean spy agency".
                    output.Add(Places.Demonym(place.Canonical));
                    i = end + 1;
                    continue;
                }
            }
            if (w.IsPossessive) { output.Add("'s"); continue; }
            output.Add(w.Text);
        }
        var text = string.Join(' ', output).Replace(" 's", "'s", StringComparison.Ordinal);
        if (clauseSubjectPlace is not null && text.Length > 0 && !places.Any())
        {
            text = Places.Demonym(clauseSubjectPlace) + " " + text;
        }
        return text.Trim();
    }

    private static List<List<Token>> SplitConjuncts(List<Token> tokens, List<PlaceMention> places)
    {
        var parts = new List<List<Token>> { new() };
        foreach (var t in tokens)
        {
            if (t.Lower == "and" && !places.Any(p => p.Covers(t))) parts.Add([]);
            else parts[^1].Add(t);
        }
        parts.RemoveAll(p => p.Count == 0);
        if (parts.Count < 2) return [tokens];
        // Places alone on every side ("Pyongyang and Moscow") stay one phrase of governments.
        if (parts.All(p => p.All(t => places.Any(pl => pl.Covers(t)) || t.Lower is "the" or "both"))) return [tokens];
        // "U.S. and European officials": a conjunct of modifiers only borrows the last conjunct's trailing head noun.
        var last = parts[^1];
        var headStart = last.Count;
        while (headStart > 0 && !last[headStart - 1].IsCapitalised && last[headStart - 1].IsWord) headStart--;
        var head = last.Skip(headStart).ToList();
        var result = new List<List<Token>>();
        foreach (var part in parts)
        {
            var modifiersOnly = part.All(t => t.IsCapitalised || t.Lower is "the" or "both" || places.Any(p => p.Covers(t)));
            if (modifiersOnly && part != last && head.Count > 0) result.Add([.. part, .. head]);
            else result.Add(part);
        }
        return result;
    }

    // Nouns a later apposition can name: "The newspaper, Uralsky Kurier, cited ...", "the spokesman, Gábor Kertész, said".
    private static readonly HashSet<string> AppositionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "newspaper", "paper", "daily", "weekly", "broadcaster", "outlet", "site", "website", "channel", "magazine", "tabloid", "agency",
        "group", "organisation", "organization", "watchdog", "institute", "monitor", "firm", "company", "manufacturer", "maker",
    };

    // (head noun, name) pairs from "the <noun>, <Name>," appositions anywhere in the article.
    private readonly List<(string Noun, string Name)> _appositions = [];

    /// <summary>
    /// Notes "the newspaper, Uralsky Kurier," and "the prosecutor, Olena Bilyk,": a definite noun named in
    /// apposition.
    /// </summary>
    public void ObserveAppositions(IReadOnlyList<Token> tokens, List<PlaceMention> places)
    {
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (tokens[k].Text != "," || !tokens[k + 1].IsCapitalised) continue;
            var noun = tokens[k - 1].Lower;
            if (!AppositionNouns.Contains(noun) && !PersonRoleNouns.Contains(noun)) continue;
            // "the" up to two words before the noun: "The newspaper,", "the Russian daily,", "the region's chief prosecutor,".
            if (!(k >= 2 && tokens[k - 2].Lower == "the") && !(k >= 3 && tokens[k - 3].Lower == "the" && tokens[k - 2].IsWord)) continue;
            var end = k + 1;
            // "the army spokesman, Brig. Samir Haddadin,": a title's full stop stays inside the name.
            while (end < tokens.Count && end < k + 7 && ((tokens[end].IsCapitalised && tokens[end].IsWord)
                || (tokens[end].Text == "." && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised
                    && TitleWords.Contains(tokens[end - 1].Text)))) end++;
            if (end == k + 1 || end >= tokens.Count || tokens[end].Text is not ("," or ".")) continue;
            var run = tokens.Skip(k + 1).Take(end - k - 1).Where(t => t.Text != "." && !TitleWords.Contains(t.Text)).ToList();
            if (run.Count == 0) continue;
            if (run.Any(t => places.Any(p => p.Covers(t)))) continue;
            _appositions.Add((noun, string.Join(' ', run.Select(t => t.Text))));
        }
    }

    // The one name an apposition gives to this head noun, or null when none or several.
    private string? AppositionName(string head)
    {
        var names = _appositions.Where(a => a.Noun.Equals(head, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Name).Distinct().ToList();
        return names.Count == 1 ? names[0] : null;
    }

    /// <summary>
    /// The person an unnamed role actor turns out to be: "a government spokesman said ..." then "the spokesman, Gábor Kertész";
    /// null when no person of the article has that role.
    /// </summary>
    public ExtractedActor? NamedLater(ExtractedActor unnamed)
    {
        // "a Russian newspaper claimed ..." then "The newspaper, Uralsky Kurier, cited ...": a described outlet or group takes its name.
        if (unnamed.Kind is ActorKind.Media or ActorKind.Organisation && unnamed.Name.Split(' ') is { Length: <= 3 } words
            && words.Skip(1).All(w => w.Length > 0 && char.IsLower(w[0])) && AppositionName(words[^1]) is { } outletName
            && !IsOutlet(outletName))
        {
            return Remember(new ExtractedActor(outletName, unnamed.Kind, null, unnamed.Affiliation));
        }
        if (unnamed.Kind != ActorKind.Officials || unnamed.Name.EndsWith('s')) return null;
        var head = unnamed.Name.Split(' ')[^1];
        if (!PersonRoleNouns.Contains(head)) return null;
        var candidates = _actors.Where(a => a.Kind == ActorKind.Person && a.Role is not null
            && a.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(w => w.Equals(head, StringComparison.OrdinalIgnoreCase))).ToList();
        var sameSide =
            candidates.Where(c => unnamed.Affiliation is null || c.Affiliation is null || c.Affiliation == unnamed.Affiliation).ToList();
        if (sameSide.Count == 1) return sameSide[0];
        // "a senior prosecutor said ..." and, outside any attribution, "the prosecutor, Olena Bilyk, has led the case":
        // the apposition names the person.
        if (candidates.Count == 0 && AppositionName(head) is { } personName && personName.Split(' ').Length is >= 2 and <= 4)
            return RememberPerson(personName, unnamed.Name, unnamed.Affiliation);
        return null;
    }

    private List<ExtractedActor> Last(Func<ExtractedActor, bool> predicate)
    {
        for (var i = _actors.Count - 1; i >= 0; i--)
        {
            if (predicate(_actors[i])) return [_actors[i]];
        }
        return [];
    }

    // The most recent unnamed group, with the groups named in the same phrase ("U.S. officials" and "European officials").
    private List<ExtractedActor> LastGroup(string? head = null)
    {
        for (var i = _actors.Count - 1; i >= 0; i--)
        {
            var a = _actors[i];
            if (a.Kind == ActorKind.Officials && a.Name.EndsWith('s')
                && (head is null || a.Name.EndsWith(head, StringComparison.OrdinalIgnoreCase) || head == "officials"))
            {
                var group = new List<ExtractedActor> { a };
                if (i > 0 && _actors[i - 1].Kind == ActorKind.Officials
                    && _actors[i - 1].Name.EndsWith('s')) group.Insert(0, _actors[i - 1]);
                return group;
            }
        }
        return [];
    }

    // People by the name they may be called alone: the surname, or for "Ahn Jae-ho" the family name written first.
    private readonly Dictionary<string, ExtractedActor> _bySurname = new(StringComparer.OrdinalIgnoreCase);

    private ExtractedActor? BySurname(string surname) => _bySurname.GetValueOrDefault(surname);

    private void IndexPerson(ExtractedActor person)
    {
        var parts = person.Name.Split(' ');
        _bySurname[parts[^1]] = person;
        if (parts.Length > 1 && parts[^1].Contains('-')) _bySurname.TryAdd(parts[0], person);
    }

    private ExtractedActor RememberPerson(string name, string? role, string? affiliation)
    {
        var existing = BySurname(name.Split(' ')[^1]);
        if (existing is not null)
        {
            _actors.Remove(existing);
            _actors.Add(existing);
            return existing;
        }
        var actor = new ExtractedActor(name, ActorKind.Person, role, affiliation)
        {
            Aliases = role is null ? [name.Split(' ')[^1]] : [name.Split(' ')[^1], $"{role} {name}"],
        };
        _actors.Add(actor);
        IndexPerson(actor);
        return actor;
    }

    private ExtractedActor Remember(ExtractedActor actor)
    {
        var existing = _actors.FirstOrDefault(a => a.Name.Equals(actor.Name, StringComparison.OrdinalIgnoreCase) && a.Kind == actor.Kind);
        // "U.S. Central Command" and later "Central Command": a body's name without its country refers to the body named in full.
        if (existing is null && actor.Kind is ActorKind.Government or ActorKind.Organisation && actor.Affiliation is null
            && actor.Name.Contains(' ') && char.IsUpper(actor.Name[0]))
            existing = _actors.LastOrDefault(a => a.Kind == actor.Kind
                && a.Name.EndsWith(" " + actor.Name, StringComparison.OrdinalIgnoreCase)
                && a.Name.Split(' ').Length <= actor.Name.Split(' ').Length + 2);
        if (existing is not null)
        {
            _actors.Remove(existing);
            _actors.Add(existing);
            return existing;
        }
        _actors.Add(actor);
        return actor;
    }

    private static string Title(string surface) => surface;
}

/// <summary>Helpers to test whether a place mention covers a token.</summary>
public static class PlaceMentionExtensions
{
    // By offsets: a token lies within the place's first and last tokens (cheaper than searching the place's tokens).
    public static bool Covers(this PlaceMention place, Token token) =>
        place.Tokens.Count > 0 && token.Start >= place.Tokens[0].Start && token.End <= place.Tokens[^1].End;
}

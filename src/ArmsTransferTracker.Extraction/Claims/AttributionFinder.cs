namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>How a speaker was attached to what is said.</summary>
public enum SpeakerSource
{
    /// <summary>"X said", "said X", "X told reporters": the stance comes from what the clause says.</summary>
    Says,
    /// <summary>"according to X", "reported by X", "a report by X": X is the source of the reported claim and supports it.</summary>
    Source,
    /// <summary>"X denied", "X dismissed the report", "rejected by X".</summary>
    Denies,
    /// <summary>"X declined to comment", "X could not verify".</summary>
    Neutral,
}

/// <summary>Someone the sentence attributes a statement to, with the clause it sits in.</summary>
public sealed record Speaker(IReadOnlyList<ExtractedActor> Actors, SpeakerSource Source, int Clause, int Position);

/// <summary>
/// Finds who says what in a sentence: reporting verbs, "according to", passives with "by", denials and refusals to
/// comment.
/// </summary>
public static class AttributionFinder
{
    private static readonly HashSet<string> SayVerbs =
    [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "wrote", "writes", "posted", "announced", "noted", "estimated",
        "insisted", "insists", "claimed", "claims", "alleged", "alleges", "argued", "replied", "acknowledged", "admitted", "admits",
        "confirmed", "confirms", "showed", "shows", "found", "cited", "described", "thanked", "condemned", "complained", "suggested",
        "concluded", "reported", "reports", "asserted", "maintained", "repeated", "accused", "accuses", "accusing", "declared",
        "explained", "revealed", "disclosed", "documented", "charged", "believes", "believe", "assessed", "recorded", "called",
        "acknowledges", "concedes", "conceded", "published", "attributed", "blamed", "identified", "traced",
    ];

    private static readonly HashSet<string> DenyVerbs =
    [
        "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses", "dismissing",
        "refuted", "refutes", "refuting",
    ];

    // What a refusal is about: "declined to comment", "would not confirm", "could not independently verify".
    private static readonly HashSet<string> NeutralObjects =
    [
        "comment", "confirm", "verify", "commented", "confirmed", "verified", "discuss", "specify", "disclose", "address", "elaborate",
    ];

    // Tokens that may sit between a speaker and the verb: "Egypt on Sunday dismissed", "Iranian officials this week denied".
    private static readonly HashSet<string> SkipBeforeVerb =
    [
        "on", "this", "last", "week", "month", "year", "also", "later", "has", "have", "had", "both", "repeatedly", "separately", "earlier",
        "previously", "flatly", "publicly", "today", "yesterday", "again", "then", "already", "officially", "formally", "swiftly",
        "quickly", "once", "firmly", "strongly", "angrily", "privately", "late", "early", "weekend", "night", "morning", "evening",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "categorically", "immediately", "subsequently",
    ];

    // Lower-case words that can belong to a speaker's noun phrase: "the region’s chief prosecutor", "two people familiar with
    // the matter".
    private static readonly HashSet<string> NounPhraseWords =
    [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "official", "officials", "minister", "ministry", "agency", "army",
        "military", "government", "intelligence", "defence", "defense", "foreign", "affairs", "council", "office", "embassy", "mission",
        "force", "forces", "air", "navy", "coast", "guard", "commander", "chief", "director", "senior", "deputy", "analyst", "analysts",
        "researchers", "researcher", "experts", "expert", "monitors", "diplomats", "diplomat", "sources", "source", "people", "group",
        "institute", "committee", "media", "state", "news", "television", "broadcaster", "wing", "spy", "secretariat", "economic", "trade",
        "lawmaker", "lawmakers", "member", "adviser", "envoy", "ambassador", "president", "prime", "prosecutor", "prosecutors", "officers",
        "officer", "security", "administration", "department", "top", "former", "independent", "chairman", "coordinator", "executive",
        "investigator", "investigators", "lead", "ruling", "permanent", "external", "national", "regional", "local", "semi-official",
        "panel", "general", "region", "parliament", "parliamentary", "customs", "authorities", "junta", "familiar", "matter", "with",
        "of", "for", "in", "to", "and", "the", "a", "an", "its", "his", "her", "their", "two", "three", "four", "five", "several", "some",
        "military's", "sanctions", "u.n.", "un", "company", "manufacturer", "maker", "telegram", "channel", "website", "newspaper",
        "agency's", "centre", "center", "staff", "aide", "aides", "advisers", "representative", "representatives", "envoys", "ministers",
        "he", "she", "they", "it", "leader", "leaders", "governments", "western", "european", "central", "information", "interior",
        "chiefs", "joint", "one", "defence's", "service", "intelligence's", "navy's", "press", "secretary", "group's", "report",
        "study", "head", "team", "coalition", "rebel", "armed", "opposition", "activists", "campaigners", "watchdog", "monitoring",
        "special", "rapporteur", "unnamed", "anonymous", "israeli", "american", "senior-level", "high-ranking", "defence-ministry",
        "site", "outlet", "daily", "weekly", "magazine", "tabloid", "portal", "blog", "online", "exile-run", "advocacy", "monitoring",
        "think", "tank", "firm", "watchdog", "rights", "human", "humanitarian", "ngo", "semi-official", "official", "state-run",
        "state-owned", "person", "persons", "close", "insiders", "insider",
    ];

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "col", "gen", "brig", "lt", "adm", "rep", "sen", "dr", "mr", "mrs", "ms", "maj", "capt", "sgt", "prof", "gov", "cmdr",
    };

    public static List<int> Clauses(IReadOnlyList<Token> tokens)
    {
        // Clauses split at ";" and at ", while", ", but", ", whereas", ", and <Capitalised>": "X declined to comment,
        // and Y did not respond".
        var ids = new List<int>(tokens.Count);
        var clause = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Text == ";") clause++;
            else if (i > 0 && tokens[i - 1].Text == "," && t.Lower is "while" or "whereas" or "but") clause++;
            else if (i > 0 && tokens[i - 1].Text == "," && t.Lower == "and" && i + 1 < tokens.Count
                && tokens[i + 1].IsCapitalised) clause++;
            else if (i > 0 && t.Lower == "while" && tokens[i - 1].Text is "”" or "\"") clause++;
            // "..., after Russia’s ambassador told a local newspaper that ...": a new speaker's clause.
            else if (i > 0 && tokens[i - 1].Text == ","
                && t.Lower is "after" or "before" or "when" or "whereas" or "although" or "though") clause++;
            ids.Add(clause);
        }
        return ids;
    }

    public static List<Speaker> Find(Sentence sentence, List<PlaceMention> places, ActorResolver resolver)
    {
        var tokens = sentence.Tokens;
        var clauses = Clauses(tokens);
        var speakers = new List<Speaker>();
        void Add(List<Token>? np, SpeakerSource source, int at, string? subjectPlace = null)
        {
            if (np is null || np.Count == 0) return;
            var actors = resolver.Resolve(np, places, subjectPlace);
            if (actors.Count > 0) speakers.Add(new Speaker(actors, source, clauses[at], at));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Lower;
            // "according to U.S. and European officials", "according to a report by the Arms Trail Institute".
            if (w == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
            {
                var np = Right(tokens, i + 2, places);
                var by = np is not null ? np.FindIndex(t => t.Lower is "by") : -1;
                if (np is { Count: > 0 } && np[^1].Lower is "report" or "study" or "statement" or "analysis" or "documents" or "data")
                {
                    var after = IndexOf(tokens, np[^1]) + 1;
                    // "according to a study released on Friday by the Small Arms Ledger".
                    for (var k = after; k < Math.Min(tokens.Count, after + 8); k++)
                    {
                        if (tokens[k].Lower == "by") { np = Right(tokens, k + 1, places); break; }
                    }
                }
                // "according to the yearly review of weapons sales that the trade ministry laid before the senate":
                // whoever submitted the report speaks.
                var isReport = tokens.Skip(i + 2).Take(5).Any(t => t.Lower is "report" or "study" or "review" or "assessment" or "audit");
                if (isReport && ReportAuthor(tokens, i + 2) is { Count: > 0 } author) np = author;
                var before = speakers.Count;
                Add(np, SpeakerSource.Source, i);
                if (isReport && speakers.Count > before) resolver.NoteReportAuthor(speakers[^1].Actors[0]);
                continue;
            }
            // "The Russian embassy disputed the account, saying that deliveries continue": the subject of the sentence speaks.
            if (w is "saying" or "adding" or "insisting" or "arguing" && i > 0 && tokens[i - 1].Text == "," && speakers.Count == 0)
            {
                var start = AfterDateline(tokens, i);
                while (start < i && (tokens[start].Lower is "the" or "a" or "an" || !tokens[start].IsWord)) start++;
                var subject = Right(tokens, start, places);
                if (subject is { Count: > 0 } && subject[0].IsCapitalised) Add(subject, SpeakerSource.Says, i);
                continue;
            }
            // "..., the national television channel reported, citing the interim junta".
            if (w == "citing" && i > 0 && tokens[i - 1].Text == ",")
            {
                // "citing the ruling military council" names a source; "citing photographs of ..." names evidence.
                var cited = Right(tokens, i + 1, places);
                var first = cited?.FirstOrDefault(t => t.Lower is not ("the" or "a" or "an" or "two" or "three" or "an"));
                if (first is not null
                    && (first.IsCapitalised || NounPhraseWords.Contains(first.Lower))) Add(cited, SpeakerSource.Source, i);
                continue;
            }
            if (DenyVerbs.Contains(w))
            {
                // "..., a cabinet spokeswoman said late Tuesday, rejecting the allegation": the one who said it rejects.
                if (w.EndsWith("ing", StringComparison.Ordinal) && i > 0 && tokens[i - 1].Text == ",")
                {
                    if (speakers.Count > 0)
                        speakers.Add(speakers[^1] with { Source = SpeakerSource.Denies, Clause = clauses[i], Position = i });
                    continue;
                }
                if (IsPassiveBy(tokens, i)) Add(Right(tokens, i + 2, places), SpeakerSource.Denies, i);
                else Add(Left(tokens, i, places), SpeakerSource.Denies, i);
                continue;
            }
            if (w == "declined" && i + 2 < tokens.Count && tokens[i + 1].Lower == "to"
                && (NeutralObjects.Contains(tokens[i + 2].Lower) || tokens[i + 2].Lower == "say"))
            {
                Add(Left(tokens, i, places), SpeakerSource.Neutral, i);
                continue;
            }
            // "neither confirmed nor denied".
            if (w == "neither" && i + 1 < tokens.Count && tokens[i + 1].Lower is "confirmed" or "confirm")
            {
                Add(Left(tokens, i, places), SpeakerSource.Neutral, i);
                i += 3;
                continue;
            }
            // "would not comment", "did not confirm", "could not independently verify", "was not able to independently confirm".
            if (w is "would" or "will" or "did" or "does" or "do" or "could" or "can" or "was" or "were" or "has" or "have" or "is" or "are"
                or "cannot"
                && NegatedRefusal(tokens, i, out var passiveRefusal))
            {
                if (passiveRefusal)
                {
                    // "The accusation ... could not be independently verified": the outlet's own hedge.
                    if (resolver.OutletActor is { } outlet) speakers.Add(new Speaker([outlet], SpeakerSource.Neutral, clauses[i], i));
                }
                else
                {
                    Add(Left(tokens, i, places), SpeakerSource.Neutral, i);
                }
                continue;
            }
            // "reported by a Lagos daily", "as was claimed by the French army", "voiced by a Chilean navy spokesman".
            if (w is "reported" or "claimed" or "voiced" or "released" or "issued" or "published" or "made" or "alleged" or "confirmed"
                    or "raised" or "carried" or "analysed" or "analyzed" or "compiled" or "reviewed" or "seen" or "documented"
                    or "obtained" or "gathered" or "collected" or "verified"
                && ByAfter(tokens, i) is var byAt && byAt > 0
                // "rounds made by a Brazilian company" is about goods; "the allegations were made by X" is about a statement.
                && (w != "made" || tokens.Take(i).Any(t => t.Lower is "allegations" or "allegation" or "claims" or "claim"
                    or "accusations" or "accusation" or "statement" or "remarks" or "comments")))
            {
                // "in a statement released Friday by its permanent mission": "its" is the country the sentence is about.
                Add(Right(tokens, byAt + 1, places), SpeakerSource.Source, i, places.FirstOrDefault(p => p.First <= 2)?.Canonical);
                continue;
            }
            // "Morocco renewed accusations on Thursday that Iran has supplied ...": whoever renews or levels the
            // accusation makes the claim.
            if (w is "renewed" or "repeated" or "reiterated" or "levelled" or "leveled" or "made" or "voiced" && i + 1 < tokens.Count
                && AccusationThat(tokens, i + 1) && Left(tokens, i, places) is { Count: > 0 } accuser)
            {
                Add(accuser, SpeakerSource.Source, i);
                continue;
            }
            // "a report by U.N. sanctions experts", "a study by the Arms Trail Institute".
            if (w is "report" or "study" or "investigation" or "analysis" or "assessment" or "accusation" or "accusations" or "allegation"
                or "allegations" or "claim" or "claims"
                && i + 1 < tokens.Count && tokens[i + 1].Lower is "by" or "from")
            {
                var before = speakers.Count;
                Add(Right(tokens, i + 2, places), SpeakerSource.Source, i);
                // "a report by U.N. experts ..." and later "the report said": the report speaks for its authors.
                if (w is "report" or "study" && speakers.Count > before) resolver.NoteReportAuthor(speakers[^1].Actors[0]);
                continue;
            }
            // "Vietnam’s official wire service quoted a defence ministry aide as saying": the quoted official speaks.
            if (w is "quoted" or "quoting" && Right(tokens, i + 1, places) is { Count: > 0 } quoted)
            {
                var after = IndexOf(tokens, quoted[^1]) + 1;
                if (after + 1 < tokens.Count && tokens[after].Lower == "as" && tokens[after + 1].Lower is "saying" or "stating")
                {
                    Add(quoted, SpeakerSource.Says, i);
                    continue;
                }
            }
            if (SayVerbs.Contains(w))
            {
                if (i + 1 < tokens.Count && tokens[i + 1].Lower == "by") continue;
                var left = Left(tokens, i, places);
                // "..., said the officials, who were not authorised": a clause is no speaker; after a comma the speaker follows the verb.
                if (left is not null && left.Any(t => t.Lower is "was" or "were" or "is" or "are" or "has" or "had" or "have")) left = null;
                // "The Treasury imposed sanctions on three nationals it said had helped Hezbollah": "it" is the sentence's subject.
                if (left is [{ Lower: "it" }])
                {
                    var start = AfterDateline(tokens, i);
                    while (start < i && (tokens[start].Lower is "the" or "a" or "an" || !tokens[start].IsWord)) start++;
                    var subject = Right(tokens, start, places);
                    // Only a body speaks as "it": "The U.S. Treasury Department ... it said"; not "Russian artillery
                    // units ... footage it said showed".
                    var isBody = subject is { Count: > 0 } && subject[0].IsCapitalised
                        && subject.Any(t => t.Lower is "department" or "ministry" or "command" or "office" or "agency" or "council"
                            or "service" or "army" or "navy" or "government" or "embassy" or "mission" or "institute" or "group"
                            or "committee" or "military" or "pentagon" or "kremlin");
                    left = isBody ? subject : left;
                }
                if (left is { Count: > 0 })
                {
                    // "Moroccan claims that ...", "the army accused Egypt of supplying": whoever claims or accuses makes the claim.
                    Add(left, w is "claims" or "claim" or "alleged" or "alleges" or "accused" or "accuses" or "accusing"
                        ? SpeakerSource.Source : SpeakerSource.Says, i);
                }
                else if (w is "said" or "says" or "added" or "wrote" or "told" or "reported" or "estimated" or "noted" or "insisted"
                    or "replied"
                    && i > 0 && tokens[i - 1].Text is "," or "”" or "\"" or "’")
                {
                    // "said Marta Lindqvist, the board's press officer": the speaker follows the verb after a quote or a comma.
                    var right = Right(tokens, i + 1, places);
                    if (right is { Count: > 0 }
                        && (right[0].IsCapitalised || right[0].Lower is "the" or "a" or "an" or "two" or "three"))
                        Add(right, SpeakerSource.Says, i);
                }
            }
        }

        // "an army spokeswoman said in remarks carried by the official wire service": the outlet that carries another
        // speaker's words is only the channel.
        if (speakers.Any(s => s.Source != SpeakerSource.Source))
            speakers.RemoveAll(s => s.Source == SpeakerSource.Source && tokens[s.Position].Lower == "carried");
        // "the intelligence chief briefed senators ..., according to a senator who was in the room": the one who relays
        // what a speaker told others is no speaker.
        if (speakers.Any(s => s.Source == SpeakerSource.Says && s.Position < tokens.Count
            && tokens[s.Position].Lower is "told" or "briefed"))
            speakers.RemoveAll(s => s.Source == SpeakerSource.Source && tokens[s.Position].Lower == "according"
                && speakers.Any(o => o.Source == SpeakerSource.Says && o.Position < s.Position
                    && tokens[o.Position].Lower is "told" or "briefed"));
        // "in a statement released by its permanent mission": the mission speaks, not the country named as subject.
        var released = speakers.Where(s => s.Source == SpeakerSource.Source && tokens[s.Position].Lower is "released" or "issued").ToList();
        foreach (var r in released)
        {
            speakers.RemoveAll(s => s != r && s.Clause == r.Clause
                && s.Actors.All(a => a.Kind == ActorKind.Government && Places.TryLookup(Places.Normalise(a.Name), out _)));
            var index = speakers.IndexOf(r);
            speakers[index] = r with { Source = speakers.Any(s => s.Clause == r.Clause && s.Source == SpeakerSource.Denies)
                || HasDenyVerb(tokens) ? SpeakerSource.Denies : SpeakerSource.Says };
        }
        return speakers;
    }

    // "accusations on Thursday that", "its claims that", "allegations that": an accusation noun whose content clause follows.
    private static bool AccusationThat(IReadOnlyList<Token> tokens, int from)
    {
        var k = from;
        if (k < tokens.Count && tokens[k].Lower is "its" or "their" or "the" or "his" or "her") k++;
        if (k >= tokens.Count
            || tokens[k].Lower is not ("accusations" or "accusation" or "allegations" or "allegation" or "claims"
                or "charges")) return false;
        for (var j = k + 1; j < Math.Min(tokens.Count, k + 5); j++)
        {
            if (tokens[j].Lower == "that") return true;
            if (!(tokens[j].Lower is "on" or "last" or "this" or "week" or "earlier" || IsDateWord(tokens, j))) return false;
        }
        return false;
    }

    private static readonly HashSet<string> SubmitVerbs =
        ["submitted", "published", "released", "issued", "compiled", "presented", "prepared", "sent", "delivered", "filed"];

    // The subject of "that|which <subject> submitted" after a report: "the annual report that the armed forces ministry
    // submitted to parliament".
    private static List<Token>? ReportAuthor(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < Math.Min(tokens.Count - 2, from + 12); k++)
        {
            if (tokens[k].Text is "," or ";") return null;
            if (tokens[k].Lower is not ("that" or "which")) continue;
            for (var v = k + 2; v < Math.Min(tokens.Count, k + 8); v++)
            {
                if (SubmitVerbs.Contains(tokens[v].Lower)) return tokens.Skip(k + 1).Take(v - k - 1).ToList();
                if (!tokens[v].IsWord) return null;
            }
            return null;
        }
        return null;
    }

    // "reported by", "released Friday by", "published on Wednesday by": the agent within a few words.
    private static int ByAfter(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 5); k++)
        {
            if (tokens[k].Lower == "by") return k;
            if (!(tokens[k].Lower is "on" or "last" or "this" or "week" or "earlier" || IsDateWord(tokens, k)
                || (tokens[k].IsCapitalised && tokens[k].Text.Length > 2 && k > i + 1))) return -1;
        }
        return -1;
    }

    // "BEIRUT — The U.S. Treasury Department ...": the sentence's subject starts after a dateline.
    private static int AfterDateline(IReadOnlyList<Token> tokens, int limit)
    {
        for (var k = 0; k < Math.Min(limit, 16); k++)
        {
            if (tokens[k].Text is "—" or "–") return k + 1;
        }
        return 0;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token)) return i;
        }
        return -1;
    }

    private static bool HasDenyVerb(IReadOnlyList<Token> tokens) => tokens.Any(t => DenyVerbs.Contains(t.Lower));

    private static bool IsPassiveBy(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i + 1].Lower != "by") return false;
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (tokens[k].Lower is "was" or "were" or "been" or "is" or "are" or "be") return true;
        }
        return true;
    }

    private static bool NegatedRefusal(IReadOnlyList<Token> tokens, int i, out bool passive)
    {
        passive = false;
        var k = i + 1;
        if (tokens[i].Lower != "cannot")
        {
            if (k >= tokens.Count || tokens[k].Lower is not ("not" or "n't")) return false;
            k++;
        }
        for (var j = k; j < Math.Min(tokens.Count, k + 5); j++)
        {
            var w = tokens[j].Lower;
            if (w == "be" || w == "been") passive = true;
            // "did not comment" and "has not commented" record silence, which is no stance; "would not comment" and
            // "did not confirm" are answers.
            if (w is "comment" or "commented" && tokens[i].Lower is "did" or "does" or "do" or "has" or "have") return false;
            if (NeutralObjects.Contains(w)) return !(passive && j + 1 < tokens.Count && tokens[j + 1].Lower == "by");
            if (w is not ("independently" or "immediately" or "able" or "to" or "be" or "been" or "yet" or "publicly" or "officially"
                or "directly")) return false;
        }
        return false;
    }

    /// <summary>The speaker's noun phrase ending right before the verb at <paramref name="verb"/>, or null.</summary>
    public static List<Token>? Left(IReadOnlyList<Token> tokens, int verb, List<PlaceMention> places)
    {
        var k = verb - 1;
        while (k >= 0 && (SkipBeforeVerb.Contains(tokens[k].Lower) || IsDateWord(tokens, k))) k--;
        if (k < 0) return null;
        if (tokens[k].Text == ",")
        {
            // "Col. Girma Alemayehu, declined", "Ben Carlow, a spokesperson for the National Security Council, declined",
            // "The officials, who spoke on condition of anonymity, confirmed".
            var open = -1;
            for (var j = k - 1; j >= Math.Max(0, k - 30); j--)
            {
                if (tokens[j].Text == ",") { open = j; break; }
                if (tokens[j].Text is "”" or "“" or "\"" or ";" or "—") break;
            }
            if (open < 0) return null;
            var segment = tokens.Skip(open + 1).Take(k - open - 1).ToList();
            if (segment.Count == 0) return null;
            // "The study, by independent customs auditors, said": the authors speak.
            if (segment[0].Lower == "by" && segment.Count > 1) return segment.Skip(1).ToList();
            // "The officials, who spoke on condition of anonymity, confirmed"; "A spokesman, asked about the report, said".
            if (segment[0].Lower is "who" or "which" or "in" or "on" or "at" or "with" or "speaking" or "according" or "citing" or "asked"
                    or "responding"
                || (!segment[0].IsCapitalised && (segment[0].Lower.EndsWith("ed", StringComparison.Ordinal)
                    || segment[0].Lower.EndsWith("ing", StringComparison.Ordinal))))
                return Collect(tokens, open - 1, places);
            if (segment[0].Lower is "a" or "an" or "the" || !segment[0].IsCapitalised)
            {
                var before = Collect(tokens, open - 1, places);
                return before is null ? null : [.. before, .. segment];
            }
            if (segment.All(t => t.IsCapitalised || t.Text is "." or "-" || Abbreviations.Contains(t.Text) || IsNameParticle(t)))
            {
                var role = Collect(tokens, open - 1, places) ?? [];
                return [.. role, .. segment];
            }
            return null;
        }
        return Collect(tokens, k, places);
    }

    private static List<Token>? Collect(IReadOnlyList<Token> tokens, int end, List<PlaceMention> places)
    {
        var start = end + 1;
        for (var k = end; k >= Math.Max(0, end - 12); k--)
        {
            if (IsNounPhraseToken(tokens, k, places)) { start = k; continue; }
            // "South Korea’s arms procurement agency confirmed": an unlisted noun inside a phrase that goes on to a name or a determiner.
            if (end - k < 5 && IsPlainNoun(tokens[k]) && k > 0 && (IsNounPhraseToken(tokens, k - 1, places) || IsPlainNoun(tokens[k - 1]))
                && k + 1 <= end && !tokens[k + 1].IsCapitalised)
            {
                start = k;
                continue;
            }
            break;
        }
        if (start > end) return null;
        // The phrase must begin like one: a capital, a determiner, a number or a possessive; a run of plain nouns alone is no speaker.
        while (start <= end && IsPlainNoun(tokens[start]) && !NounPhraseWords.Contains(tokens[start].Lower)) start++;
        if (start > end) return null;
        // "said Kyiv does not discuss": a phrase right after a reporting verb is what is said, not who says it.
        if (start > 0 && (SayVerbs.Contains(tokens[start - 1].Lower)
            || (tokens[start - 1].Lower == "that" && start > 1
                && (SayVerbs.Contains(tokens[start - 2].Lower) || DenyVerbs.Contains(tokens[start - 2].Lower))))) return null;
        var np = tokens.Skip(start).Take(end - start + 1).ToList();
        while (np.Count > 0 && np[0].Lower is "of" or "for" or "in" or "to" or "and" or "with" or "," or ".") np.RemoveAt(0);
        return np.Count == 0 ? null : np;
    }

    private static readonly HashSet<string> FunctionWords =
    [
        "that", "which", "who", "but", "or", "said", "says", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
        "not", "also", "been", "be", "as", "than", "at", "by", "from", "after", "before", "while", "when", "if", "this", "these", "those",
        "there", "here", "we", "you", "i", "our", "your", "what", "how", "why", "where", "some", "all", "any", "no", "so", "then",
        "seen", "shown", "given", "known", "taken", "written", "made", "done", "held", "by", "documents", "data", "records", "images",
        "imagery", "photographs", "footage", "estimates", "figures",
    ];

    private static bool IsPlainNoun(Token t) =>
        t.IsWord && !t.IsCapitalised && !FunctionWords.Contains(t.Lower) && !t.Lower.EndsWith("ly", StringComparison.Ordinal)
        && !t.Lower.EndsWith("ed", StringComparison.Ordinal) && !SayVerbs.Contains(t.Lower) && !DenyVerbs.Contains(t.Lower)
        && !char.IsDigit(t.Text[0]);

    // Name particles: "Abdulrahman al-Qasimi", "Saleh al-Maqtari", "Ursula von der Leyen".
    public static bool IsNameParticle(Token t) =>
        t.Lower.StartsWith("al-", StringComparison.Ordinal) || t.Lower.StartsWith("el-", StringComparison.Ordinal)
            || t.Lower.StartsWith("bin-", StringComparison.Ordinal)
        || t.Lower is "bin" or "ibn" or "von" or "van" or "der" or "de" or "da" or "dos" or "al";

    private static bool IsNounPhraseToken(IReadOnlyList<Token> tokens, int k, List<PlaceMention> places)
    {
        var t = tokens[k];
        if (IsNameParticle(t)) return true;
        // "government-aligned coast guard", "state-run television".
        if (t.IsWord && !t.IsCapitalised && t.Lower.Contains('-') && !t.Lower.EndsWith("-year", StringComparison.Ordinal)) return true;
        if (t.IsPossessive) return true;
        if (t.Text == "." && k > 0 && (Abbreviations.Contains(tokens[k - 1].Text) || tokens[k - 1].Text.Length == 1)) return true;
        if (t.IsWord && t.IsCapitalised) return true;
        if (NounPhraseWords.Contains(t.Lower)) return true;
        foreach (var p in places)
        {
            if (p.First <= k && p.Last >= k) return true;
        }
        return false;
    }

    /// <summary>The speaker's noun phrase starting at <paramref name="start"/> ("said Andriy Koval, a spokesman"), or null.</summary>
    public static List<Token>? Right(IReadOnlyList<Token> tokens, int start, List<PlaceMention> places)
    {
        var np = RightPhrase(tokens, start, places);
        // "said the spokesman, Tomas Ruiz", "claimed by the Peruvian army commander, Gen. Rosa Quispe": a name in
        // apposition completes the phrase.
        if (np is { Count: > 0 } && !np.Skip(1).Any(t => t.IsCapitalised && !places.Any(p => p.Covers(t))))
        {
            var after = IndexOf(tokens, np[^1]) + 1;
            if (after + 1 < tokens.Count && tokens[after].Text == ",")
            {
                var name = RightPhrase(tokens, after + 1, places);
                if (name is { Count: >= 2 } && name.All(t => t.IsCapitalised || IsNameParticle(t) || t.Text == ".")) np = [.. np, .. name];
            }
        }
        return np;
    }

    private static List<Token>? RightPhrase(IReadOnlyList<Token> tokens, int start, List<PlaceMention> places)
    {
        var np = new List<Token>();
        for (var k = start; k < Math.Min(tokens.Count, start + 12); k++)
        {
            var t = tokens[k];
            if (t.Text == "." && !(k > 0 && (Abbreviations.Contains(tokens[k - 1].Text) || tokens[k - 1].Text.Length == 1))) break;
            if (t.Lower is "that" or "who" or "which" or "on" or "last" or "this" or "said" or "says"
                || t.Text is "," or "“" or "”" or "\"" or ";" or ":" or "—") break;
            if (k > start && t.IsWord && t.IsCapitalised && IsDateWord(tokens, k)) break;
            // "a Chilean senator in a television debate": "in" and "at" continue a name only before a capital ("embassy in Baku").
            if (t.Lower is "in" or "at" && !(k + 1 < tokens.Count && tokens[k + 1].IsCapitalised)) break;
            // "trade officials and industry executives", "the Kurdistan Regional Government's counterterrorism
            // service": an unlisted noun before another noun-phrase word.
            var plainNounInPhrase = IsPlainNoun(t) && k + 1 < tokens.Count
                && (IsNounPhraseToken(tokens, k + 1, places) || IsPlainNoun(tokens[k + 1]))
                && tokens[k + 1].Lower is not ("that" or "on" or "said" or "says");
            var plainNounAtEnd = IsPlainNoun(t) && k > start && (tokens[k - 1].IsPossessive || tokens[k - 1].Lower is "the" or "a" or "an");
            if (!IsNounPhraseToken(tokens, k, places) && !plainNounInPhrase && !plainNounAtEnd) break;
            np.Add(t);
        }
        while (np.Count > 0 && np[^1].Lower is "of" or "for" or "in" or "to" or "and" or "with" or "the" or "a") np.RemoveAt(np.Count - 1);
        return np.Count == 0 ? null : np;
    }

    private static bool IsDateWord(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Lower is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "week" or "weekend";
}

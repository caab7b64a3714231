namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>Decides a speaker's stance from how it was attached and what its clause says.</summary>
public static class StanceClassifier
{
    // Words that turn a statement into a denial: "called the report 'baseless propaganda'", "Russia’s claim ... is false".
    private static readonly HashSet<string> DenialWords =
    [
        "denied", "denies", "deny", "denying", "rejecting", "rejected", "rejects", "dismissing", "dismissed", "lie", "lies", "lying",
        "fabrication", "fabrications", "fabricated", "baseless", "false", "propaganda", "absurd", "fantasy", "nonsense", "groundless",
        "unfounded", "slander", "untrue", "categorically", "invented", "disinformation", "fake", "smear", "refuted",
    ];

    // Hedges that make a statement neutral: "it was unclear whether", "had not yet determined who sent the mortars".
    private static readonly string[][] NeutralPhrases =
    [
        ["unclear", "whether"], ["not", "clear", "whether"], ["not", "yet", "determined"], ["no", "knowledge"], ["not", "comment"],
        ["cannot", "confirm"], ["could", "not", "confirm"], ["unclear", "how"], ["unable", "to", "confirm"], ["unable", "to", "verify"],
        ["stopped", "short", "of"], ["not", "discuss"], ["no", "comment"], ["no", "information"], ["not", "share"], ["not", "disclose"],
        ["strictly", "follow"], ["strictly", "follows"], ["prudent", "and"], ["comply", "with"], ["complies", "with"],
        ["in", "line", "with"], ["without", "addressing"], ["did", "not", "address"], ["without", "confirming"], ["without", "commenting"],
        ["neither", "confirmed"], ["not", "disclose"], ["not", "disclosed"], ["not", "confirm"], ["declined", "to"],
        ["would", "not", "comment"],
    ];

    private static readonly string[][] SelfSufficiencyPhrases =
    [
        ["produced", "its", "own"], ["produces", "its", "own"], ["makes", "its", "own"], ["make", "their", "own"],
        ["makes", "their", "own"],
        ["buys", "its", "own"], ["needs", "nothing"], ["captured", "its", "weapons"], ["captured", "from"], ["had", "been", "suspended"],
        ["have", "been", "suspended"], ["were", "suspended"], ["was", "suspended"], ["has", "been", "halted"], ["no", "longer"],
    ];

    public static StanceValue Classify(Speaker speaker, IReadOnlyList<Token> tokens, IReadOnlyList<int> clauses,
        IReadOnlyList<TransferEvent> claimEvents)
    {
        switch (speaker.Source)
        {
            case SpeakerSource.Denies:
                return StanceValue.Denies;
            case SpeakerSource.Neutral:
                return StanceValue.Neutral;
            case SpeakerSource.Source:
                // "according to X" carries the claim; only a negated claim makes the source a denier.
                return claimEvents.Count > 0 && claimEvents.All(e => e.Negated) ? StanceValue.Denies : StanceValue.Supports;
        }

        var clause = speaker.Clause;
        var clauseTokens = tokens.Where((_, i) => clauses[i] == clause).ToList();
        var clauseEvents =
            claimEvents.Where(e => e.Trigger < clauses.Count && clauses[e.Trigger] == clause && e.Sentence.Tokens == tokens).ToList();
        // "Russia’s claim that Poland has supplied ... is false": the speaker says the opposite of the claim it reports.
        if (CallsClaimFalse(clauseTokens))
        {
            return clauseEvents.Count > 0 && clauseEvents.All(e => e.Negated) ? StanceValue.Supports : StanceValue.Denies;
        }
        // A speaker in a clause of its own ("..., after the ambassador told a newspaper that shells were found") is not
        // bound by another clause's negation.
        var events = clauseEvents;
        // "Pakistan has never provided arms ..., the Foreign Office said": a negated transfer is denied.
        // "could neither confirm nor deny" is a refusal, not a denial.
        if (ContainsPhrase(clauseTokens,
            [["neither", "confirm"], ["neither", "confirmed"], ["neither", "confirms"]])) return StanceValue.Neutral;
        // Any transfer the speaker's clause negates is denied: 'said Brazil "has not supplied mortar bombs to
        // Sudan" and that its sales comply with ...'.
        if (events.Any(e => e.Negated)) return StanceValue.Denies;
        if (clauseTokens.Any(t => DenialWords.Contains(t.Lower))) return StanceValue.Denies;
        if (clauseTokens.Any(t => DenialWords.Contains(t.Lower)) && !events.Any(e => !e.Negated)) return StanceValue.Denies;
        // "the militia produces its own rockets and needs nothing from abroad", "exports had been suspended": no transfer (any more).
        if (ContainsPhrase(clauseTokens, SelfSufficiencyPhrases)) return StanceValue.Denies;
        if (ContainsPhrase(clauseTokens, NeutralPhrases)) return StanceValue.Neutral;
        return StanceValue.Supports;
    }

    public static bool CallsClaimFalse(List<Token> tokens)
    {
        var claimAt = tokens.FindIndex(t => t.Lower is "claim" or "claims" or "allegation" or "allegations" or "assertion" or "accusation"
            or "accusations");
        if (claimAt < 0) return false;
        for (var i = claimAt + 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("is" or "are" or "was" or "were")) continue;
            var next = i + 1;
            // 'is "false and malicious"': the verdict may be quoted.
            while (next < tokens.Count - 1 && tokens[next].Text is "“" or "\"" or "‘") next++;
            if (tokens[next].Lower is "false" or "untrue" or "wrong" or "baseless" or "unfounded" or "groundless" or "a")
                return tokens[next].Lower != "a" || (next + 1 < tokens.Count && tokens[next + 1].Lower is "lie" or "fabrication");
        }
        return false;
    }

    // Every phrase's first word, so most tokens are rejected with one set lookup.
    private static readonly HashSet<string> PhraseStarts =
        NeutralPhrases.Concat(SelfSufficiencyPhrases).Select(p => p[0]).Concat(["neither"]).ToHashSet();

    private static bool ContainsPhrase(List<Token> tokens, string[][] phrases)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!PhraseStarts.Contains(tokens[i].Lower)) continue;
            foreach (var phrase in phrases)
            {
                if (i + phrase.Length > tokens.Count) continue;
                var all = true;
                for (var k = 0; k < phrase.Length && all; k++) all = tokens[i + k].Lower == phrase[k];
                if (all) return true;
            }
        }
        return false;
    }
}

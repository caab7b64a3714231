using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Vocabulary;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>Whose turn a paragraph of an interview or a broadcast transcript is.</summary>
public enum DialogueTurn
{
    /// <summary>Not a labelled turn: the story's own paragraph.</summary>
    None,
    /// <summary>The interviewer's: "Q: Has Turkey sent you drones?". Its words are questions, not the outlet's claims.</summary>
    Question,
    /// <summary>The interviewee's: "A: No." or "Morikawa: We delivered ...". Its words are the interviewee's.</summary>
    Answer,
}

/// <summary>A paragraph's label: how many characters it takes, whose turn it opens, and the answerer's name if it gives one.</summary>
public sealed record DialogueLabel(int Length, DialogueTurn Turn, string? Answerer);

/// <summary>
/// Interviews and transcripts give each paragraph to a speaker by a label ("Q:", "A:", "PAW:", "Shinji Oyamada:",
/// "DAVID PRICE, ANCHOR:"). An article is a dialogue when at least two labels each open two or more of its paragraphs;
/// then every paragraph a label of theirs opens is a turn, the label cut like a dateline.
/// </summary>
public static partial class DialogueTurns
{
    /// <summary>The labels of the paragraphs of <paramref name="lines"/> (trimmed), by line; empty unless it is a dialogue.</summary>
    public static IReadOnlyDictionary<int, DialogueLabel> Find(IReadOnlyList<string> lines, string? outlet)
    {
        var labelled = lines.Select((line, index) => (Index: index, Match: Label().Match(line)))
            .Where(x => x.Match.Success)
            .Select(x => (x.Index, x.Match, Key: KeyOf(x.Match.Groups["name"].Value)))
            .ToList();
        // "Coral Affairs Weekly:" opens the first question, "PAW:" the rest; "Shinji Oyamada:" the first answer, "Morikawa:" the rest.
        var keys = labelled.Select(x => x.Key).ToHashSet();
        var turns = labelled.Select(x => (x.Index, x.Match, Key: SpeakerOf(x.Match.Groups["name"].Value, x.Key, keys))).ToList();
        var recurring = turns.GroupBy(x => x.Key).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        if (recurring.Count < 2) return new Dictionary<int, DialogueLabel>();
        var labels = new Dictionary<int, DialogueLabel>();
        // Within the dialogue, a guest heard once ("MARTA ZIELONKA, GATINEAU ARMS MONITOR (on camera):") has a turn too.
        var recurringLines = turns.Where(x => recurring.Contains(x.Key)).Select(x => x.Index).ToList();
        var (first, last) = (recurringLines.Min(), recurringLines.Max());
        bool IsTurn((int Index, Match Match, string Key) x) => recurring.Contains(x.Key)
            || (x.Index > first && x.Index < last && (x.Match.Groups["name"].Value.Contains(' ') || x.Match.Groups["role"].Success));
        foreach (var speaker in turns.Where(IsTurn).GroupBy(x => x.Key))
        {
            var names = speaker.Select(x => x.Match.Groups["name"].Value).ToList();
            var roles = speaker.Select(x => x.Match.Groups["role"].Value).Where(r => r.Length > 0).ToList();
            var turn = TurnOf(speaker.Key, names, roles, speaker.Select(x => lines[x.Index]).ToList(), outlet);
            var answerer = turn == DialogueTurn.Answer && speaker.Key != "A" ? FullestName(names.MaxBy(n => n.Length)!, lines) : null;
            foreach (var (index, match, _) in speaker) labels[index] = new DialogueLabel(match.Length, turn, answerer);
        }
        return labels;
    }

    // A newsroom's own people (the anchor, the correspondent) tell the story as the outlet does; whoever asks the questions
    // (most turns end with one, or the label is the outlet's name) is the interviewer; anyone else answers.
    private static DialogueTurn TurnOf(string key, List<string> names, List<string> roles, List<string> paragraphs, string? outlet)
    {
        if (key == "Q") return DialogueTurn.Question;
        if (key == "A") return DialogueTurn.Answer;
        if (names.All(n => Lexicon.InterviewerLabels.Contains(n.ToLowerInvariant()))) return DialogueTurn.Question;
        // "NORA BELL, ANCHOR", "ANJALI VARMA, REPORTER", "ANCHOR ELLA MARSDEN".
        if (roles.SelectMany(r => r.Split(", ")).Any(r => Lexicon.NewsroomRoles.Contains(r.Split(' ')[^1].ToLowerInvariant()))
            || names.Any(n => n.Contains(' ') && Lexicon.NewsroomRoles.Contains(n.Split(' ')[0].ToLowerInvariant())))
        {
            return DialogueTurn.None;
        }
        if (outlet is not null && names.Any(n => n.Equals(outlet, StringComparison.OrdinalIgnoreCase) || n == Initials(outlet)))
        {
            return DialogueTurn.Question;
        }
        return paragraphs.Count(p => p.TrimEnd().EndsWith('?')) * 2 > paragraphs.Count ? DialogueTurn.Question : DialogueTurn.Answer;
    }

    // A transcript labels its guest by surname, often in capitals ("MERCADIER:"); its introduction names them in full.
    private static string FullestName(string label, IReadOnlyList<string> lines)
    {
        var surname = label.Any(char.IsLower) ? label.Split(' ')[^1] : TitleCase(label.Split(' ')[^1]);
        return WrittenNames.Fullest(string.Join('\n', lines), surname)
            ?? (label.Any(char.IsLower) ? label : string.Join(' ', label.Split(' ').Select(TitleCase)));
    }

    private static string TitleCase(string word) => word.Length < 2 ? word : word[0] + word[1..].ToLowerInvariant();

    private static string SpeakerOf(string name, string key, HashSet<string> keys) =>
        Initials(name) is { Length: > 1 } initials && keys.Contains(initials) ? initials : key;

    // A speaker's key is the last word of the label's name, in capitals: "Shinji Oyamada" and "MORIKAWA" are one speaker.
    private static string KeyOf(string name) => name.Split(' ')[^1].ToUpperInvariant();

    private static string Initials(string name) => string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]))
        .ToUpperInvariant();

    // A name of one to four capitalised words, or "Q" or "A", perhaps a role after a comma ("MIKE DAY, PRESIDENT, LOCAL 88") and
    // a stage note ("(voice-over)"), then a colon and the turn's words; a recording's transcript puts the time of the turn
    // first ("[00:12:31] HOST:", "(14:02) Q:").
    [GeneratedRegex(@"^(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+)?(?<name>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3})"
        + @"(?:, (?<role>\p{L}[\p{L}\d ,&'’.\-]{1,40}?))?(?: \([\p{L} \-]{2,30}\))?:\s+(?=\S)")]
    private static partial Regex Label();
}

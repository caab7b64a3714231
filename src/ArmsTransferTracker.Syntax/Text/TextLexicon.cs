using System.Reflection;

namespace ArmsTransferTracker.Syntax.Text;

/// <summary>The word lists under Data/Text, read once from the assembly's resources: one entry a line, "#" starts a comment line.</summary>
internal static class TextLexicon
{
    public static readonly WordSet HyphenPrefixes = Load("hyphen-prefixes.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations (with their period) that introduce what follows: titles, months, "vs.", "No.".</summary>
    public static readonly WordSet LeadingAbbreviations = new(
        Lines("abbreviations-titles.txt").Concat(Lines("abbreviations-months.txt")).Concat(Lines("abbreviations-leading.txt"))
            .Concat(Lines("abbreviations-numbering.txt")),
        StringComparer.Ordinal);

    /// <summary>Titles and ranks written before a name, with their period: "Gen.", "Dr.".</summary>
    public static readonly WordSet Titles = Load("abbreviations-titles.txt", StringComparer.Ordinal);

    /// <summary>Verbs a document or a picture does ("show", "suggest"), which the tagger may take for nouns.</summary>
    public static readonly WordSet VerbsOfFindings = Load("verbs-of-findings.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of speech that close an aside set off by commas ("The drones, officials said, were shipped").</summary>
    public static readonly WordSet AsideSpeechVerbs = Load("aside-speech-verbs.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs by which a source closes a sentence after a comma ("..., the ministry said", "..., a report has found").</summary>
    public static readonly WordSet SourceVerbs = Load("source-verbs.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for a charge that the side charged may answer in a relative clause ("..., a charge Moscow denies").</summary>
    public static readonly WordSet ChargeNouns = Load("charge-nouns.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs by which a side answers a charge ("denies", "rejected", "calls false").</summary>
    public static readonly WordSet AnsweringVerbs = Load("answering-verbs.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of beginning, going on and stopping ("has begun delivering", "keeps buying").</summary>
    public static readonly WordSet AspectVerbs = Load("aspect-verbs.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of grammar that are never names, however the tagger read them: "Nor has Tehran sent us a drone".</summary>
    public static readonly WordSet NeverNames = Load("never-names.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations (with their period) that keep it only before a figure: "No. 5".</summary>
    public static readonly WordSet NumberingAbbreviations = Load("abbreviations-numbering.txt", StringComparer.Ordinal);

    /// <summary>Abbreviations (with their period) that may end a sentence: "Inc.", "Jr.", "etc.", "Calif.".</summary>
    public static readonly WordSet FinalAbbreviations =
        new(Lines("abbreviations-final.txt").Concat(Lines("abbreviations-places.txt")), StringComparer.Ordinal);

    public static readonly WordSet SentenceStarters = Load("sentence-starters.txt", StringComparer.Ordinal);

    public static readonly WordSet RunOnWords = Load("run-on-words.txt", StringComparer.OrdinalIgnoreCase);

    public static readonly WordSet NumberUnits = Load("number-units.txt", StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlyList<string> VerbPrefixes = [.. Lines("verb-prefixes.txt")];

    /// <summary>Fused words by their surface ("gonna"), each with the length of its first word ("gon").</summary>
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FusedWords = LoadFusedWords();

    public static readonly int ShortestFusedWord = FusedWords.Dictionary.Keys.Min(word => word.Length);

    public static readonly int LongestFusedWord = FusedWords.Dictionary.Keys.Max(word => word.Length);

    private static WordSet Load(string name, StringComparer comparer) => new(Lines(name), comparer);

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LoadFusedWords()
    {
        var fused = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("fused-words.txt"))
        {
            var bar = line.IndexOf('|');
            if (bar <= 0 || bar == line.Length - 1) throw new InvalidDataException($"fused-words.txt: '{line}' has no inner '|'");
            fused.Add(line.Remove(bar, 1), bar);
        }
        return fused.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static IEnumerable<string> Lines(string name)
    {
        var resource = "ArmsTransferTracker.Syntax.Data.Text." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Resource {resource} is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#')) lines.Add(entry);
        }
        return lines;
    }
}

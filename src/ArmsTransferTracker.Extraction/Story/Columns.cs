using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Vocabulary;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>
/// An opinion column or a blog's post ends on its writer's note ("Meera Das is a fellow at a Delhi institute. Views are
/// personal."): what it tells in its own voice, the writer says as much as the outlet that runs it.
/// </summary>
public static partial class Columns
{
    /// <summary>
    /// The writer a column's note names: a line "NAME is a ..." or "NAME writes about ..." that ends on, or is followed by,
    /// the words that make the views the writer's own; else, when the note names no one ("The views expressed are the
    /// author's own."), the byline's one author. Null when the article has no such note.
    /// </summary>
    public static string? Writer(IReadOnlyList<string> lines, IReadOnlyList<string> authors) =>
        WriterOfTheNote(lines) ?? (authors is [var author] && lines.Any(OwnViewsPattern().IsMatch) ? author : null);

    /// <summary>
    /// "OPINION" on a line of its own, or before the column's section ("OPINION | COLUMNISTS"): the label of a column, whose
    /// byline may be the writer's name alone.
    /// </summary>
    public static bool IsColumnLabel(string line) => ColumnLabelPattern().IsMatch(line);

    /// <summary>
    /// The name a line holds and nothing else, without its titles ("Lt Gen Arun Pillai (retd)" is "Arun Pillai"): two to six
    /// capitalised words, perhaps "By" before them; not "The ...", which names a paper. Null for any other line.
    /// </summary>
    public static string? NameAlone(string line)
    {
        if (NameLinePattern().Match(line.Trim()) is not { Success: true } match) return null;
        var words = match.Groups["name"].Value.Split(' ').SkipWhile(w => Lexicon.Titles.Contains(w.TrimEnd('.'))).ToList();
        return words.Count >= 2 ? string.Join(' ', words) : null;
    }

    private static string? WriterOfTheNote(IReadOnlyList<string> lines)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            if (!OwnViewsPattern().IsMatch(lines[index])) continue;
            // The note in one line, or the views on a line of their own under the writer's.
            if (WriterNotePattern().Match(lines[index]) is { Success: true } note) return note.Groups["name"].Value;
            var previous = index - 1;
            while (previous >= 0 && string.IsNullOrWhiteSpace(lines[previous])) previous--;
            if (previous >= 0 && WriterNotePattern().Match(lines[previous]) is { Success: true } above) return above.Groups["name"].Value;
        }
        return null;
    }

    // "Views are personal.", "Views are her own.", "The views expressed here are the author's own.", "The views expressed in
    // this column are those of the writer."
    [GeneratedRegex(@"(?:^|[.!]\s+)(?:The\s)?[Vv]iews(?:\sexpressed)?(?:\s(?:here|in\sthis\s(?:article|column|piece|post|commentary)))?"
        + @"\sare\s(?:personal|(?:his|her|their|my|the\s(?:author|writer)'s)(?:\sown)?|(?:those|that)\sof\sthe\s(?:author|writer)s?)"
        + @"(?:\salone)?\.?\s*$")]
    private static partial Regex OwnViewsPattern();

    [GeneratedRegex(@"^(?:OPINION|Opinion)(?:\s*\|\s*\p{Lu}[\p{Lu}\s]*)?$")]
    private static partial Regex ColumnLabelPattern();

    [GeneratedRegex(@"^(?:By\s)?(?<name>(?!The\s)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,5})"
        + @"(?:\s\((?:retd|Retd|ret\.|Ret\.)\))?$")]
    private static partial Regex NameLinePattern();

    // A note that names its writer first: two to four capitalised words, then what the writer is or writes about.
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.]+(?:[\s-]\p{Lu}[\p{L}'’.]+){1,3})\s(?:(?:is|was)\s(?:a|an|the)|writes|covers)\s")]
    private static partial Regex WriterNotePattern();
}

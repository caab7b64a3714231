using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Vocabulary;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>
/// Bodies the story names with a description set off after the name ("Lantern Geodata, a Norwegian satellite imagery
/// company, ..."), so that a speaker met only by that description ("the imagery company said") is the body named.
/// The sentence that names the body is not always one read for speakers, and it may come after the one that speaks.
/// </summary>
public static partial class DescribedBodies
{
    // Words after which a description goes on to say more of the body than what kind of body it is.
    private static readonly HashSet<string> DescriptionEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whose", "in", "at", "with", "of", "for", "on", "from", "to", "and", "run", "set", "founded",
        "based", "known", "led", "owned", "funded",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    /// <summary>Each name the text sets a description after, with the words of the description up to what it says more.</summary>
    public static IReadOnlyList<(string Name, string[] Description)> Find(string text)
    {
        var found = new List<(string, string[])>();
        foreach (Match match in NameAndDescription().Matches(text))
        {
            var name = match.Groups["name"].Value.Split(' ').SkipWhile(WrittenNames.IsFunctionWord).ToArray();
            if (name.Length == 0 || Mentions.Places.Find(name) is [{ First: 1 } place] && place.Last == name.Length) continue;
            var words = match.Groups["description"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var end = Array.FindIndex(words, 1, w => DescriptionEnds.Contains(w));
            found.Add((string.Join(' ', name), end < 0 ? words : words[..end]));
        }
        return found;
    }

    /// <summary>
    /// The one body whose description ends in the same kind of body as <paramref name="description"/> and holds all its
    /// words ("imagery analysis company", "the firm"), or null when none or several do.
    /// </summary>
    public static string? NameFor(IReadOnlyList<(string Name, string[] Description)> described, string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Articles.Contains(w)).ToArray();
        if (words.Length == 0 || !IsBodyKind(words)) return null;
        var names = described
            .Where(d => d.Description.Length > 0 && d.Description[^1].Equals(words[^1], StringComparison.OrdinalIgnoreCase)
                && words.All(w => d.Description.Contains(w, StringComparer.OrdinalIgnoreCase)))
            .Select(d => d.Name).Distinct().ToList();
        return names is [var only] ? only : null;
    }

    // "company", "think tank", "news site": a word, or two, that says the phrase names a body, not a person.
    private static bool IsBodyKind(string[] words)
    {
        var last = words[^1].ToLowerInvariant();
        var lastTwo = words.Length > 1 ? $"{words[^2]} {words[^1]}".ToLowerInvariant() : last;
        return new[] { last, lastTwo }.Any(kind => Lexicon.OrganisationHeads.Contains(kind) || Lexicon.MediaHeads.Contains(kind)
            || Lexicon.CompanyNouns.Contains(kind));
    }

    // "Lantern Geodata, a Norwegian satellite imagery company, said": a capitalised name, a comma, an article and the
    // description up to the next sign that ends a phrase.
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\-'’&.]*(?: (?:of|for|and|on|the|&|\p{Lu}[\p{L}\-'’&.]*)){0,6}), (?:a|an|the) "
        + @"(?<description>[^,.;:()""“”\n]{1,80})")]
    private static partial Regex NameAndDescription();
}

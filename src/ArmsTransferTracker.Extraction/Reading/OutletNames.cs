using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Vocabulary;

namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>
/// What makes words an outlet's name (Data/Vocabulary/media-name-words.txt), how the page writes that name, and the
/// full name behind a short credit.
/// </summary>
public static partial class OutletNames
{
    // Capitalised words on one line, joined by a few small words: "Bay of Kotor Review", "Tigris & Euphrates Wire", "Río de la
    // Plata Wire".
    internal const string Name = @"(?<![\p{L}\p{M}\d'’\-])" + Word + @"(?:[ ](?:(?:of|the|and|de|del|la|al|du|el|&)[ ])*" + Word + ")*";

    private const string Word = @"\p{Lu}[\p{L}\p{M}\d'’\-]*";

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "de", "del", "la", "al", "du", "el", "&",
    };

    [GeneratedRegex(Name)]
    private static partial Regex CapitalisedName();

    // Only a newsroom is told things, or shown papers, in its own story: "told the Vltava Monitor by telephone",
    // "told KWS that", "seen by the Orinoco Ledger", "Asked by Marmara Dispatch how many".
    [GeneratedRegex(@"\b[Tt]old (?:the )?(?<name>" + Name + ")"
        + @"(?=[ ](?:by|on|in|that|last|this|from|at|during|when|after|earlier|late|over|via)\b|[.,;:""”])"
        + @"|\b(?:[Ss]een|[Oo]btained|[Rr]eviewed|[Cc]ontacted|[Aa]sked|[Ii]nterviewed) by (?:the )?(?<name>" + Name + ")")]
    private static partial Regex ToldOrShown();

    // Only a newsroom says it could not check a claim itself: "The Tagus Evening Star could not independently verify".
    [GeneratedRegex(" (?:could not|couldn't|cannot|was unable to|was not able to|has not been able to|has been unable to)"
        + " (?:independently )?(?:verify|confirm)")]
    private static partial Regex CouldNotVerify();

    [GeneratedRegex(Name + "$")]
    private static partial Regex NameAtEnd();

    // How far before a phrase its subject's name is looked for: a name is shorter, and a bounded look keeps a page of
    // nothing but capitalised words from costing the square of its length.
    private const int NameLookBack = 100;

    /// <summary>
    /// Does the name end with a word outlets' names end with ("Herald", "Wire"), after another one where the word
    /// needs it ("Press Agency")?
    /// </summary>
    private static bool EndsWithMediaWord(string name)
    {
        var words = Words(name);
        if (words.Length == 0 || !Lexicon.MediaNameWords.TryGetValue(words[^1], out var afterMedia))
        {
            return false;
        }
        return !afterMedia || (words.Length > 1 && Lexicon.MediaNameWords.ContainsKey(words[^2]));
    }

    /// <summary>
    /// A name that says it is an outlet's: it ends with a media word and has a word of its own ("Tagus Evening Star",
    /// not "Daily News").
    /// </summary>
    public static bool IsMediaName(string name) =>
        EndsWithMediaWord(name) && Words(name).Any(w => !Lexicon.MediaNameWords.ContainsKey(w) && !SmallWords.Contains(w));

    /// <summary>A writer's job, not an outlet: "Diplomatic Correspondent", "Staff Reporter".</summary>
    public static bool IsNewsroomRole(string name) => Words(name) is [.., var last] && Lexicon.NewsroomRoles.Contains(last);

    /// <summary>Capitalised words written as one name, the way <see cref="CapitalisedName"/> reads them.</summary>
    public static bool IsCapitalisedName(string text) =>
        CapitalisedName().Match(text) is { Success: true } match && match.Length == text.Length;

    /// <summary>
    /// A name printed in capitals as the text writes it elsewhere ("ZAGROS OBSERVER" is the "Zagros Observer" the
    /// story says was told something), else in title case; a one-word name in capitals the text never writes otherwise
    /// is an acronym and stays so ("NORTHLINE" is the "Northline" of the story, "KCNA" stays "KCNA").
    /// </summary>
    public static string CasedAsText(string name, string text)
    {
        if (name.Any(char.IsLower))
        {
            return name;
        }
        var written = Regex.Matches(text, @"(?<!\p{L})" + Regex.Escape(name) + @"(?!\p{L})", RegexOptions.IgnoreCase)
            .FirstOrDefault(m => m.Value.Any(char.IsLower));
        return written?.Value ?? (name.Contains(' ') ? TitleCase(name) : name);
    }

    /// <summary>
    /// The full name behind a short credit: a known wire's ("AP" is Associated Press), or the one outlet's name in the
    /// text that begins with the credit ("Halcyon", "Halcyon News Agency") or whose initials spell it ("KWS", "Kestrel Wire Service").
    /// </summary>
    public static string Expand(string credit, string text)
    {
        if (Outlets.IsKnownName(credit))
        {
            return Outlets.Canonical(credit);
        }
        var acronym = IsInitials(credit);
        var longer = NamesIn(text)
            .Where(name => name.Length > credit.Length && IsMediaName(name))
            .Where(name => name.StartsWith(credit + " ", StringComparison.Ordinal) || (acronym && Initials(name) == credit))
            // "CORAL SEAS MONITOR" over the story and "the Coral Seas Monitor" in it are one name, as the text writes it.
            .Select(name => CasedAsText(name, text))
            .Distinct()
            .ToList();
        return longer.Count == 1 ? longer[0] : credit;
    }

    /// <summary>A short credit in capitals, two to six letters: "KWS", "NIA".</summary>
    public static bool IsInitials(string? credit) => credit is { Length: >= 2 and <= 6 } && credit.All(char.IsUpper);

    /// <summary>
    /// The name a short credit's initials spell on the lines over the story, media word or not: a masthead that prints both
    /// ("SNB | Sorrel National Broadcasting") says what the credit stands for.
    /// </summary>
    public static string? SpelledOutAbove(string credit, IEnumerable<string> topLines, string text)
    {
        if (!IsInitials(credit)) return null;
        var spelled = topLines.SelectMany(NamesIn)
            .Where(name => Words(name).Length > 1 && Initials(name) == credit)
            .Select(name => CasedAsText(name, text))
            .Distinct()
            .ToList();
        return spelled is [var only] ? only : null;
    }

    /// <summary>Names the text shows being told things or showing papers, as only a newsroom is.</summary>
    public static IEnumerable<string> ToldOrShownIn(string text) => ToldOrShown().Matches(text).Select(m => m.Groups["name"].Value);

    /// <summary>Names the text shows saying they could not check a claim themselves.</summary>
    public static IEnumerable<string> CouldNotVerifyIn(string text) =>
        CouldNotVerify().Matches(text)
            .Select(phrase => NameAtEnd().Match(text[Math.Max(0, phrase.Index - NameLookBack)..phrase.Index]))
            .Where(name => name.Success)
            .Select(name => WithoutArticle(name.Value));

    // A sentence's capital "The" is not part of the name it opens: "The Tagus Evening Star could not verify".
    private static string WithoutArticle(string name) => name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;

    private static IEnumerable<string> NamesIn(string text) => CapitalisedName().Matches(text).Select(m => WithoutArticle(m.Value));

    private static string Initials(string name) =>
        string.Concat(Words(name).Where(w => !SmallWords.Contains(w)).Select(w => char.ToUpperInvariant(w[0])));

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // "BAY OF KOTOR-BUDVA REVIEW" is "Bay of Kotor-Budva Review".
    private static string TitleCase(string name) =>
        string.Join(' ', name.Split(' ').Select((word, i) =>
            i > 0 && SmallWords.Contains(word) ? word.ToLowerInvariant() : Capitalised(word)));

    private static string Capitalised(string word) =>
        string.Join('-', word.Split('-').Select(part => part.Length == 0 ? part : part[..1] + part[1..].ToLowerInvariant()));
}

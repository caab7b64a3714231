using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// A maker's designation written as letters, a hyphen and a number or a variant's capital ("J-10C", "Mi-35", "KN-23",
/// "Shahed-136", "IRIS-T") is one name. The tokenizer splits it at the hyphen as the treebank does, but the treebank has a
/// few dozen such names, and split they derail the parse of the sentence around them (a verb hung from the goods); so the
/// tagger and the parser read the name as one word. Only words the text writes together are joined; bare words carry no
/// spacing.
/// </summary>
internal static class Designations
{
    private const int LongestLetters = 12;

    /// <summary>The parts of speech of a designation.</summary>
    public static IReadOnlySet<string> Tags { get; } = new HashSet<string> { "PROPN", "NOUN" };

    /// <summary>The tokens each word the parser reads is made of (one, or three for a designation); null when none is joined.</summary>
    public static IReadOnlyList<(int First, int Count)>? Words(IReadOnlyList<TextToken> tokens)
    {
        List<(int First, int Count)>? words = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i + 2 < tokens.Count && IsDesignation(tokens[i], tokens[i + 1], tokens[i + 2]))
            {
                words ??= [.. Enumerable.Range(0, i).Select(w => (w, 1))];
                words.Add((i, 3));
                i += 2;
            }
            else
            {
                words?.Add((i, 1));
            }
        }
        return words;
    }

    private static bool IsDesignation(TextToken letters, TextToken hyphen, TextToken number) =>
        letters.End > letters.Start && letters.End == hyphen.Start && hyphen.End == number.Start
        && hyphen.Text.Length == 1 && TokenScanner.IsHyphen(hyphen.Text[0])
        && letters.Text.Length <= LongestLetters && char.IsUpper(letters.Text[0]) && letters.Text.All(char.IsLetter)
        && ((char.IsDigit(number.Text[0]) && number.Text.All(char.IsLetterOrDigit)) || IsVariantLetter(number.Text));

    // "IRIS-T", "Igla-S": a variant may be a single capital letter where others have a number.
    private static bool IsVariantLetter(string text) => text.Length == 1 && char.IsUpper(text[0]);
}

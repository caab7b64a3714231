using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "The army on Saturday accused ...": news wedges the day between a subject and its verb, which the treebank's web text
/// seldom does, and the tagger and parser then read "Saturday accused" as one noun phrase. The clause is read without the
/// day, and the day then hangs from the verb it dates.
/// </summary>
internal static class DayPhrases
{
    private static readonly HashSet<string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    // A day before one of these opens or closes a phrase of its own ("accused Kabul on Monday of arming"), no verb.
    private static readonly HashSet<string> PhraseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "to", "in", "at", "for", "with", "by", "from", "into", "over", "about", "against", "as", "after", "before",
        "and", "or", "but", "morning", "afternoon", "evening", "night",
    };

    /// <summary>The positions (0-based) of each "on" and its day that stand between a word and a verb they do not open.</summary>
    public static IReadOnlyList<int> Inner(IReadOnlyList<TextToken> tokens)
    {
        var inner = new List<int>();
        for (var on = 1; on + 2 < tokens.Count; on++)
        {
            if (tokens[on].Text == "on" && Days.Contains(tokens[on + 1].Text) && IsWord(tokens[on - 1].Text)
                && IsWord(tokens[on + 2].Text) && !PhraseWords.Contains(tokens[on + 2].Text))
            {
                inner.Add(on);
                inner.Add(on + 1);
            }
        }
        return inner;
    }

    /// <summary>
    /// The word (1-based) a day dates: the verb after it, else the verb before it, else the first verb above the word before
    /// it, else the sentence's head. <paramref name="words"/> holds the clause's words; the days' entries are unset.
    /// </summary>
    public static int DatedVerb(IReadOnlyList<SyntaxWord?> words, int on, int day)
    {
        if (words[day + 1] is { Upos: "VERB" } after) return after.Index;
        if (words[on - 1] is { Upos: "VERB" } before) return before.Index;
        for (var word = words[on - 1]; word is not null && word.Head > 0; word = words[word.Head - 1])
        {
            if (words[word.Head - 1] is { Upos: "VERB" } verb) return verb.Index;
        }
        return words.FirstOrDefault(w => w is { Head: 0 })?.Index ?? on;
    }

    private static bool IsWord(string form) => form.Length > 0 && char.IsLetterOrDigit(form[0]);
}

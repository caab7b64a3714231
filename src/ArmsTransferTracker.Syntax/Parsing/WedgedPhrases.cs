using ArmsTransferTracker.Syntax.Lemmas;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Turkey has for years given rifles to Somalia", "Chile has in recent years taken delivery of tanks": news wedges a phrase
/// of time or manner between "has" and its participle, which the treebank's web text seldom does, and the tagger then reads
/// "has" as the verb of having and the participle as a modifier of what follows. Such a sentence is read without the phrase
/// (kept so only when "has" is then the participle's auxiliary), and the phrase, read on its own, hangs from the participle.
/// </summary>
internal static class WedgedPhrases
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had" };

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "for", "in", "over", "during", "throughout", "at", "by",
    };

    // The phrase's words after its preposition: "years", "the past", "recent months", "the last two years".
    private const int LongestPhrase = 4;

    /// <summary>The auxiliary and the first and last word (0-based) of a phrase wedged after it before a participle, or null.</summary>
    public static (int Auxiliary, int First, int Last)? Find(IReadOnlyList<TextToken> tokens, Lemmatizer lemmatizer)
    {
        for (var auxiliary = 1; auxiliary + 3 < tokens.Count; auxiliary++)
        {
            if (!Auxiliaries.Contains(tokens[auxiliary].Text) || !Openers.Contains(tokens[auxiliary + 1].Text)) continue;
            for (var next = auxiliary + 3; next < tokens.Count && next <= auxiliary + 2 + LongestPhrase; next++)
            {
                if (!IsWord(tokens[next - 1].Text)) break;
                if (IsParticiple(tokens[next].Text, lemmatizer)) return (auxiliary, auxiliary + 1, next - 1);
            }
        }
        return null;
    }

    // A form the treebank had as a verb, inflected but neither "-s" nor "-ing", and never as a preposition ("for", which the
    // treebank's typos have as a verb): "given", "sold", "accused".
    private static bool IsParticiple(string form, Lemmatizer lemmatizer) =>
        form.Length > 2 && form.All(char.IsLower) && !form.EndsWith('s') && !form.EndsWith("ing", StringComparison.Ordinal)
        && lemmatizer.HasSeen(form, "VERB") && !lemmatizer.HasSeen(form, "ADP") && lemmatizer.Lemmatize(form, "VERB") != form;

    private static bool IsWord(string form) => form.Length > 0 && form.All(char.IsLetterOrDigit);
}

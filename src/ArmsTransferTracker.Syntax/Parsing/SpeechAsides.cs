using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "The drones, officials said, were shipped in May", "Iran, the officials said, has shipped drones": news sets its source
/// off by commas inside the sentence, and a greedy parser joined the source to the noun before it ("drones, officials")
/// or made both its subjects, losing the sentence's own. The sentence is parsed without the aside, the aside on its own,
/// and the aside's verb then hangs from the sentence's verb, as the treebank hangs such an aside ("parataxis").
/// </summary>
internal static class SpeechAsides
{
    private const int LongestAside = 10;

    // An aside sits between a sentence's subject and its verb; one after a longer opening (a quotation, a clause) is the
    // sentence's own speech, which the treebank has plenty of and the parser reads well.
    private const int LongestSubject = 8;

    /// <summary>The first and last positions (0-based, the commas) of the aside of speech after a sentence's subject, if any.</summary>
    public static (int Open, int Close)? Find(IReadOnlyList<TextToken> tokens)
    {
        for (var open = 1; open < Math.Min(tokens.Count, LongestSubject + 1); open++)
        {
            if (IsQuotationMark(tokens[open - 1].Text)) return null;
            if (tokens[open].Text != ",") continue;
            var close = open + 1;
            while (close < tokens.Count && close - open <= LongestAside && tokens[close].Text != ","
                && !IsQuotationMark(tokens[close].Text))
            {
                close++;
            }
            // A speaker and its verb at least, and words of the sentence after the aside.
            if (close < tokens.Count - 1 && close - open >= 3 && tokens[close].Text == ","
                && TextLexicon.AsideSpeechVerbs.Contains(tokens[close - 1].Text) && tokens[close + 1].Text.Any(char.IsLetter))
            {
                return (open, close);
            }
        }
        return null;
    }

    private static bool IsQuotationMark(string form) => form is "\"" or "“" or "”" or "``" or "''" or "'" or "‘" or "’";
}

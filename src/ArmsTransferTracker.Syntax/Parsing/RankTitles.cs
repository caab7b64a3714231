using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Maj. Gen. Ali Hassan, the army's spokesman, said ...": news stacks ranks before a name, which the treebank's web text
/// seldom does, and the parser then took the first rank for a subject of its own and lost the sentence's. The sentence is
/// read with the last rank only; each rank before it is a compound of the next, as the treebank writes "Lt. General".
/// </summary>
internal static class RankTitles
{
    /// <summary>The positions (0-based) of the titles followed by another title, itself followed by a name.</summary>
    public static IReadOnlyList<int> Stacked(IReadOnlyList<TextToken> tokens)
    {
        var stacked = new List<int>();
        for (var first = 0; first + 2 < tokens.Count; first++)
        {
            var last = first;
            while (last + 1 < tokens.Count && TextLexicon.Titles.Contains(tokens[last].Text)) last++;
            // tokens[first..last) are titles; the one before the name stays.
            if (last - first >= 2 && char.IsUpper(tokens[last].Text[0]))
            {
                for (var rank = first; rank < last - 1; rank++) stacked.Add(rank);
            }
            first = Math.Max(first, last - 1);
        }
        return stacked;
    }
}

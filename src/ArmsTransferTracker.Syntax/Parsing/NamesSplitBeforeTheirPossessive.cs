namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Saudi Arabia's government spokesman, Faisal Omar, rejected ...": a name of two words before a possessive "'s" is one
/// name, but the parser may hang the possessive on the second word alone and take the first for the sentence's subject,
/// with the possessed noun as its apposition. The first word is a compound of the second, and the possessed noun takes its
/// place in the sentence, with its other dependents ("Faisal Omar", the commas).
/// </summary>
internal static class NamesSplitBeforeTheirPossessive
{
    /// <summary>Re-hangs each such split name (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var second = 2; second < heads.Length; second++)
        {
            var first = second - 1;
            if (forms[second] is not ("'s" or "’s") || heads[second] != second || relations[second - 1] != "nmod:poss"
                || upos[second - 1] != "PROPN" || upos[first - 1] is not ("PROPN" or "ADJ") || !char.IsUpper(forms[first - 1][0])
                || heads[first - 1] == second) continue;
            var possessed = heads[second - 1];
            if (possessed == 0 || heads[possessed - 1] != first || relations[possessed - 1] != "appos") continue;
            (heads[possessed - 1], relations[possessed - 1]) = (heads[first - 1], relations[first - 1]);
            for (var word = 1; word <= heads.Length; word++)
            {
                if (word != possessed && heads[word - 1] == first) heads[word - 1] = possessed;
            }
            (heads[first - 1], relations[first - 1]) = (second, "compound");
        }
    }
}

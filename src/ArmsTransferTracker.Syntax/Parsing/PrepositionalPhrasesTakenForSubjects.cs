namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Weapons used by rebels in Upper Nile state were supplied by ...": a greedy parser that reads a long subject may cut its
/// last prepositional phrase off and make that phrase's noun a second subject of the verb. A verb has one subject: of two
/// before it, a later one whose phrase opens with a preposition is a phrase of the word just before it, headed by its noun.
/// </summary>
internal static class PrepositionalPhrasesTakenForSubjects
{
    /// <summary>Re-hangs each such phrase from the word before it (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var second = 2; second <= heads.Length; second++)
        {
            if (!TreeArrays.IsSubject(relations[second - 1])) continue;
            var verb = heads[second - 1];
            if (verb <= second || TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject, 1, second - 1) == 0) continue;
            var opening = FirstOfPhrase(heads, second);
            if (opening < 2 || upos[opening - 1] != "ADP" || relations[opening - 1] != "case"
                || upos[opening - 2] is not ("NOUN" or "PROPN")) continue;
            (heads[opening - 1], relations[opening - 1]) = (second, "case");
            (heads[second - 1], relations[second - 1]) = (opening - 1, "nmod");
        }
    }

    // The first word of a word's phrase: the leftmost word under it.
    private static int FirstOfPhrase(int[] heads, int word)
    {
        var first = word;
        for (var i = 1; i < word; i++)
        {
            if (TreeArrays.IsUnder(heads, i, word))
            {
                first = i;
                break;
            }
        }
        return first;
    }
}

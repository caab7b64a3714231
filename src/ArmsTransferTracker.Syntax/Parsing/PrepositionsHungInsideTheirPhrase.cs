namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Resupplied with North Korean-made guns": a greedy parser that has not yet seen the phrase's noun sometimes hangs the
/// preposition from a modifier before it ("with" from "Korean"), and then takes the noun for the verb's object. In the
/// treebank a preposition hangs from a modifier of a later noun 20 times in 16,386: 14 inside a hyphened compound
/// ("on-the-ground", left alone here), 6 in a phrase used as a modifier ("an out of town climber"). Such a preposition
/// marks the noun the modifier describes, which is then an oblique, not an object.
/// </summary>
internal static class PrepositionsHungInsideTheirPhrase
{
    private static readonly HashSet<string> Modifiers = ["compound", "amod", "flat"];

    /// <summary>Re-hangs each such preposition from its phrase's noun (heads are 1-based, 0 for the root; tags universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var word = 1; word < heads.Length; word++)
        {
            if (upos[word - 1] != "ADP" || relations[word - 1] != "case" || forms[word] == "-") continue;
            if (word > 1 && forms[word - 2] == "-") continue;
            var noun = heads[word - 1];
            if (noun <= word || !Modifiers.Contains(relations[noun - 1])) continue;
            // Up through the modifiers, each before its head, to the word they all describe.
            for (var steps = 0; steps < heads.Length && Modifiers.Contains(relations[noun - 1]) && heads[noun - 1] > noun; steps++)
            {
                noun = heads[noun - 1];
            }
            // Not across a comma ("In Sanaa, Houthi official X said"), nor to a subject: a phrase with a preposition is neither.
            if (relations[noun - 1] is not ("obj" or "obl" or "nmod") || heads[noun - 1] == 0
                || TreeArrays.NextComma(forms, word) < noun) continue;
            heads[word - 1] = noun;
            if (relations[noun - 1] == "obj" && upos[heads[noun - 1] - 1] == "VERB") relations[noun - 1] = "obl";
        }
    }
}

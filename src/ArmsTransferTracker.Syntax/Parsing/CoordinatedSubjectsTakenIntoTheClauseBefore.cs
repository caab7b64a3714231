using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Wagner handed over drones to Mali's army, two Malian officials and a Western diplomat said": a greedy parser may take the
/// first of two sources joined by "and" after the comma for another conjunct of the clause before it, or an apposition in
/// it ("in March, a Lithuanian official and two diplomats told"), and leave only the second the subject of the verb of
/// speech. The noun phrase between the comma and "and", with no verb in it and no word outside it hung from it, heads the
/// verb's subject, and the subject after "and" is coordinated with it.
/// </summary>
internal static class CoordinatedSubjectsTakenIntoTheClauseBefore
{
    /// <summary>Re-hangs the first source from the verb and the second from the first (heads are 1-based, 0 for the root).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var verb = 5; verb <= heads.Length; verb++)
        {
            if (upos[verb - 1] != "VERB" || !TextLexicon.SourceVerbs.Contains(forms[verb - 1])) continue;
            var second = TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject, last: verb - 1);
            if (second == 0) continue;
            // The second source's own words lead up to it: "a Western diplomat".
            var start = second;
            while (start > 1 && heads[start - 2] == second) start--;
            var and = start - 1;
            if (and < 3 || forms[and - 1] is not ("and" or "or")) continue;
            var comma = and - 1;
            while (comma >= 1 && forms[comma - 1] != ",") comma--;
            if (comma < 2 || comma == and - 1) continue;
            if (TreeArrays.NounPhraseHungFromBefore(upos, heads, comma + 1, and - 1) is not { } first
                || relations[first - 1] is not ("conj" or "appos")) continue;
            (heads[first - 1], relations[first - 1]) = (verb, relations[second - 1]);
            (heads[second - 1], relations[second - 1]) = (first, "conj");
            (heads[and - 1], relations[and - 1]) = (second, "cc");
        }
    }
}

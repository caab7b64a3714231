using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "asked about a State Department statement issued on Monday, which said Iran had supplied drones": a relative clause set
/// off by a comma may describe the whole clause before it ("..., which surprised no one"), and the parser hangs it from
/// that clause's verb; but a clause cannot say, report or find anything. A relative clause whose pronoun is its subject and
/// whose verb is a verb of speech (source-verbs.txt) describes the noun phrase before the comma: it hangs from that phrase's
/// head, the highest noun reached from the word before the comma without passing the clause's verb.
/// </summary>
internal static class SpeakingRelativesTakenForSentential
{
    /// <summary>Re-hangs such clauses from the noun (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var verb = 4; verb <= heads.Length; verb++)
        {
            if (relations[verb - 1] != "advcl:relcl" || !TextLexicon.SourceVerbs.Contains(forms[verb - 1])) continue;
            var pronoun = TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject, 1, verb - 1);
            if (pronoun < 3 || !TreeArrays.RelativePronouns.Contains(forms[pronoun - 1]) || forms[pronoun - 2] != ",") continue;
            if (NounBefore(upos, heads, relations, pronoun - 2) is not { } noun || TreeArrays.IsUnder(heads, noun, verb)) continue;
            (heads[verb - 1], relations[verb - 1]) = (noun, "acl:relcl");
        }
    }

    // The head of the noun phrase a word ends: the last noun met climbing from it through nouns and the participles and
    // prepositions that modify them, before a verb of a clause of its own. A verb's phrase that ends the words before the
    // comma ("on Friday" of "published") is when or where, not the phrase; its agent ("by the news site") is who.
    private static int? NounBefore(IReadOnlyList<string> upos, int[] heads, string[] relations, int last)
    {
        int? noun = null;
        for (var word = last; word > 0 && word <= last; word = heads[word - 1])
        {
            if (upos[word - 1] is "NOUN" or "PROPN")
            {
                if (word != last || !relations[word - 1].StartsWith("obl", StringComparison.Ordinal) || relations[word - 1] == "obl:agent")
                {
                    noun = word;
                }
            }
            else if (!(upos[word - 1] is "VERB" && relations[word - 1] is "acl") && upos[word - 1] is not ("ADP" or "NUM" or "ADJ")) break;
        }
        return noun;
    }
}

using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Belgrade keeps buying weapons", "says Russia has begun delivering jets": a greedy parser may read the "-ing" verb
/// after a verb of beginning, going on or stopping as a modifier of the noun after it ("buying weapons" as "buying
/// power") or hang it from a verb before. The treebank has that verb govern it as its complement (xcomp), and the noun
/// the parser gave the first verb as its object is the second's.
/// </summary>
internal static class GerundsTakenAwayFromTheirAspectVerb
{
    /// <summary>Re-hangs each such verb from the one before it (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, IReadOnlyList<string> forms, int[] heads, string[] relations)
    {
        for (var aspect = 1; aspect < heads.Length; aspect++)
        {
            var gerund = aspect + 1;
            if (upos[aspect - 1] != "VERB" || !TextLexicon.AspectVerbs.Contains(forms[aspect - 1]) || upos[gerund - 1] != "VERB"
                || !forms[gerund - 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase) || heads[gerund - 1] == aspect
                || TreeArrays.IsUnder(heads, aspect, gerund)) continue;
            var modified = heads[gerund - 1];
            if (modified > gerund && heads[modified - 1] == aspect && relations[modified - 1] is "obj" or "obl")
            {
                (heads[modified - 1], relations[modified - 1]) = (gerund, "obj");
            }
            (heads[gerund - 1], relations[gerund - 1]) = (aspect, "xcomp");
        }
    }
}

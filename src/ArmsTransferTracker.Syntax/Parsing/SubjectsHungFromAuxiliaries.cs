namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "Germany has so far delivered seven launchers", "the army has for the first time acknowledged receiving drones": with
/// words between the auxiliary and its verb, the parser may hang the subject from the auxiliary. The treebank never does
/// (not once in its training sentences): an auxiliary governs nothing, and the subject is its verb's, when that verb
/// comes after it and has no subject of its own. An auxiliary the tagger took for a verb ("The UAE has "categorically"
/// rejected", the marks around the adverb misleading it) is still one when the parser hung it as one.
/// </summary>
internal static class SubjectsHungFromAuxiliaries
{
    /// <summary>Re-hangs each such subject from the verb (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var subject = 1; subject <= heads.Length; subject++)
        {
            var auxiliary = heads[subject - 1];
            if (!TreeArrays.IsSubject(relations[subject - 1]) || auxiliary == 0 || upos[auxiliary - 1] is not ("AUX" or "VERB")
                || relations[auxiliary - 1] is not ("aux" or "aux:pass")) continue;
            var verb = heads[auxiliary - 1];
            if (verb <= auxiliary || upos[verb - 1] != "VERB" || TreeArrays.Dependent(heads, relations, verb, TreeArrays.IsSubject) != 0)
            {
                continue;
            }
            heads[subject - 1] = verb;
        }
    }
}

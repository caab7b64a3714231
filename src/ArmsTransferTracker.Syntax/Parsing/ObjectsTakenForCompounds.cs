namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// "The Houthis are arming al-Shabaab": the greedy parser, meeting "al", a word it mostly saw inside names, may hang the
/// name after a verb as the verb's compound, which no English verb takes (the treebank's compounds after a verb are
/// particles: "marked up", "dial in"). A noun or name hung so, on a verb with no object, is the verb's object.
/// </summary>
internal static class ObjectsTakenForCompounds
{
    /// <summary>Re-labels each such compound (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads, string[] relations)
    {
        for (var word = 2; word <= heads.Length; word++)
        {
            var verb = heads[word - 1];
            if (relations[word - 1] != "compound" || upos[word - 1] is not ("NOUN" or "PROPN") || verb == 0 || verb > word
                || upos[verb - 1] != "VERB" || TreeArrays.HasDependent(heads, relations, verb, "obj")) continue;
            relations[word - 1] = "obj";
        }
    }
}

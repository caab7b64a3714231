namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// Punctuation has no dependents in the treebank, but the greedy parser, with a closing full stop or comma on its stack,
/// sometimes hangs a word from it ("..., said the officials, who were not authorised": "officials" the subject of the
/// full stop). Such a word hangs from the mark's own head, the clause the mark closes.
/// </summary>
internal static class DependentsOfPunctuation
{
    /// <summary>Re-hangs each word hung from a mark (heads are 1-based, 0 for the root; tags are universal).</summary>
    public static void Mend(IReadOnlyList<string> upos, int[] heads)
    {
        for (var word = 1; word <= heads.Length; word++)
        {
            if (upos[word - 1] == "PUNCT") continue;
            while (heads[word - 1] > 0 && upos[heads[word - 1] - 1] == "PUNCT") heads[word - 1] = heads[heads[word - 1] - 1];
        }
    }
}

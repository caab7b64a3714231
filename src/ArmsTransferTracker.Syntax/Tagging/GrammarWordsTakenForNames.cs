using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Tagging;

/// <summary>
/// "Nor has Tehran sent us a single drone", '"Since 2021 we have handed over ..."': a capitalised word of grammar that opens
/// a sentence or a quotation looks to a tagger like the first word of a name, and news opens with them more often than the
/// treebank does; a name before it ("to Algeria since 2023") may pull it into the name too. A word of never-names.txt read
/// as a proper noun is tagged again as anything but one.
/// </summary>
internal static class GrammarWordsTakenForNames
{
    private static readonly IReadOnlySet<string> Grammar = new HashSet<string>(StringComparer.Ordinal)
    {
        "ADP", "ADV", "CCONJ", "DET", "PRON", "SCONJ",
    };

    /// <summary>The tags each word may take for the sentence to be tagged again, keeping the caller's limits; null when no
    /// word of grammar was read as a name.</summary>
    public static IReadOnlyList<IReadOnlySet<string>?>? Limits(IReadOnlyList<string> forms, IReadOnlyList<string> upos,
        IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        IReadOnlySet<string>?[]? limits = null;
        for (var i = 0; i < forms.Count; i++)
        {
            if (upos[i] != "PROPN" || !TextLexicon.NeverNames.Contains(forms[i]) || allowedUpos?[i] is not null) continue;
            limits ??= [.. Enumerable.Range(0, forms.Count).Select(w => allowedUpos?[w])];
            limits[i] = Grammar;
        }
        return limits;
    }
}

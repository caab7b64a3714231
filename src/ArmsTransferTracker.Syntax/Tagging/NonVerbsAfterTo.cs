using ArmsTransferTracker.Syntax.Lemmas;

namespace ArmsTransferTracker.Syntax.Tagging;

/// <summary>
/// "Sent jets to foreign air forces", "sold rifles to jihadist fighters": a greedy tagger that reads "to" before the word
/// after it takes it for an infinitive marker, and then the word for a verb. News names recipients that way far more
/// often than the treebank does. A word the treebank has seen as an adjective or a noun, but neither it nor another form
/// of it as a verb ("stored" makes "to store" a verb), is no verb after "to": "to" is then a preposition and the sentence
/// is tagged again with both so limited.
/// </summary>
internal static class NonVerbsAfterTo
{
    private static readonly IReadOnlySet<string> Preposition = new HashSet<string>(StringComparer.Ordinal) { "ADP" };

    private static readonly IReadOnlySet<string> Nominal = new HashSet<string>(StringComparer.Ordinal) { "ADJ", "NOUN" };

    /// <summary>
    /// The tags each word may take for the sentence to be tagged again, keeping the caller's limits; null when no "to"
    /// was taken for an infinitive marker before a word that is no verb.
    /// </summary>
    public static IReadOnlyList<IReadOnlySet<string>?>? Limits(IReadOnlyList<string> forms, IReadOnlyList<string> upos,
        Lemmatizer seen, IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        IReadOnlySet<string>?[]? limits = null;
        for (var i = 0; i + 1 < forms.Count; i++)
        {
            if (upos[i] != "PART" || upos[i + 1] != "VERB" || !forms[i].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            var word = forms[i + 1];
            if (seen.IsVerb(word) || !(seen.HasSeen(word, "ADJ") || seen.HasSeen(word, "NOUN"))) continue;
            limits ??= [.. Enumerable.Range(0, forms.Count).Select(w => allowedUpos?[w])];
            limits[i] = Preposition;
            limits[i + 1] = Nominal;
        }
        return limits;
    }
}

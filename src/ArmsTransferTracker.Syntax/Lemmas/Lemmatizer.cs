using ArmsTransferTracker.Syntax.Text;
using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Syntax.Lemmas;

/// <summary>
/// Lemmas the cheap way: the treebank's lemma for a form and tag it has seen ("sent"/VERB → "send"), else the suffix
/// rewrite most often seen for the tag and the form's longest known ending ("-ies"/NOUN → "-y"), else the form itself.
/// Proper nouns keep their case; other lemmas are lower case, as in the treebank.
/// </summary>
public sealed class Lemmatizer
{
    private const int LongestSuffix = 5;
    // By tag, then by lower-case form or ending: no key string is built for each word looked up.
    private readonly Dictionary<string, Dictionary<string, string>> known;
    private readonly Dictionary<string, Dictionary<string, Rewrite>> rewrites;
    private readonly HashSet<string> verbLemmas;

    private Lemmatizer(Dictionary<string, Dictionary<string, string>> known, Dictionary<string, Dictionary<string, Rewrite>> rewrites)
    {
        this.known = known;
        verbLemmas = [.. new[] { "VERB", "AUX" }.Where(known.ContainsKey).SelectMany(tag => known[tag].Values)];
        this.rewrites = rewrites;
    }

    /// <summary>A rewrite of a word's ending: drop <see cref="Drop"/> characters, then append <see cref="Append"/>.</summary>
    private readonly record struct Rewrite(int Drop, string Append);

    public string Lemmatize(string form, string upos)
    {
        if (upos == "PROPN") return form;
        // Lower-cased on the stack: most words are in the tables, and their lemma is a string the table already holds.
        Span<char> lower = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        form.AsSpan().ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        if (known.TryGetValue(upos, out var forms) && forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var lemma))
        {
            return lemma;
        }
        if (rewrites.TryGetValue(upos, out var endings))
        {
            var lookup = endings.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var length = Math.Min(LongestSuffix, lower.Length - 1); length >= 1; length--)
            {
                if (lookup.TryGetValue(lower[^length..], out var rewrite) && rewrite.Drop <= length)
                {
                    return KnownVerbWithE(string.Concat(lower[..^rewrite.Drop], rewrite.Append), upos);
                }
            }
        }
        // A word already in lower case is its own lemma: no copy of it is made.
        return lower.SequenceEqual(form) ? form : lower.ToString();
    }

    // "-iled" mostly drops "ed" ("failed", "mailed"), which leaves "compil" of "compiled": a verb the treebank knows with
    // a final "e" is the lemma instead.
    private string KnownVerbWithE(string lemma, string upos) =>
        upos is "VERB" && !verbLemmas.Contains(lemma) && lemma.Length > 2 && verbLemmas.Contains(lemma + "e") ? lemma + "e" : lemma;

    /// <summary>Whether the treebank had the word, in any case, with the universal tag (proper nouns are not kept).</summary>
    public bool HasSeen(string form, string upos) =>
        known.TryGetValue(upos, out var forms) && forms.ContainsKey(form.ToLowerInvariant().Replace('’', '\''));

    /// <summary>
    /// Whether the treebank had the word as a verb, or another form of it ("stored" makes "store" a verb), or the verb it
    /// makes again or otherwise with a prefix ("resupply", "outgun").
    /// </summary>
    public bool IsVerb(string form)
    {
        var lower = form.ToLowerInvariant().Replace('’', '\'');
        return IsVerbAsSeen(lower) || TextLexicon.VerbPrefixes.Any(p => lower.Length > p.Length + 2
            && lower.StartsWith(p, StringComparison.OrdinalIgnoreCase) && IsVerbAsSeen(lower[p.Length..].TrimStart('-')));
    }

    private bool IsVerbAsSeen(string lower) => HasSeen(lower, "VERB") || HasSeen(lower, "AUX") || verbLemmas.Contains(lower);

    public static Lemmatizer Build(IEnumerable<TreebankSentence> sentences)
    {
        var lemmas = new Dictionary<(string Upos, string Form), Dictionary<string, int>>();
        var endings = new Dictionary<(string Upos, string Ending), Dictionary<Rewrite, int>>();
        foreach (var word in sentences.SelectMany(s => s.Words))
        {
            if (word.Upos == "PROPN" || word.Lemma == "_") continue;
            var lower = word.Form.ToLowerInvariant().Replace('’', '\'');
            Count(lemmas, (word.Upos, lower), word.Lemma);
            var rewrite = RewriteOf(lower, word.Lemma);
            // An ending's rewrite changes only the ending: "went" → "go" teaches nothing about words in "-ent".
            for (var length = Math.Max(1, rewrite.Drop); length <= Math.Min(LongestSuffix, lower.Length - 1); length++)
            {
                Count(endings, (word.Upos, lower[^length..]), rewrite);
            }
        }
        var known = ByTag(lemmas.Select(l => (l.Key.Upos, l.Key.Form, MostFrequent(l.Value))));
        // A rewrite earns its ending when it is what most words with that ending do, seen at least three times.
        var rewrites = ByTag(endings.Where(e => e.Value.Values.Sum() >= 3).Select(e => (e.Key.Upos, e.Key.Ending, MostFrequent(e.Value))));
        return new Lemmatizer(known, rewrites);
    }

    public void Write(BinaryWriter writer)
    {
        var lemmas = Flatten(known);
        writer.Write(lemmas.Count);
        foreach (var (upos, form, lemma) in lemmas)
        {
            writer.Write(upos);
            writer.Write(form);
            writer.Write(lemma);
        }
        var endings = Flatten(rewrites);
        writer.Write(endings.Count);
        foreach (var (upos, ending, rewrite) in endings)
        {
            writer.Write(upos);
            writer.Write(ending);
            writer.Write(rewrite.Drop);
            writer.Write(rewrite.Append);
        }
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var lemmas = new List<(string, string, string)>();
        for (var count = reader.ReadInt32(); count > 0; count--)
            lemmas.Add((reader.ReadString(), reader.ReadString(), reader.ReadString()));
        var endings = new List<(string, string, Rewrite)>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            endings.Add((reader.ReadString(), reader.ReadString(), new Rewrite(reader.ReadInt32(), reader.ReadString())));
        }
        return new Lemmatizer(ByTag(lemmas), ByTag(endings));
    }

    private static Dictionary<string, Dictionary<string, T>> ByTag<T>(IEnumerable<(string Upos, string Text, T Value)> entries) =>
        entries.GroupBy(e => e.Upos, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(e => e.Text, e => e.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    // In a fixed order, so that the same treebank always writes the same file.
    private static List<(string Upos, string Text, T Value)> Flatten<T>(Dictionary<string, Dictionary<string, T>> byTag) =>
        byTag.SelectMany(t => t.Value.Select(e => (Upos: t.Key, Text: e.Key, e.Value)))
            .OrderBy(e => e.Upos, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal).ToList();

    private static Rewrite RewriteOf(string form, string lemma)
    {
        var common = 0;
        while (common < form.Length && common < lemma.Length && form[common] == lemma[common]) common++;
        return new Rewrite(form.Length - common, lemma[common..]);
    }

    private static void Count<TKey, TValue>(Dictionary<TKey, Dictionary<TValue, int>> counts, TKey key, TValue value)
        where TKey : notnull where TValue : notnull
    {
        if (!counts.TryGetValue(key, out var perValue)) counts[key] = perValue = [];
        perValue[value] = perValue.GetValueOrDefault(value) + 1;
    }

    // Ties go to the ordinally first value, so that the same treebank always gives the same model.
    private static T MostFrequent<T>(Dictionary<T, int> counts) where T : notnull =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.ToString(), StringComparer.Ordinal).First().Key;
}

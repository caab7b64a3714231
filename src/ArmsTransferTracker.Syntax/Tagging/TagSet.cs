using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Syntax.Tagging;

/// <summary>
/// The tags the tagger chooses among: a universal tag paired with the treebank's language-specific one ("VERB|VBN",
/// "VERB|VBD", "PRON|WDT"). The finer half tells the parser what the universal tags hide: a participle from a past
/// tense, a relative pronoun from a personal one. Pairs too rare to learn fall back to the universal tag alone ("X|_").
/// </summary>
public sealed class TagSet
{
    public static IReadOnlyList<string> Universal { get; } =
        ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

    private const string NoFineTag = "_";
    private readonly string[] names;
    private readonly int[] universal;
    private readonly Dictionary<string, int> indexes;

    public TagSet(IEnumerable<string> names)
    {
        this.names = names.ToArray();
        universal = this.names.Select(n => UniversalIndex(n[..n.IndexOf('|')])).ToArray();
        indexes = this.names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var missing = Universal.FirstOrDefault(u => !indexes.ContainsKey(u + "|" + NoFineTag));
        if (missing is not null) throw new ArgumentException($"The tag set lacks the fallback tag '{missing}|{NoFineTag}'.", nameof(names));
    }

    public int Count => names.Length;

    public IReadOnlyList<string> Names => names;

    /// <summary>Pairs seen at least <paramref name="minCount"/> times, and every universal tag alone.</summary>
    public static TagSet Build(IEnumerable<TreebankSentence> sentences, int minCount)
    {
        var frequent = sentences.SelectMany(s => s.Words)
            .GroupBy(w => w.Upos + "|" + w.Xpos, StringComparer.Ordinal)
            .Where(g => g.Count() >= minCount && g.First().Xpos != NoFineTag)
            .Select(g => g.Key);
        return new TagSet(frequent.Concat(Universal.Select(u => u + "|" + NoFineTag)).Distinct().Order(StringComparer.Ordinal));
    }

    public static int UniversalIndex(string upos)
    {
        for (var i = 0; i < Universal.Count; i++)
        {
            if (Universal[i] == upos) return i;
        }
        throw new ArgumentException($"'{upos}' is not a universal part-of-speech tag.", nameof(upos));
    }

    /// <summary>The tag of a treebank word: its pair when the set has it, else its universal tag alone.</summary>
    public int Of(string upos, string xpos) =>
        indexes.TryGetValue(upos + "|" + xpos, out var index) ? index : indexes[upos + "|" + NoFineTag];

    public string Upos(int tag) => Universal[universal[tag]];

    public int UposIndex(int tag) => universal[tag];

    public void Write(BinaryWriter writer)
    {
        writer.Write(names.Length);
        foreach (var name in names) writer.Write(name);
    }

    public static TagSet Read(BinaryReader reader)
    {
        var names = new string[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++) names[i] = reader.ReadString();
        return new TagSet(names);
    }
}

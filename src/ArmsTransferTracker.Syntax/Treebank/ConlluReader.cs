namespace ArmsTransferTracker.Syntax.Treebank;

/// <summary>
/// A word of a treebank sentence: the columns the tagger and parser learn from. <see cref="Head"/> is 1-based, 0 for
/// the root.
/// </summary>
public sealed record TreebankWord(string Form, string Lemma, string Upos, string Xpos, int Head, string Relation);

/// <summary>A treebank sentence: its raw text (from the <c># text =</c> comment, when given) and its words.</summary>
public sealed record TreebankSentence(string? Text, IReadOnlyList<TreebankWord> Words);

/// <summary>
/// Reads CoNLL-U (https://universaldependencies.org/format.html). Multi-word token lines ("3-4") and empty nodes ("5.1")
/// are read past: the tagger and parser work on syntactic words, as the CoNLL 2018 evaluation counts them.
/// </summary>
public static class ConlluReader
{
    public static List<TreebankSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader).ToList();
    }

    public static IEnumerable<TreebankSentence> Read(TextReader reader)
    {
        var words = new List<TreebankWord>();
        string? text = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0) yield return new TreebankSentence(text, words);
                words = [];
                text = null;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line["# text = ".Length..];
                continue;
            }
            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"line {lineNumber}: expected 10 tab-separated columns, found {columns.Length}");
            }
            if (columns[0].Contains('-') || columns[0].Contains('.')) continue;
            if (!int.TryParse(columns[6], out var head))
            {
                throw new FormatException($"line {lineNumber}: the head '{columns[6]}' is not a number");
            }
            words.Add(new TreebankWord(columns[1], columns[2], columns[3], columns[4], head, columns[7]));
        }
        if (words.Count > 0) yield return new TreebankSentence(text, words);
    }
}

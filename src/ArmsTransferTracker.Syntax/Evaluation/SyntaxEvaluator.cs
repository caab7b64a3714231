using System.Diagnostics;
using System.Globalization;
using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Syntax.Evaluation;

/// <summary>
/// Tagging and attachment scores over all words, punctuation included, with labels compared on their universal part
/// ("nmod:poss" counts as "nmod"), as the CoNLL 2018 shared task scored them; and the speed of tagging and parsing.
/// </summary>
public sealed record SyntaxScore(long Words, long RightTags, long RightHeads, long RightArcs, TimeSpan Elapsed)
{
    public double Upos => Percent(RightTags);

    public double Uas => Percent(RightHeads);

    public double Las => Percent(RightArcs);

    public double TokensPerSecond => Elapsed.TotalSeconds > 0 ? Words / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"UPOS {Upos:F2} UAS {Uas:F2} LAS {Las:F2} tokens/s {TokensPerSecond:F0}");

    private double Percent(long right) => Words == 0 ? 0 : 100.0 * right / Words;
}

public static class SyntaxEvaluator
{
    /// <summary>Tags and parses each sentence from its gold words, on the calling thread, and scores the result.</summary>
    public static SyntaxScore Evaluate(SyntaxModel model, IEnumerable<TreebankSentence> sentences, IProgress<int>? progress = null)
    {
        long words = 0, tags = 0, heads = 0, arcs = 0;
        var clock = new Stopwatch();
        var done = 0;
        foreach (var sentence in sentences)
        {
            var forms = sentence.Words.Select(w => w.Form).ToList();
            clock.Start();
            var parsed = model.Parse(forms);
            clock.Stop();
            for (var i = 0; i < forms.Count; i++)
            {
                var gold = sentence.Words[i];
                var word = parsed.Words[i];
                words++;
                if (word.Upos == gold.Upos) tags++;
                if (word.Head != gold.Head) continue;
                heads++;
                if (Universal(word.Relation).SequenceEqual(Universal(gold.Relation))) arcs++;
            }
            progress?.Report(++done);
        }
        return new SyntaxScore(words, tags, heads, arcs, clock.Elapsed);
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}

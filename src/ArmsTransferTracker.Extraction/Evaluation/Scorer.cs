using System.Globalization;
using System.Numerics;
using ArmsTransferTracker.Extraction.Output;

namespace ArmsTransferTracker.Extraction.Evaluation;

/// <summary>A stance reported as missed or extra: file, actor, stance value, supplier and recipient (normalised as compared).</summary>
public sealed record ScoredStance(string File, string Actor, string Stance, string Supplier, string Recipient)
{
    public override string ToString() => $"{File}: {Actor} {Stance} {Supplier} -> {Recipient}";
}

/// <summary>What the scorer made of one predicted stance.</summary>
public enum PredictionOutcome
{
    /// <summary>It took a required stance of the key: a true positive.</summary>
    Right,

    /// <summary>It matched nothing in the key: a false positive, listed among the extras.</summary>
    Extra,

    /// <summary>Neither right nor wrong: it took an optional stance of the key, or repeats verbatim a stance that took one.</summary>
    Uncounted,
}

/// <summary>A predicted stance of a file in the key (by its last path segment), as extracted, and what the scorer made of it.</summary>
public sealed record ScoredPrediction(string File, ExtractedStance Stance, PredictionOutcome Outcome);

/// <summary>
/// The result of scoring: stance precision, recall and F1, how often the category was right on matches, and the misses and extras.
/// </summary>
public sealed record ScoreReport(
    double Precision,
    double Recall,
    double F1,
    double CategoryAccuracy,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    IReadOnlyList<ScoredStance> Misses,
    IReadOnlyList<ScoredStance> Extras)
{
    /// <summary>Every predicted stance the scorer looked at, in the order read, so that tools can tell which rules were right.</summary>
    public IReadOnlyList<ScoredPrediction> Predictions { get; init; } = [];

    /// <summary>score.py's last line.</summary>
    public string Summary(int files) =>
        $"stance F1 {AsPython(F1, 3)} (precision {AsPython(Precision, 3)}, recall {AsPython(Recall, 3)}; " +
        $"tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives}; " +
        $"category right on {AsPython(CategoryAccuracy * 100, 0)}% of matches; {files} files)";

    /// <summary>
    /// Python's fixed-point format (".3f"; ".0%" is the value times 100 with no decimals): the exact binary value rounded
    /// half to even. .NET rounds to 15 significant digits first and breaks ties away from zero, so 0.6675 (stored just
    /// below) and 0.0625 (a true tie) would print 0.668 and 0.063 where score.py prints 0.667 and 0.062.
    /// </summary>
    private static string AsPython(double value, int decimals)
    {
        // A finite non-negative double is mantissa * 2^exponent exactly.
        var bits = BitConverter.DoubleToInt64Bits(value);
        var biasedExponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = new BigInteger(bits & 0xF_FFFF_FFFF_FFFF);
        if (biasedExponent != 0) mantissa += BigInteger.One << 52;
        var exponent = Math.Max(biasedExponent, 1) - 1075;
        var scale = BigInteger.Pow(10, decimals);
        BigInteger scaled;
        if (exponent >= 0)
        {
            scaled = (mantissa << exponent) * scale;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            scaled = BigInteger.DivRem(mantissa * scale, denominator, out var remainder);
            var twiceRemainder = remainder * 2;
            if (twiceRemainder > denominator || (twiceRemainder == denominator && !scaled.IsEven)) scaled++;
        }
        var digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        return decimals == 0 ? digits : $"{digits[..^decimals]}.{digits[^decimals..]}";
    }
}

/// <summary>
/// A faithful port of shared/eval/score.py: each predicted stance takes the first free gold stance of its own category, then
/// of any category; a stance repeated verbatim is neither right nor wrong; optional gold stances are neither rewarded nor penalised.
/// </summary>
public static class Scorer
{
    // score.py's prediction row; record equality is its tuple equality, which decides what counts as a repeat.
    private sealed record PredictedStance(string File, string Supplier, string Recipient, string Category, string Actor, string Stance);

    public static ScoreReport Score(GoldKey gold, IEnumerable<(string File, ExtractedArticle Article)> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var files = gold.Files.ToHashSet(StringComparer.Ordinal);
        var predicted = new List<PredictedStance>();
        var extracted = new List<ExtractedStance>(); // extracted[j] is the stance predicted[j] was read from
        foreach (var (file, article) in predictions)
        {
            var name = BaseName(file);
            if (!files.Contains(name)) continue;
            foreach (var claim in article.Claims)
            {
                foreach (var stance in claim.Stances)
                {
                    predicted.Add(new PredictedStance(name, ActorMatching.Place(claim.Supplier), ActorMatching.Place(claim.Recipient),
                        ActorMatching.Fold(claim.Category), stance.Actor.Name, ExtractionJson.StanceName(stance.Value)));
                    extracted.Add(stance);
                }
            }
        }

        var rows = gold.Stances;
        var used = new HashSet<int>();
        var goldOf = new Dictionary<int, int>();
        // Two passes: first a gold stance of the same category, so two claims about one pair (drones and missiles from Iran
        // to Russia) are told apart; then any category, the category error being counted apart.
        foreach (var byCategory in new[] { true, false })
        {
            for (var j = 0; j < predicted.Count; j++)
            {
                if (goldOf.ContainsKey(j)) continue;
                var p = predicted[j];
                for (var i = 0; i < rows.Count; i++)
                {
                    if (used.Contains(i) || !Matches(rows[i], p) || (byCategory && rows[i].Category != p.Category)) continue;
                    used.Add(i);
                    goldOf[j] = i;
                    break;
                }
            }
        }

        int tp = 0, fp = 0, categoryRight = 0, categoryCounted = 0;
        var extras = new List<ScoredStance>();
        var outcomes = new PredictionOutcome[predicted.Count];
        var matchedPredictions = goldOf.Keys.Select(j => predicted[j]).ToHashSet();
        for (var j = 0; j < predicted.Count; j++)
        {
            var p = predicted[j];
            if (!goldOf.TryGetValue(j, out var i))
            {
                // The very same stance printed twice is neither right nor wrong; the same stance on a claim of another
                // category (a drone claim made out of a missile quote) is an extra.
                if (matchedPredictions.Contains(p))
                {
                    outcomes[j] = PredictionOutcome.Uncounted;
                    continue;
                }
                fp++;
                extras.Add(new ScoredStance(p.File, p.Actor, p.Stance, p.Supplier, p.Recipient));
                outcomes[j] = PredictionOutcome.Extra;
                continue;
            }
            if (rows[i].Optional)
            {
                outcomes[j] = PredictionOutcome.Uncounted;
                continue;
            }
            outcomes[j] = PredictionOutcome.Right;
            tp++;
            categoryCounted++;
            if (rows[i].Category == p.Category) categoryRight++;
        }
        var misses = rows.Where((g, i) => !g.Optional && !used.Contains(i))
            .Select(g => new ScoredStance(g.File, g.Actor, g.Stance, g.Supplier, g.Recipient)).ToList();
        var fn = misses.Count;
        var precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        var category = categoryCounted > 0 ? (double)categoryRight / categoryCounted : 0.0;
        return new ScoreReport(precision, recall, f1, category, tp, fp, fn, misses, extras)
        {
            Predictions = predicted.Select((p, j) => new ScoredPrediction(p.File, extracted[j], outcomes[j])).ToList(),
        };
    }

    private static bool Matches(GoldStance g, PredictedStance p) =>
        g.File == p.File && g.Supplier == p.Supplier && g.Recipient == p.Recipient && g.Stance == p.Stance
        && ActorMatching.SameActor(g.Actor, p.Actor);

    private static string BaseName(string path)
    {
        var cut = path.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? path : path[(cut + 1)..];
    }
}

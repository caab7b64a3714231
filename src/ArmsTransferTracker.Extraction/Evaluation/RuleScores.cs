namespace ArmsTransferTracker.Extraction.Evaluation;

/// <summary>
/// How one rule did against a key: the predicted stances it helped produce (<see cref="Fired"/>), how many of them were
/// right and how many extras, and the passages it was right on, so that rules right on a single passage stand out.
/// </summary>
public sealed record RuleScore(string Rule, int Fired, int Right, int Extras, IReadOnlyList<string> PassagesRight)
{
    /// <summary>
    /// Right over right plus extras, as the scorer's precision: stances it does not count (repeats, optional ones) are in neither.
    /// </summary>
    public double? Precision => Right + Extras > 0 ? (double)Right / (Right + Extras) : null;
}

public static class RuleScores
{
    /// <summary>The name stances produced by no named rule are counted under, so that the table accounts for every stance.</summary>
    public const string NoRule = "(none)";

    /// <summary>One score per rule, the rules that fired most first; a rule named twice on one stance counts once.</summary>
    public static IReadOnlyList<RuleScore> Tally(IEnumerable<ScoredPrediction> predictions) =>
        predictions
            .SelectMany(p => (p.Stance.Rules.Count == 0 ? [NoRule] : p.Stance.Rules.Distinct()).Select(rule => (Rule: rule, Prediction: p)))
            .GroupBy(x => x.Rule, x => x.Prediction, StringComparer.Ordinal)
            .Select(g => new RuleScore(
                g.Key,
                g.Count(),
                g.Count(p => p.Outcome == PredictionOutcome.Right),
                g.Count(p => p.Outcome == PredictionOutcome.Extra),
                g.Where(p => p.Outcome == PredictionOutcome.Right).Select(p => p.File).Distinct().Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(s => s.Fired)
            .ThenBy(s => s.Rule, StringComparer.Ordinal)
            .ToList();
}

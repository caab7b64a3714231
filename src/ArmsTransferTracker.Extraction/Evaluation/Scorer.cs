using ArmsTransferTracker.Extraction.Output;

namespace ArmsTransferTracker.Extraction.Evaluation;

/// <summary>A stance reported as missed or extra: file, actor, stance value, supplier and recipient (normalised as compared).</summary>
public sealed record ScoredStance(string File, string Actor, string Stance, string Supplier, string Recipient)
{
    public override string ToString() => $"{File}: {Actor} {Stance} {Supplier} -> {Recipient}";
}

/// <summary>The result of scoring: stance precision, recall and F1, how often the category was right on matches, and the misses and extras.</summary>
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
    /// <summary>score.py's last line.</summary>
    public string Summary(int files) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"stance F1 {F1:0.000} (precision {Precision:0.000}, recall {Recall:0.000}; tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives}; ") +
        $"category right on {Math.Round(CategoryAccuracy * 100, MidpointRounding.ToEven).ToString(System.Globalization.CultureInfo.InvariantCulture)}% of matches; {files} files)";
}

/// <summary>A faithful port of shared/eval/score.py: greedy first-match per predicted stance, duplicates neither right nor wrong, optional gold stances neither rewarded nor penalised.</summary>
public static class Scorer
{
    private sealed record PredictedStance(string File, string Supplier, string Recipient, string Category, string Actor, string Stance);

    public static ScoreReport Score(GoldKey gold, IEnumerable<(string File, ExtractedArticle Article)> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var files = gold.Files.ToHashSet(StringComparer.Ordinal);
        var predicted = new List<PredictedStance>();
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
                }
            }
        }

        var rows = gold.Stances;
        var used = new HashSet<int>();
        int tp = 0, fp = 0, categoryRight = 0, categoryCounted = 0;
        var extras = new List<ScoredStance>();
        foreach (var p in predicted)
        {
            var hit = -1;
            for (var i = 0; i < rows.Count; i++)
            {
                if (used.Contains(i) || rows[i].File != p.File) continue;
                if (Matches(rows[i], p)) { hit = i; break; }
            }
            if (hit < 0)
            {
                // A duplicate of an already matched stance is neither right nor wrong.
                if (!rows.Any(g => g.File == p.File && Matches(g, p)))
                {
                    fp++;
                    extras.Add(new ScoredStance(p.File, p.Actor, p.Stance, p.Supplier, p.Recipient));
                }
                continue;
            }
            used.Add(hit);
            if (rows[hit].Optional) continue;
            tp++;
            categoryCounted++;
            if (rows[hit].Category == p.Category) categoryRight++;
        }
        var misses = rows.Select((g, i) => (g, i)).Where(x => !x.g.Optional && !used.Contains(x.i))
            .Select(x => new ScoredStance(x.g.File, x.g.Actor, x.g.Stance, x.g.Supplier, x.g.Recipient)).ToList();
        var fn = misses.Count;
        var precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        var category = categoryCounted > 0 ? (double)categoryRight / categoryCounted : 0.0;
        return new ScoreReport(precision, recall, f1, category, tp, fp, fn, misses, extras);
    }

    private static bool Matches(GoldStance g, PredictedStance p) =>
        g.Supplier == p.Supplier && g.Recipient == p.Recipient && g.Stance == p.Stance && ActorMatching.SameActor(g.Actor, p.Actor);

    private static string BaseName(string path)
    {
        var cut = path.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? path : path[(cut + 1)..];
    }
}

using System.Globalization;
using ArmsTransferTracker.Extraction.Evaluation;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// The table <c>eval --rules</c> and <c>eval-rules</c> print: one line per rule, the rules that fired most first, with a
/// group of columns per set (and one for all sets together when there are several), then the rules right on one passage only.
/// </summary>
internal static class RuleTable
{
    private static readonly (string Name, int Width)[] Columns = [("fired", 7), ("right", 7), ("extra", 7), ("prec", 6), ("passages", 10)];

    private static readonly int GroupWidth = Columns.Sum(c => c.Width);

    public static void Write(TextWriter output, IReadOnlyList<(string Set, ScoreReport Report)> sets)
    {
        // Together, passages are named by set as well, so that dev's D001.txt and dev2's are two passages.
        var all = RuleScores.Tally(sets.Count == 1
            ? sets[0].Report.Predictions
            : sets.SelectMany(s => s.Report.Predictions.Select(p => p with { File = $"{s.Set}/{p.File}" })));
        var groups = sets.Select(s => (Name: s.Set, Scores: ByRule(RuleScores.Tally(s.Report.Predictions)))).ToList();
        if (sets.Count > 1) groups.Add(("all", ByRule(all)));
        var ruleWidth = all.Select(r => r.Rule.Length).Append("rule".Length).Max();

        output.WriteLine("fired: stances the rule helped produce; right, extra: as scored; prec: right / (right + extra); "
            + "passages: files it was right on");
        if (groups.Count > 1)
        {
            var setNames = groups.Select(g => ("  " + g.Name).PadRight(GroupWidth));
            output.WriteLine((new string(' ', ruleWidth) + string.Concat(setNames)).TrimEnd());
        }
        var headings = string.Concat(Columns.Select(c => c.Name.PadLeft(c.Width)));
        output.WriteLine("rule".PadRight(ruleWidth) + string.Concat(groups.Select(_ => headings)));
        foreach (var rule in all)
        {
            var cells = groups.Select(g => Cells(g.Scores.GetValueOrDefault(rule.Rule)));
            output.WriteLine(rule.Rule.PadRight(ruleWidth) + string.Concat(cells));
        }

        var onePassage = all.Where(r => r.PassagesRight.Count == 1).ToList();
        if (onePassage.Count == 0) return;
        output.WriteLine();
        output.WriteLine("right on one passage only:");
        foreach (var rule in onePassage)
        {
            output.WriteLine($"{rule.Rule.PadRight(ruleWidth)}  {rule.PassagesRight[0]}");
        }
    }

    private static Dictionary<string, RuleScore> ByRule(IEnumerable<RuleScore> scores) =>
        scores.ToDictionary(s => s.Rule, StringComparer.Ordinal);

    // A rule that never fired on a set shows zeros there.
    private static string Cells(RuleScore? score)
    {
        string[] values =
        [
            (score?.Fired ?? 0).ToString(CultureInfo.InvariantCulture),
            (score?.Right ?? 0).ToString(CultureInfo.InvariantCulture),
            (score?.Extras ?? 0).ToString(CultureInfo.InvariantCulture),
            score?.Precision?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-",
            (score?.PassagesRight.Count ?? 0).ToString(CultureInfo.InvariantCulture),
        ];
        return string.Concat(values.Select((v, i) => v.PadLeft(Columns[i].Width)));
    }
}

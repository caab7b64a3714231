using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.Import;
using Spectre.Console;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>The progress bar and closing summary that the long-running verbs share.</summary>
public static class ProgressReport
{
    /// <summary>
    /// Runs <paramref name="work"/> on each item in turn: a live bar on a terminal, a line per item when output is redirected.
    /// </summary>
    public static Task<List<ImportOutcome>> RunAsync<T>(
        string title,
        IReadOnlyList<T> items,
        Func<T, CancellationToken, Task<ImportOutcome>> work,
        TextWriter output,
        string done = "imported") =>
        RunAsync(title, items, work, outcome => $"{outcome.Name}: {Describe(outcome.Status, done)}",
            outcome => Path.GetFileName(outcome.Name), output);

    /// <summary>
    /// The same for any work: <paramref name="line"/> says what an item came to, on its line when output is redirected;
    /// <paramref name="label"/> names it beside the bar.
    /// </summary>
    public static async Task<List<TResult>> RunAsync<T, TResult>(
        string title,
        IReadOnlyList<T> items,
        Func<T, CancellationToken, Task<TResult>> work,
        Func<TResult, string> line,
        Func<TResult, string> label,
        TextWriter output)
    {
        var results = new List<TResult>(items.Count);
        if (output != Console.Out || Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var result = await work(items[i], CancellationToken.None);
                results.Add(result);
                output.WriteLine($"[{i + 1}/{items.Count}] {line(result)}");
            }
            return results;
        }

        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(title, maxValue: Math.Max(items.Count, 1));
                foreach (var item in items)
                {
                    var result = await work(item, CancellationToken.None);
                    results.Add(result);
                    task.Description = $"{title} {Markup.Escape(label(result))}";
                    task.Increment(1);
                }
                task.Description = title;
                task.Value = task.MaxValue;
            });
        return results;
    }

    public static void WriteSummary(TextWriter output, IReadOnlyCollection<ImportOutcome> outcomes, int total, string done = "imported")
    {
        int Count(ImportStatus status) => outcomes.Count(o => o.Status == status);
        output.WriteLine();
        var duplicates = Words.Count(Count(ImportStatus.Duplicate), "duplicate");
        var failures = Words.Count(Count(ImportStatus.ExtractionFailed), "extraction failure");
        var refused = Count(ImportStatus.Refused);
        output.WriteLine($"{total} in all: {Count(ImportStatus.Imported)} {done}, {duplicates}, {refused} refused, {failures}");
        foreach (var group in outcomes.Where(o => o.Status is ImportStatus.Refused or ImportStatus.ExtractionFailed).GroupBy(o => o.Status))
        {
            output.WriteLine();
            output.WriteLine(group.Key == ImportStatus.Refused ? "Refused:" : "Extraction failed (stored; run reextract after a fix):");
            foreach (var outcome in group)
            {
                output.WriteLine($"  {outcome.Name}: {outcome.Message}");
            }
        }
    }

    private static string Describe(ImportStatus status, string done) => status switch
    {
        ImportStatus.Imported => done,
        ImportStatus.Duplicate => "duplicate",
        ImportStatus.Refused => "refused",
        _ => "extraction failed",
    };
}

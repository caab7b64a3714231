using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>reextract</c>: runs the current extractor over every stored article. Stances that an editor created or confirmed
/// stay as they are and rejected ones stay rejected; the extractor's unreviewed stances are replaced.
/// </summary>
public static class ReextractCommand
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, [], Console.Out);

    /// <param name="hostArgs">Configuration overrides for the store (tests point it at a temporary database).</param>
    internal static async Task<int> RunAsync(string[] args, string[] hostArgs, TextWriter output)
    {
        if (args.Length > 0)
        {
            await Console.Error.WriteLineAsync("usage: reextract   (re-runs extraction over every stored article)");
            return 2;
        }

        using var host = await TrackerHost.StartAsync(hostArgs);
        List<int> ids;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Articles
                .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        }

        var outcomes = await ProgressReport.RunAsync("Re-extracting", ids, async (id, cancellationToken) =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ArticleReextractor>().ReextractAsync(id, cancellationToken);
        }, output, done: "re-extracted");

        ProgressReport.WriteSummary(output, outcomes, ids.Count, done: "re-extracted");
        return outcomes.All(o => o.Status == ImportStatus.Imported) ? 0 : 1;
    }
}

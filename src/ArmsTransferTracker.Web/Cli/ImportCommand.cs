using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Import;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>import PATH...</c>: imports files and folders (recursively) into the database, with a progress bar, and ends with a
/// summary of what was imported, what was already there, what was refused and why, and where extraction failed.
/// Exit code 0 when every file was imported or recognised as a duplicate.
/// </summary>
public static class ImportCommand
{
    public static Task<int> RunAsync(string[] paths) => RunAsync(paths, [], Console.Out);

    /// <param name="hostArgs">Configuration overrides for the store (tests point it at a temporary database).</param>
    internal static async Task<int> RunAsync(string[] paths, string[] hostArgs, TextWriter output)
    {
        if (paths.Length == 0)
        {
            await Console.Error.WriteLineAsync(
                "usage: import PATH...   (files and folders of .txt, .html and .htm articles; folders are read recursively)");
            return 2;
        }

        var (files, missing) = FilesUnder(paths);
        var outcomes = missing.Select(path => new ImportOutcome(path, ImportStatus.Refused, null, "no such file or folder.")).ToList();

        using var host = await TrackerHost.StartAsync(hostArgs);
        outcomes.AddRange(await ProgressReport.RunAsync("Importing", files, async (file, cancellationToken) =>
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new ImportOutcome(file, ImportStatus.Refused, null, $"could not be read: {e.Message}");
            }
            await using var scope = host.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            var outcome = await importer.ImportAsync(
                new ArticleSource(bytes, Path.GetFileName(file), ContentTypes.FromFileName(file)), null, cancellationToken);
            return outcome with { Name = file };
        }, output));

        ProgressReport.WriteSummary(output, outcomes, files.Count + missing.Count);
        return outcomes.All(o => o.Status is ImportStatus.Imported or ImportStatus.Duplicate) ? 0 : 1;
    }

    /// <summary>Every file named or under a named folder (hidden files and folders skipped), in a stable order.</summary>
    internal static (List<string> Files, List<string> Missing) FilesUnder(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                };
                files.AddRange(Directory.EnumerateFiles(path, "*", options)
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }
        return (files, missing);
    }
}

namespace ArmsTransferTracker.Web.Tests.HouseRules;

/// <summary>The house keeps lines under 140 characters, so code reads side by side and in a review without scrolling.</summary>
public sealed class SourceLineTests
{
    private const int MaxLength = 140;
    private const string SolutionFile = "ArmsTransferTracker.sln";

    // Build output, and migrations the EF tools write, are not the house's prose.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "Migrations" };

    [Fact]
    public void No_line_in_the_sources_or_tests_is_longer_than_140_characters()
    {
        var root = RepositoryRoot.Above(AppContext.BaseDirectory);

        var files = new[] { "src", "tests" }.SelectMany(folder => SourceFiles(Path.Combine(root, folder))).ToList();
        var offenders = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, number: index + 1, line.Length)))
            .Where(line => line.Length > MaxLength)
            .Select(line => $"{Path.GetRelativePath(root, line.file).Replace('\\', '/')}:{line.number} ({line.Length})")
            .ToList();

        files.Should().Contain(file => file.EndsWith(nameof(SourceLineTests) + ".cs"), "the scan must reach this very file");
        // Joined, so the message lists every offender rather than the first few.
        string.Join(Environment.NewLine, offenders).Should().BeEmpty($"lines are kept under {MaxLength} characters");
    }

    [Fact]
    public void Outside_a_clone_the_repository_is_not_found_and_says_so()
    {
        var outside = Directory.CreateTempSubdirectory("tracker-no-repository-").FullName;
        try
        {
            var find = () => RepositoryRoot.Above(outside);

            find.Should().Throw<DirectoryNotFoundException>()
                .WithMessage($"*{SolutionFile}*{outside}*");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .Concat(Directory.EnumerateDirectories(folder)
                .Where(child => !SkippedFolders.Contains(Path.GetFileName(child)))
                .SelectMany(SourceFiles));

    private static class RepositoryRoot
    {
        /// <summary>The nearest folder holding the solution file, from <paramref name="start"/> upward.</summary>
        public static string Above(string start)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }

            // Passing here would let every line through unread: a test run away from the sources must say it checked nothing.
            throw new DirectoryNotFoundException(
                $"No {SolutionFile} in {start} or any folder above it: the line-length rule reads the sources of a clone, "
                + "so run the tests from inside one.");
        }
    }
}

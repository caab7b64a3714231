namespace ArmsTransferTracker.Extraction.Tests.Reading;

/// <summary>The repository's seed articles, found from the test's output folder.</summary>
internal static class SeedFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory(), name));

    private static string Directory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "ArmsTransferTracker.sln")) && System.IO.Directory.Exists(seeds))
            {
                return seeds;
            }
        }
        throw new DirectoryNotFoundException("The repository's seeds/ folder was not found above " + AppContext.BaseDirectory);
    }
}

using System.Reflection;

namespace ArmsTransferTracker.Extraction.Vocabulary;

/// <summary>
/// Reads the word lists embedded from <c>Data/Vocabulary</c>: one concept a file, one entry a line, fields split by
/// '|', lines starting with '#' are comments.
/// </summary>
internal static class VocabularyFile
{
    private static readonly Assembly Library = typeof(VocabularyFile).Assembly;

    public static IReadOnlyList<string[]> Rows(string name)
    {
        var resource = $"ArmsTransferTracker.Extraction.Data.Vocabulary.{name}";
        using var stream = Library.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The vocabulary file {name} is not embedded in the library.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            rows.Add(trimmed.Split('|').Select(field => field.Trim()).ToArray());
        }
        return rows;
    }

    /// <summary>The first field of every row, as a set compared without regard to case.</summary>
    public static HashSet<string> Words(string name) =>
        Rows(name).Select(row => row[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A comma-separated field as its entries.</summary>
    public static IEnumerable<string> List(string field) =>
        field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

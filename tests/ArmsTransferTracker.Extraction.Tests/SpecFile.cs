using System.Text;
using Xunit.Abstractions;

namespace ArmsTransferTracker.Extraction.Tests;

/// <summary>
/// One example of a spec file: the passage (its lines are the article's lines), the stage's expected output lines,
/// whether the engine is known to miss it, and the options the block sets.
/// </summary>
internal sealed record SpecRow(
    int Line,
    string Input,
    IReadOnlyList<string> Expected,
    bool AllowsMore,
    bool Supported,
    string? Outlet);

/// <summary>
/// The data-driven specs of the stages. A spec file is plain text, one example a block, blocks separated by blank lines:
/// <code>
/// # a comment, anywhere
/// Iran sent drones to Russia, the minister said.   (the passage: every line that is not one of those below)
/// => Iran -> Russia | drone | fact                 (one expected output line; "=> nothing" expects none)
/// => ...                                           (the output may hold more lines than those expected)
/// ! outlet: Harbor Times                           (the outlet that wrote the passage, for its voice)
/// ! not supported: why                             (a known miss: the row must still fail, so that a fix shows)
/// </code>
/// A row passes when the stage's output lines, as a set, are the expected ones (or hold them, with "=> ...").
/// With SPEC_OUTPUT set to a folder, <see cref="Check"/> also writes there what the stage gave for every row, in the
/// spec's own format (<c>name.actual</c>), to write new rows from or to see a known miss at a glance.
/// </summary>
internal static class SpecFile
{
    private const string NotSupported = "not supported";
    private const string OutletOption = "outlet:";

    public static string PathOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static List<SpecRow> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var rows = new List<SpecRow>();
        var errors = new List<string>();
        var index = 0;
        while (index < lines.Length)
        {
            while (index < lines.Length && (lines[index].Trim().Length == 0 || lines[index].TrimStart().StartsWith('#'))) index++;
            if (index >= lines.Length) break;
            var first = index + 1;
            var input = new List<string>();
            var expected = new List<string>();
            var (allowsMore, supported, nothing) = (false, true, false);
            string? outlet = null;
            for (; index < lines.Length && lines[index].Trim().Length > 0; index++)
            {
                var line = lines[index].Trim();
                if (line.StartsWith('#')) continue;
                if (line.StartsWith("=>", StringComparison.Ordinal))
                {
                    var output = line[2..].Trim();
                    if (output == "...") allowsMore = true;
                    else if (output == "nothing") nothing = true;
                    else expected.Add(Normalize(output));
                }
                else if (line.StartsWith('!'))
                {
                    var option = line[1..].Trim();
                    if (option.StartsWith(NotSupported, StringComparison.OrdinalIgnoreCase)) supported = false;
                    else if (option.StartsWith(OutletOption, StringComparison.OrdinalIgnoreCase))
                        outlet = option[OutletOption.Length..].Trim();
                    else errors.Add($"line {index + 1}: unknown option '{option}'");
                }
                else
                {
                    input.Add(line);
                }
            }
            if (input.Count == 0) errors.Add($"line {first}: a block without a passage");
            if (expected.Count == 0 && !nothing)
                errors.Add($"line {first}: a block without '=>' lines (write '=> nothing' to expect no output)");
            if (nothing && (expected.Count > 0 || allowsMore)) errors.Add($"line {first}: '=> nothing' with other '=>' lines");
            rows.Add(new SpecRow(first, string.Join('\n', input), expected, allowsMore, supported, outlet));
        }
        errors.Should().BeEmpty($"{Path.GetFileName(path)} should be well formed");
        return rows;
    }

    /// <summary>
    /// Runs every row of a spec file through <paramref name="run"/> and fails once, listing every supported row that fails
    /// and every row marked "not supported" that now passes, with their line numbers.
    /// </summary>
    public static void Check(string path, Func<SpecRow, IEnumerable<string>> run, ITestOutputHelper output, int atLeast = 15)
    {
        var rows = Read(path);
        var name = Path.GetFileName(path);
        rows.Count.Should().BeGreaterThanOrEqualTo(atLeast, $"{name} should hold at least {atLeast} examples");
        var failures = new StringBuilder();
        var actuals = new StringBuilder();
        var (passing, missed, fixedRows) = (0, 0, 0);
        foreach (var row in rows)
        {
            List<string> actual;
            string? error = null;
            try
            {
                actual = run(row).Select(Normalize).Distinct().ToList();
            }
            catch (Exception exception)
            {
                actual = [];
                error = $"{exception.GetType().Name}: {exception.Message}";
            }
            var passes = error is null && Passes(row, actual);
            actuals.AppendLine(row.Input);
            if (row.Outlet is not null) actuals.AppendLine($"! outlet: {row.Outlet}");
            if (!row.Supported) actuals.AppendLine("! not supported");
            foreach (var line in actual.DefaultIfEmpty(error is null ? "nothing" : $"threw {error}")) actuals.AppendLine($"=> {line}");
            actuals.AppendLine();
            if (row.Supported && !passes)
            {
                failures.AppendLine($"{name}:{row.Line}: the stage does not give what is expected.");
                Describe(failures, row, actual, error);
            }
            else if (!row.Supported && passes)
            {
                fixedRows++;
                failures.AppendLine(
                    $"{name}:{row.Line}: marked 'not supported' but passes now: move it to supported (remove its '! not supported' line).");
                Describe(failures, row, actual, error);
            }
            else if (row.Supported)
            {
                passing++;
            }
            else
            {
                missed++;
            }
        }
        if (Environment.GetEnvironmentVariable("SPEC_OUTPUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, Path.ChangeExtension(name, ".actual")), actuals.ToString());
        }
        output.WriteLine($"{name}: {rows.Count(r => r.Supported)} supported, {rows.Count(r => !r.Supported)} not supported; "
            + $"{passing} supported rows pass, {missed} known misses still fail, {fixedRows} known misses now pass.");
        failures.ToString().Should().BeEmpty($"every supported row of {name} should pass and every 'not supported' row should still fail");
    }

    private static bool Passes(SpecRow row, IReadOnlyCollection<string> actual) =>
        row.Expected.All(actual.Contains) && (row.AllowsMore || actual.All(row.Expected.Contains));

    private static void Describe(StringBuilder text, SpecRow row, IReadOnlyList<string> actual, string? error)
    {
        foreach (var line in row.Input.Split('\n')) text.AppendLine($"    | {line}");
        text.AppendLine($"    expected{(row.AllowsMore ? " (at least)" : "")}:");
        foreach (var line in row.Expected.DefaultIfEmpty("nothing")) text.AppendLine($"      => {line}");
        text.AppendLine("    got:");
        if (error is not null) text.AppendLine($"      threw {error}");
        foreach (var line in actual.DefaultIfEmpty("nothing")) text.AppendLine($"      => {line}");
    }

    private static string Normalize(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

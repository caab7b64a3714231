using System.Text;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-import-").FullName;

    private string DataDirectory => Path.Combine(_root, "data");

    private string Articles => Path.Combine(_root, "articles");

    public ImportCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(Articles, "nested", ".hidden"));
        File.WriteAllText(Path.Combine(Articles, "one.txt"),
            "Harbour Wire\n\nFreedonia has delivered six patrol boats to Sylvania, the navy said on Monday.\n");
        File.WriteAllText(Path.Combine(Articles, "nested", "two.html"),
            "<html><body><article><h1>Drones</h1><p>Sylvania received drones from Freedonia, officials said.</p></article></body></html>");
        File.WriteAllBytes(Path.Combine(Articles, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(Articles, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        File.WriteAllText(Path.Combine(Articles, "notes.docx"), "not an article");
        File.WriteAllText(Path.Combine(Articles, "nested", ".hidden", "secret.txt"), "Hidden files are not articles.");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] paths)
    {
        var output = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(paths, [$"--Storage:DataDirectory={DataDirectory}"], output);
        return (exitCode, output.ToString());
    }

    private TrackerDbContext OpenStore() =>
        new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>()
            .UseSqlite($"Data Source={Path.Combine(DataDirectory, "tracker.db")};Pooling=False").Options);

    [Fact]
    public async Task A_folder_is_imported_recursively_with_a_summary_naming_each_refusal_and_its_reason()
    {
        var (exitCode, output) = await RunAsync(Articles, Path.Combine(_root, "missing.txt"));

        exitCode.Should().Be(1, "some files were refused");
        output.Should().Contain("6 in all: 2 imported, 0 duplicates, 4 refused, 0 extraction failures");
        output.Should().Contain("empty.txt: the file is empty");
        output.Should().Contain("photo.txt: the file is a PNG image");
        output.Should().Contain("notes.docx: \"notes.docx\" has a type that is not accepted");
        output.Should().Contain("missing.txt: no such file or folder");
        output.Should().NotContain("secret.txt", "hidden folders are skipped");
        output.Should().Contain("[1/5]").And.Contain("[5/5]", "each file reports its progress");
        await using var db = OpenStore();
        (await db.Articles.Select(a => a.FileName).OrderBy(n => n).ToListAsync()).Should().Equal("one.txt", "two.html");
    }

    [Fact]
    public async Task Importing_the_same_files_again_finds_duplicates_and_exits_zero()
    {
        var good = new[] { Path.Combine(Articles, "one.txt"), Path.Combine(Articles, "nested", "two.html") };
        (await RunAsync(good)).ExitCode.Should().Be(0);

        var (exitCode, output) = await RunAsync(good);

        exitCode.Should().Be(0);
        output.Should().Contain("2 in all: 0 imported, 2 duplicates, 0 refused, 0 extraction failures");
        await using var db = OpenStore();
        (await db.Articles.CountAsync()).Should().Be(2);
    }

    [Fact]
    public void The_summary_counts_one_of_a_kind_in_the_singular()
    {
        var output = new StringWriter();

        ProgressReport.WriteSummary(output,
            [new("a.txt", ImportStatus.Duplicate, 1, "already imported"), new("b.txt", ImportStatus.ExtractionFailed, 2, "a rule failed")],
            total: 2);

        output.ToString().Should().Contain("2 in all: 0 imported, 1 duplicate, 0 refused, 1 extraction failure" + Environment.NewLine);
    }

    [Fact]
    public async Task Encodings_are_read_and_their_text_stored_decoded()
    {
        var sentence = "Sylvania’s navy said “six boats” arrived — on time.";
        File.WriteAllBytes(Path.Combine(_root, "utf16.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(sentence)]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(_root, "cp1252.txt"), Encoding.GetEncoding(1252).GetBytes(sentence + " Again."));

        var (exitCode, _) = await RunAsync(Path.Combine(_root, "utf16.txt"), Path.Combine(_root, "cp1252.txt"));

        exitCode.Should().Be(0);
        await using var db = OpenStore();
        (await db.Articles.Select(a => a.Text).ToListAsync()).Should().BeEquivalentTo([sentence, sentence + " Again."]);
    }
}

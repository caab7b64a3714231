using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Tests.Pages.Import;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Cli;

/// <summary>The bad and awkward inputs of the form and API tests (<see cref="Inputs"/>), through the bulk command.</summary>
public sealed class ImportCommandInputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-import-inputs-").FullName;

    private string DataDirectory => Path.Combine(_root, "data");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<(int ExitCode, string Output)> ImportAsync(string name, byte[] bytes, params string[] hostArgs)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "in", Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(folder, Path.GetFileName(name));
        await File.WriteAllBytesAsync(path, bytes);
        var output = new StringWriter();
        var exitCode = await ImportCommand.RunAsync([path], [$"--Storage:DataDirectory={DataDirectory}", .. hostArgs], output);
        return (exitCode, output.ToString());
    }

    private async Task<int[]> RowCountsAsync()
    {
        if (!File.Exists(Path.Combine(DataDirectory, "tracker.db")))
        {
            return [0, 0, 0, 0, 0];
        }
        await using var db = new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>()
            .UseSqlite($"Data Source={Path.Combine(DataDirectory, "tracker.db")};Pooling=False").Options);
        return
        [
            await db.Articles.CountAsync(),
            await db.Claims.CountAsync(),
            await db.Stances.CountAsync(),
            await db.Actors.CountAsync(),
            await db.Outlets.CountAsync(),
        ];
    }

    [Theory]
    [MemberData(nameof(Inputs.RefusedKeys), MemberType = typeof(Inputs))]
    public async Task A_bad_file_is_refused_in_the_summary_with_its_reason_and_the_store_is_unchanged(string key)
    {
        await ImportAsync("first.txt", "Freedonia sent drones to Sylvania, officials said.\n"u8.ToArray());
        var before = await RowCountsAsync();
        var refused = Inputs.RefusedFiles[key];

        var (exitCode, output) = await ImportAsync(refused.Upload.FileName, refused.Upload.Bytes);

        exitCode.Should().Be(1);
        output.Should().Contain("1 refused").And.Contain(refused.Reason);
        (await RowCountsAsync()).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Inputs.AcceptedKeys), MemberType = typeof(Inputs))]
    public async Task An_awkward_but_valid_file_is_imported_with_its_text_read_right(string key)
    {
        var accepted = Inputs.AcceptedFiles[key];

        var (exitCode, output) = await ImportAsync(accepted.Upload.FileName, accepted.Upload.Bytes);

        exitCode.Should().Be(0, output);
        await using var db = new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>()
            .UseSqlite($"Data Source={Path.Combine(DataDirectory, "tracker.db")};Pooling=False").Options);
        var article = await db.Articles.SingleAsync();
        article.Text.Should().Contain(accepted.Passage).And.NotContain("\uFEFF");
        article.OriginalBytes.Should().Equal(accepted.Upload.Bytes);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_naming_the_limit()
    {
        var (exitCode, output) = await ImportAsync("big.txt", new byte[65 * 1024], "--Import:MaxBytes=65536");

        exitCode.Should().Be(1);
        output.Should().Contain("over the 64 KB limit");
        (await RowCountsAsync()).Should().Equal(0, 0, 0, 0, 0);
    }

    [Fact]
    public async Task A_two_megabyte_single_line_is_imported()
    {
        var line = Inputs.TwoMegabyteLine();

        var (exitCode, output) = await ImportAsync(line.FileName, line.Bytes);

        exitCode.Should().Be(0, output);
        output.Should().Contain("1 imported");
    }
}

using System.Text.Json;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-extract-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static async Task<(int ExitCode, JsonDocument Json, string Errors)> RunAsync(params string[] files)
    {
        using var output = new MemoryStream();
        var errors = new StringWriter();
        var exitCode = await ExtractCommand.RunAsync(files, output, errors);
        return (exitCode, JsonDocument.Parse(output.ToArray()), errors.ToString());
    }

    [Fact]
    public async Task The_seeds_give_their_metadata_and_claims_as_the_evaluation_format_on_standard_output()
    {
        var seed = Path.Combine(TrackerFactory.SeedsDirectory, "000_f313b82a4e8a672a.txt");

        var (exitCode, json, errors) = await RunAsync(seed);

        exitCode.Should().Be(0);
        errors.Should().BeEmpty();
        var article = json.RootElement.GetProperty("articles").EnumerateArray().Single();
        article.GetProperty("file").GetString().Should().Be(seed);
        article.GetProperty("outlet").GetString().Should().Be("The Washington Post");
        article.GetProperty("published").GetString().Should().Be("2024-09-10");
        var claims = article.GetProperty("claims").EnumerateArray().ToList();
        claims.Should().Contain(c => c.GetProperty("supplier").GetString() == "Iran" && c.GetProperty("recipient").GetString() == "Russia"
            && c.GetProperty("category").GetString() == "ballistic missile");
        claims.SelectMany(c => c.GetProperty("stances").EnumerateArray()).Should().OnlyContain(s =>
            s.GetProperty("evidence").EnumerateArray().All(e => e.GetProperty("end").GetInt32() > e.GetProperty("start").GetInt32()));
    }

    [Fact]
    public async Task A_file_that_is_not_an_article_is_named_on_standard_error_and_the_others_still_come_out()
    {
        var picture = Path.Combine(_root, "photo.txt");
        await File.WriteAllBytesAsync(picture, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var text = Path.Combine(_root, "story.txt");
        await File.WriteAllTextAsync(text, "Norway delivered radars to Estonia, the ministry said.\n");

        var (exitCode, json, errors) = await RunAsync(picture, text);

        exitCode.Should().Be(1);
        errors.Should().Contain("photo.txt").And.Contain("PNG image");
        json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).Should().Equal(text);
    }

    [Fact]
    public async Task A_missing_file_is_usage_error_2()
    {
        var errors = new StringWriter();

        (await ExtractCommand.RunAsync([Path.Combine(_root, "nope.txt")], Stream.Null, errors)).Should().Be(2);
        errors.ToString().Should().Contain("no such file");
    }
}

using System.Text.Json;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-extract-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Task<(int ExitCode, JsonDocument Json, string Errors)> RunAsync(params string[] files) => RunAsync(null, files);

    private static async Task<(int ExitCode, JsonDocument Json, string Errors)> RunAsync(ArticleExtractor? extractor, params string[] args)
    {
        using var output = new MemoryStream();
        var errors = new StringWriter();
        var exitCode = await ExtractCommand.RunAsync(args, output, errors, extractor);
        return (exitCode, JsonDocument.Parse(output.ToArray()), errors.ToString());
    }

    // Kestria's shells for Ostrava with a sure and a doubtful stance, and its rifles with only a doubtful one, whatever the text.
    private static readonly FixedExtractor KestriaExtractor = new(_ =>
    [
        new ExtractedClaim("Kestria", "Ostrava", "artillery shells", Categories.ArtilleryAmmunition, null,
        [
            Stance("Anja Vell", 0.9, "reporting-verb-subject", "giver-subject"),
            Stance("Ostravan officials", 0.35, "outlet-voice"),
        ]),
        new ExtractedClaim("Kestria", "Ostrava", "rifles", Categories.SmallArms, null,
            [Stance("Piet Hollar", 0.2, "hedge-in-what-is-said")]),
    ]);

    private static ExtractedStance Stance(string actor, double confidence, params string[] rules) =>
        new(new ExtractedActor(actor, ActorKind.Person, null, null), StanceValue.Supports, []) { Confidence = confidence, Rules = rules };

    private string KestriaArticle()
    {
        var path = Path.Combine(_root, "kestria.txt");
        File.WriteAllText(path,
            "Kestria Herald\n\nKestria has sent artillery shells and rifles to Ostrava, Defence Minister Anja Vell said.\n");
        return path;
    }

    private static List<JsonElement> Claims(JsonDocument json) =>
        json.RootElement.GetProperty("articles")[0].GetProperty("claims").EnumerateArray().ToList();

    /// <summary>Fault injection: an extractor that throws on one article, as a bug in a rule would.</summary>
    private sealed class FailingOnExtractor(string marker) : ArticleExtractor
    {
        public override ExtractedArticle Extract(ArticleDocument document) => document.Text.Contains(marker, StringComparison.Ordinal)
            ? throw new InvalidOperationException("a rule failed")
            : base.Extract(document);
    }

    [Fact]
    public async Task An_engine_failure_on_one_file_is_reported_and_the_other_files_are_still_extracted()
    {
        var failing = Path.Combine(_root, "failing.txt");
        File.WriteAllText(failing, "Kestria Herald\n\nThis article trips the engine.\n");
        var good = KestriaArticle();

        var (exitCode, json, errors) = await RunAsync(new FailingOnExtractor("trips the engine"), failing, good);

        exitCode.Should().Be(1);
        errors.Should().Contain($"extract: {failing}: extraction failed: a rule failed");
        json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString())
            .Should().Equal(good);
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
            s.GetProperty("evidence").EnumerateArray().All(e => e.GetProperty("end").GetInt32() > e.GetProperty("start").GetInt32())
            && s.GetProperty("confidence").GetDouble() >= 0 && s.GetProperty("confidence").GetDouble() <= 1
            && s.GetProperty("rules").ValueKind == JsonValueKind.Array);
    }

    [Fact]
    public async Task Each_stance_carries_its_confidence_and_the_rules_that_produced_it()
    {
        var (exitCode, json, _) = await RunAsync(KestriaExtractor, KestriaArticle());

        exitCode.Should().Be(0);
        var vell = Claims(json)[0].GetProperty("stances")[0];
        vell.GetProperty("confidence").GetDouble().Should().Be(0.9);
        vell.GetProperty("rules").EnumerateArray().Select(r => r.GetString()).Should().Equal("reporting-verb-subject", "giver-subject");
    }

    [Fact]
    public async Task Min_confidence_leaves_out_lower_stances_and_the_claims_left_without_any()
    {
        var (exitCode, json, errors) = await RunAsync(KestriaExtractor, "--min-confidence", "0.35", KestriaArticle());

        exitCode.Should().Be(0);
        errors.Should().BeEmpty();
        var claims = Claims(json);
        claims.Select(c => c.GetProperty("item").GetString()).Should().Equal("artillery shells");
        claims[0].GetProperty("stances").EnumerateArray().Select(s => s.GetProperty("actor").GetString())
            .Should().Equal(["Anja Vell", "Ostravan officials"], "a stance exactly at the threshold stays");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.2")]
    [InlineData("high")]
    [InlineData("NaN")]
    [InlineData("0,5")]
    public async Task A_threshold_that_is_not_a_number_from_0_to_1_is_usage_error_2_and_nothing_is_printed(string threshold)
    {
        using var output = new MemoryStream();
        var errors = new StringWriter();

        var exitCode = await ExtractCommand.RunAsync(["--min-confidence", threshold, KestriaArticle()], output, errors, KestriaExtractor);

        exitCode.Should().Be(2);
        errors.ToString().Should().Contain("--min-confidence").And.Contain("from 0 to 1").And.Contain(threshold);
        output.Length.Should().Be(0);
    }

    [Fact]
    public async Task A_threshold_with_no_value_is_usage_error_2()
    {
        var errors = new StringWriter();

        (await ExtractCommand.RunAsync([KestriaArticle(), "--min-confidence"], Stream.Null, errors, KestriaExtractor)).Should().Be(2);
        errors.ToString().Should().Contain("--min-confidence").And.Contain("got nothing");
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

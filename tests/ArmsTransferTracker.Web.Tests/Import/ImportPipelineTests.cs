using System.Text;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Import;

public sealed class ImportPipelineTests : IDisposable
{
    private const string WireStory =
        "Coastal shipyards deliver patrol boats\n\n" +
        "PORT ROYAL (Harbour Wire) — Freedonia has delivered six patrol boats to Sylvania's coast guard, the navy said on Monday, " +
        "completing a contract signed two years ago. The boats will patrol the northern straits, where smugglers have moved " +
        "fuel and cigarettes for decades, and will be based at the new harbour in Port Royal. Sylvania's defence minister said " +
        "the crews had trained for six months with Freedonian instructors and would begin operations within weeks.\n";

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<ImportOutcome> ImportAsync(
        string name, byte[] bytes, ArticleExtractor? extractor = null, string contentType = "text/plain")
    {
        await using var db = _database.NewContext();
        return await _database.Importer(db, extractor ?? new ArticleExtractor())
            .ImportAsync(new ArticleSource(bytes, name, contentType));
    }

    private async Task<int[]> RowCountsAsync()
    {
        await using var db = _database.NewContext();
        return
        [
            await db.Articles.CountAsync(), await db.Claims.CountAsync(), await db.Stances.CountAsync(),
            await db.Actors.CountAsync(), await db.Outlets.CountAsync(),
        ];
    }

    [Fact]
    public async Task The_same_story_reprinted_under_another_masthead_is_stored_as_a_copy_of_the_first_printing()
    {
        var first = await ImportAsync("herald.txt", Encoding.UTF8.GetBytes("Valley Herald\n\n" + WireStory));
        var second = await ImportAsync("gazette.txt",
            Encoding.UTF8.GetBytes("Mountain Gazette\n\n" + WireStory + "\nPrinted with permission.\n"));
        var third = await ImportAsync("times.txt", Encoding.UTF8.GetBytes("River Times\n\n" + WireStory));

        second.Status.Should().Be(ImportStatus.Imported);
        second.CopyOfArticleId.Should().Be(first.ArticleId);
        third.CopyOfArticleId.Should().Be(first.ArticleId, "a copy links to the first printing, never to another copy");
        await using var db = _database.NewContext();
        (await db.Articles.SingleAsync(a => a.Id == second.ArticleId)).CopyOfId.Should().Be(first.ArticleId);
        (await db.Articles.SingleAsync(a => a.Id == first.ArticleId)).CopyOfId.Should().BeNull();
    }

    [Fact]
    public async Task A_different_story_on_the_same_subject_is_not_a_copy()
    {
        await ImportAsync("herald.txt", Encoding.UTF8.GetBytes(WireStory));
        var other = await ImportAsync("other.txt", Encoding.UTF8.GetBytes(
            "Sylvania's coast guard received patrol boats from Freedonia this week, officials said, but critics in parliament " +
            "questioned the cost of the programme and asked why the boats were bought abroad rather than built at home.\n"));

        other.CopyOfArticleId.Should().BeNull();
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_naming_the_limit_and_nothing_changes()
    {
        _database.Settings.MaxBytes = 64 * 1024;
        var before = await RowCountsAsync();

        var outcome = await ImportAsync("big.txt", Encoding.UTF8.GetBytes(new string('a', 65 * 1024)));

        outcome.Status.Should().Be(ImportStatus.Refused);
        outcome.Message.Should().Contain("64 KB limit");
        (await RowCountsAsync()).Should().Equal(before);
    }

    [Theory]
    [InlineData("../../x.txt", "x.txt")]
    [InlineData("C:\\Users\\me\\story.txt", "story.txt")]
    [InlineData("..", "upload")]
    public async Task Path_parts_of_an_uploaded_name_are_dropped(string name, string stored)
    {
        var outcome = await ImportAsync(name,
            Encoding.UTF8.GetBytes("Freedonia sent drones to Sylvania, officials said on " + name + ".\n"));

        outcome.Name.Should().Be(stored);
        await using var db = _database.NewContext();
        (await db.Articles.SingleAsync()).FileName.Should().Be(stored);
    }

    [Fact]
    public async Task Html_that_is_only_scripts_is_refused_as_having_no_article_text()
    {
        var before = await RowCountsAsync();

        var outcome = await ImportAsync("scripts.html",
            "<html><head><script>var x = 1;</script></head><body><script>go()</script></body></html>"u8.ToArray(),
            contentType: "text/html");

        outcome.Status.Should().Be(ImportStatus.Refused);
        outcome.Message.Should().Contain("no article text");
        (await RowCountsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task When_extraction_throws_the_article_is_still_stored_marked_failed_with_the_reason()
    {
        var outcome = await ImportAsync(
            "hard.txt", Encoding.UTF8.GetBytes(WireStory), new FailingExtractor("the parser met a sentence it could not end"));

        outcome.Status.Should().Be(ImportStatus.ExtractionFailed);
        outcome.Message.Should().Contain("could not end");
        await using var db = _database.NewContext();
        var article = await db.Articles.SingleAsync(a => a.Id == outcome.ArticleId);
        article.ExtractionFailed.Should().BeTrue();
        article.ExtractionError.Should().Be("The extractor failed on this article: the parser met a sentence it could not end",
            "the reason is a sentence for the article page, without the exception's type");
        outcome.Message.Should().NotContain(nameof(InvalidOperationException));
        article.Text.Should().StartWith("Coastal shipyards deliver patrol boats");
        article.OriginalBytes.Should().Equal(Encoding.UTF8.GetBytes(WireStory));
    }
}

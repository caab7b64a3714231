using System.Text;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Import;

public sealed class ArticleImporterTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Stores_the_article_with_its_metadata_text_bytes_and_hash()
    {
        var result = await _database.StoreAsync(Samples.ArticleB(), "b.txt");

        await using var db = _database.NewContext();
        var article = await db.Articles.Include(a => a.Outlet).Include(a => a.Publisher).SingleAsync();
        article.Id.Should().Be(result.ArticleId);
        article.Headline.Should().Be("Drones and shells flow to Sylvania");
        article.Outlet!.Name.Should().Be("Marxonia Times");
        article.Publisher!.Name.Should().Be("Wire Service Weekly");
        article.PublishedOn.Should().Be(new DateOnly(2024, 9, 12));
        article.Text.Should().Be(Samples.TextB);
        article.OriginalBytes.Should().Equal(Encoding.UTF8.GetBytes(Samples.TextB));
        article.ContentHash.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(article.OriginalBytes)));
        article.ContentType.Should().Be("text/plain");
        article.FileName.Should().Be("b.txt");
        article.ImportedAt.Should().Be(_database.Time.Now.UtcDateTime);
        result.Should().BeEquivalentTo(new { AlreadyImported = false, Claims = 2, Stances = 2 });
    }

    [Fact]
    public async Task Importing_the_same_bytes_twice_adds_nothing_and_names_the_existing_article()
    {
        var bytes = Encoding.UTF8.GetBytes("Freedonia has shipped dozens of attack drones to Sylvania.\n");
        ImportOutcome first, second;
        await using (var db = _database.NewContext())
        {
            first = await _database.Importer(db).ImportAsync(new ArticleSource(bytes, "one.txt", "text/plain"));
        }
        await using (var db = _database.NewContext())
        {
            second = await _database.Importer(db).ImportAsync(new ArticleSource(bytes.ToArray(), "renamed.txt", "text/plain"));
        }

        first.Status.Should().Be(ImportStatus.Imported);
        second.Status.Should().Be(ImportStatus.Duplicate);
        second.ArticleId.Should().Be(first.ArticleId);
        second.Message.Should().Contain($"already imported as article {first.ArticleId}");
        await using var check = _database.NewContext();
        (await check.Articles.CountAsync()).Should().Be(1);
        (await check.Articles.SingleAsync()).FileName.Should().Be("one.txt");
    }

    [Fact]
    public async Task Storing_an_extraction_of_bytes_already_stored_adds_nothing()
    {
        var first = await _database.StoreAsync(Samples.ArticleA(), "a.txt");
        var again = await _database.StoreAsync(Samples.ArticleA(), "a-again.txt");

        again.Should().Be(new ImportResult(first.ArticleId, true, 0, 0));
        await using var db = _database.NewContext();
        (await db.Articles.CountAsync()).Should().Be(1);
        (await db.Stances.CountAsync()).Should().Be(3);
        (await db.Actors.CountAsync()).Should().Be(5, "Freedonia, Sylvania, Firefly, the embassy and Trentino");
    }

    [Fact]
    public async Task Decodes_a_utf8_byte_order_mark_away_and_keeps_the_original_bytes()
    {
        var body = "Freedonia’s drones — reported.\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(body)).ToArray();

        await using var db = _database.NewContext();
        var result = await _database.Importer(db).ImportAsync(new ArticleSource(bytes, "bom.txt", "text/plain"));

        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == result.ArticleId);
        article.Text.Should().StartWith("Freedonia’s drones");
        article.Text.Should().NotContain("\uFEFF");
        article.OriginalBytes.Should().Equal(bytes);
        article.Headline.Should().Be("Freedonia’s drones — reported.", "without a headline from the reader the first line stands in");
    }

    [Theory]
    [InlineData("empty.txt", "text/plain", new byte[0])]
    [InlineData("picture.txt", "text/plain", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A })]
    [InlineData("sheet.xlsx", "application/octet-stream", new byte[] { 0x41, 0x42 })]
    public async Task Bytes_that_are_not_an_article_are_refused_with_a_reason_and_nothing_is_stored(
        string fileName, string contentType, byte[] bytes)
    {
        await using var db = _database.NewContext();

        var outcome = await _database.Importer(db).ImportAsync(new ArticleSource(bytes, fileName, contentType));

        outcome.Status.Should().Be(ImportStatus.Refused);
        outcome.ArticleId.Should().BeNull();
        outcome.Message.Should().Contain("accepted");
        (await db.Articles.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Without_a_headline_the_start_of_the_first_line_stands_in_cut_at_a_word()
    {
        var first = "LONDON — " + string.Join(' ', Enumerable.Repeat("Freedonia sent more drones to Sylvania,", 8));
        var article = new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata(null, null, null, null, null, [], null), "\n" + first + "\nSecond line."), []);

        var result = await _database.StoreAsync(article, "long.txt");

        await using var db = _database.NewContext();
        var headline = (await db.Articles.SingleAsync(a => a.Id == result.ArticleId)).Headline;
        headline.Should().EndWith("…").And.StartWith("LONDON — Freedonia sent more drones");
        headline.Length.Should().BeLessThanOrEqualTo(121);
        first.Should().StartWith(headline.TrimEnd('…'));
        headline.TrimEnd('…').Should().NotEndWith(",").And.NotEndWith(" ");
    }
}

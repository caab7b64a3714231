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
    public async Task The_same_claim_from_two_articles_is_one_claim_with_stances_from_both()
    {
        var a = await _database.StoreAsync(Samples.ArticleA(), "a.txt");
        var b = await _database.StoreAsync(Samples.ArticleB(), "b.txt");

        await using var db = _database.NewContext();
        var drones = await db.Claims.Where(c => c.Category == Categories.Drone).Include(c => c.Stances).ToListAsync();
        drones.Should().ContainSingle();
        drones[0].Stances.Select(s => s.ArticleId).Distinct().Should().BeEquivalentTo([a.ArticleId, b.ArticleId]);
        drones[0].Sentence.Should().Be("Freedonia transferred attack drones to Sylvania", "the first article's item names the claim");
        drones[0].Quantity.Should().Be("dozens");
        (await db.Claims.CountAsync()).Should().Be(2, "the shells claim has another category");
    }

    [Fact]
    public async Task The_same_actor_in_two_articles_is_one_actor_with_the_aliases_of_both()
    {
        await _database.StoreAsync(Samples.ArticleA(), "a.txt");
        await _database.StoreAsync(Samples.ArticleB(), "b.txt");

        await using var db = _database.NewContext();
        var fireflies = await db.Actors.Include(a => a.Aliases).Include(a => a.Affiliation).Where(a => a.Name.Contains("Firefly")).ToListAsync();
        fireflies.Should().ContainSingle();
        var firefly = fireflies[0];
        firefly.Aliases.Select(a => a.Name).Should().BeEquivalentTo(["Firefly", "Foreign Minister Firefly"]);
        firefly.Role.Should().Be("Foreign Minister");
        firefly.Kind.Should().Be(ActorKind.Person);
        firefly.Affiliation!.Name.Should().Be(Samples.Freedonia);
        (await db.Stances.CountAsync(s => s.ActorId == firefly.Id)).Should().Be(2);
        (await db.Actors.CountAsync(a => a.Name == Samples.Freedonia)).Should().Be(1, "supplier and affiliation are the same country actor");
    }

    [Fact]
    public async Task Actor_names_match_whatever_their_case_punctuation_and_leading_article()
    {
        var text = "The U.S. Officials said so. US officials repeated it.";
        ExtractedStance Said(string name, string quote) => new(new ExtractedActor(name, ActorKind.Officials, null, "United States"), StanceValue.Supports, [Samples.Span(text, quote)]);
        var article = new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata("Said", null, null, null, null, [], null), text),
            [
                new ExtractedClaim("Freedonia", "Sylvania", "drones", Categories.Drone, null, [Said("U.S. officials", "The U.S. Officials said so")]),
                new ExtractedClaim("Freedonia", "Sylvania", "shells", Categories.ArtilleryAmmunition, null, [Said("the US Officials", "US officials repeated it")]),
            ]);

        await _database.StoreAsync(article, "said.txt");

        await using var db = _database.NewContext();
        (await db.Actors.CountAsync(a => a.Kind == ActorKind.Officials)).Should().Be(1);
        var officials = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Kind == ActorKind.Officials);
        officials.Name.Should().Be("U.S. officials");
        officials.Aliases.Should().BeEmpty("both spellings normalise to the actor's own name");
    }

    [Fact]
    public async Task Each_stance_keeps_its_value_and_evidence_at_the_article_offsets()
    {
        var result = await _database.StoreAsync(Samples.ArticleA(), "a.txt");

        await using var db = _database.NewContext();
        var stances = await db.Stances.Include(s => s.Actor).Include(s => s.Evidence).Where(s => s.ArticleId == result.ArticleId).ToListAsync();
        stances.Select(s => (s.Actor.Name, s.Value)).Should().BeEquivalentTo(new[]
        {
            ("Rufus Firefly", StanceValue.Supports),
            ("Sylvania's embassy", StanceValue.Denies),
            ("Trentino", StanceValue.Neutral),
        });
        stances.Should().OnlyContain(s => s.Origin == StanceOrigin.Extracted && s.RecordedBy == Stance.Extractor && s.Review == StanceReview.Unreviewed);
        var evidence = stances.SelectMany(s => s.Evidence).ToList();
        evidence.Should().HaveCount(4);
        evidence.Should().OnlyContain(e => Samples.TextA.Substring(e.Start, e.End - e.Start) == e.Text);
        stances.Single(s => s.Value == StanceValue.Supports).Evidence.Select(e => e.Position).Should().Equal(1, 2);
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

    [Fact]
    public async Task Evidence_whose_offsets_are_off_is_moved_to_where_its_quote_is_and_a_quote_not_in_the_text_is_dropped()
    {
        var text = "Officials said the drones arrived. Nobody else spoke.";
        var moved = new EvidenceSpan("the drones arrived", 0, 18);
        var missing = new EvidenceSpan("words that are not there", 0, 24);
        var article = new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata("Offsets", null, null, null, null, [], null), text),
            [new ExtractedClaim("Freedonia", "Sylvania", "drones", Categories.Drone, null,
                [new ExtractedStance(Samples.CouncilOfficials, StanceValue.Supports, [moved, missing])])]);

        await _database.StoreAsync(article, "offsets.txt");

        await using var db = _database.NewContext();
        var evidence = await db.Evidence.SingleAsync();
        (evidence.Start, evidence.End, evidence.Text).Should().Be((15, 33, "the drones arrived"));
    }

    [Fact]
    public async Task An_unknown_category_is_stored_as_other_weapons()
    {
        var article = new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata("Lasers", null, null, null, null, [], null), "Freedonia sent lasers."),
            [new ExtractedClaim("Freedonia", "Sylvania", "lasers", "death rays", null, [])]);

        await _database.StoreAsync(article, "lasers.txt");

        await using var db = _database.NewContext();
        (await db.Claims.SingleAsync()).Category.Should().Be(Categories.OtherWeapons);
    }

    [Fact]
    public async Task The_same_actor_twice_on_one_claim_in_one_article_is_one_stance_with_all_its_evidence()
    {
        var text = "Firefly said the drones left. Firefly said it again.";
        var article = new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata("Twice", null, null, null, null, [], null), text),
            [
                new ExtractedClaim("Freedonia", "Sylvania", "drones", Categories.Drone, null, [new ExtractedStance(Samples.Firefly, StanceValue.Supports, [Samples.Span(text, "Firefly said the drones left")])]),
                new ExtractedClaim("Freedonia", "Sylvania", "drones", Categories.Drone, "many", [new ExtractedStance(Samples.Firefly, StanceValue.Supports, [Samples.Span(text, "Firefly said it again")])]),
            ]);

        var result = await _database.StoreAsync(article, "twice.txt");

        result.Should().BeEquivalentTo(new { Claims = 1, Stances = 1 });
        await using var db = _database.NewContext();
        var stance = await db.Stances.Include(s => s.Evidence).Include(s => s.Claim).SingleAsync();
        stance.Evidence.Select(e => e.Text).Should().Equal("Firefly said the drones left", "Firefly said it again");
        stance.Claim.Quantity.Should().Be("many");
    }

    [Theory]
    [InlineData("empty.txt", "text/plain", new byte[0])]
    [InlineData("picture.txt", "text/plain", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A })]
    [InlineData("sheet.xlsx", "application/octet-stream", new byte[] { 0x41, 0x42 })]
    public async Task Bytes_that_are_not_an_article_are_refused_with_a_reason_and_nothing_is_stored(string fileName, string contentType, byte[] bytes)
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
        var article = new ExtractedArticle(new ArticleDocument(new ArticleMetadata(null, null, null, null, null, [], null), "\n" + first + "\nSecond line."), []);

        var result = await _database.StoreAsync(article, "long.txt");

        await using var db = _database.NewContext();
        var headline = (await db.Articles.SingleAsync(a => a.Id == result.ArticleId)).Headline;
        headline.Should().EndWith("…").And.StartWith("LONDON — Freedonia sent more drones");
        headline.Length.Should().BeLessThanOrEqualTo(121);
        first.Should().StartWith(headline.TrimEnd('…'));
        headline.TrimEnd('…').Should().NotEndWith(",").And.NotEndWith(" ");
    }
}

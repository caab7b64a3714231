using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Import;

public sealed class ExtractionWriterTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Each_stance_keeps_its_value_and_evidence_at_the_article_offsets()
    {
        var result = await _database.StoreAsync(Samples.ArticleA(), "a.txt");

        await using var db = _database.NewContext();
        var stances = await db.Stances.Include(s => s.Actor).Include(s => s.Evidence)
            .Where(s => s.ArticleId == result.ArticleId).ToListAsync();
        stances.Select(s => (s.Actor.Name, s.Value)).Should().BeEquivalentTo(new[]
        {
            ("Rufus Firefly", StanceValue.Supports),
            ("Sylvania's embassy", StanceValue.Denies),
            ("Trentino", StanceValue.Neutral),
        });
        stances.Should().OnlyContain(
            s => s.Origin == StanceOrigin.Extracted && s.RecordedBy == Stance.Extractor && s.Review == StanceReview.Unreviewed);
        var evidence = stances.SelectMany(s => s.Evidence).ToList();
        evidence.Should().HaveCount(4);
        evidence.Should().OnlyContain(e => Samples.TextA.Substring(e.Start, e.End - e.Start) == e.Text);
        stances.Single(s => s.Value == StanceValue.Supports).Evidence.Select(e => e.Position).Should().Equal(1, 2);
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
                new ExtractedClaim("Freedonia", "Sylvania", "drones", Categories.Drone, null,
                    [new ExtractedStance(Samples.Firefly, StanceValue.Supports, [Samples.Span(text, "Firefly said the drones left")])]),
                new ExtractedClaim("Freedonia", "Sylvania", "drones", Categories.Drone, "many",
                    [new ExtractedStance(Samples.Firefly, StanceValue.Supports, [Samples.Span(text, "Firefly said it again")])]),
            ]);

        var result = await _database.StoreAsync(article, "twice.txt");

        result.Should().BeEquivalentTo(new { Claims = 1, Stances = 1 });
        await using var db = _database.NewContext();
        var stance = await db.Stances.Include(s => s.Evidence).Include(s => s.Claim).SingleAsync();
        stance.Evidence.Select(e => e.Text).Should().Equal("Firefly said the drones left", "Firefly said it again");
        stance.Claim.Quantity.Should().Be("many");
    }

    [Fact]
    public async Task A_quote_whose_offsets_are_off_but_which_occurs_once_is_written_at_its_real_offsets()
    {
        const string Text = "Officials said the drones arrived. Nobody else spoke.";

        var evidence = await WriteAsync(Text, new EvidenceSpan("the drones arrived", 2, 20));

        evidence.Should().Equal((15, 33, "the drones arrived"));
    }

    [Fact]
    public async Task A_quote_whose_offsets_are_off_and_which_occurs_twice_is_dropped_rather_than_guessed()
    {
        const string Text = "The drones arrived, officials said. The drones arrived, a diplomat said.";

        var evidence = await WriteAsync(Text, new EvidenceSpan("The drones arrived", 3, 21));

        evidence.Should().BeEmpty();
    }

    /// <summary>Writes one stance with <paramref name="spans"/> onto a stored article of <paramref name="text"/>.</summary>
    private async Task<List<(int Start, int End, string Text)>> WriteAsync(string text, params EvidenceSpan[] spans)
    {
        var document = new ArticleDocument(new ArticleMetadata("Quotes", null, null, null, null, [], null), text);
        var stored = await _database.StoreAsync(new ExtractedArticle(document, []), "quotes.txt");
        await using (var db = _database.NewContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == stored.ArticleId);
            ExtractedClaim[] claims =
                [new(Samples.Freedonia, Samples.Sylvania, "drones", Categories.Drone, null,
                    [new ExtractedStance(Samples.CouncilOfficials, StanceValue.Supports, spans)])];
            var written = await TestDatabase.Writer(db)
                .AddExtractionAsync(article, claims, _database.Time.Now.UtcDateTime, "quotes.txt", CancellationToken.None);
            await db.SaveChangesAsync();
            written.Should().Be((1, 1));
        }
        await using var check = _database.NewContext();
        return (await check.Evidence.OrderBy(e => e.Start).Select(e => new { e.Start, e.End, e.Text }).ToListAsync())
            .Select(e => (e.Start, e.End, e.Text)).ToList();
    }
}

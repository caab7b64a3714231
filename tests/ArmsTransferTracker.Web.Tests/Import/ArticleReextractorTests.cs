using System.Text;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Import;

public sealed class ArticleReextractorTests : IDisposable
{
    private const string PatrolBoats =
        "Coastal shipyards deliver patrol boats\n\n" +
        "Freedonia has delivered six patrol boats to Sylvania's coast guard, the navy said on Monday.\n";

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<ImportOutcome> ImportFailingAsync()
    {
        await using var db = _database.NewContext();
        return await _database.Importer(db, new FailingExtractor("boom"))
            .ImportAsync(new ArticleSource(Encoding.UTF8.GetBytes(PatrolBoats), "hard.txt", "text/plain"));
    }

    [Fact]
    public async Task A_failed_extraction_can_be_run_again_and_then_succeeds()
    {
        var failed = await ImportFailingAsync();

        await using var db = _database.NewContext();
        var again = await _database.Reextractor(db, new FixedExtractor(text =>
                [DroneClaim(text, Samples.Firefly, StanceValue.Supports, "Freedonia has delivered six patrol boats")]))
            .ReextractAsync(failed.ArticleId!.Value);

        again.Status.Should().Be(ImportStatus.Imported);
        await using var check = _database.NewContext();
        var article = await check.Articles.Include(a => a.Stances).SingleAsync(a => a.Id == failed.ArticleId);
        article.ExtractionFailed.Should().BeFalse();
        article.Stances.Should().ContainSingle();
    }

    [Fact]
    public async Task A_reextraction_that_throws_records_a_sentence_without_the_exception_type()
    {
        var failed = await ImportFailingAsync();

        await using var db = _database.NewContext();
        var again = await _database.Reextractor(db, new FailingExtractor("the rule broke again")).ReextractAsync(failed.ArticleId!.Value);

        again.Status.Should().Be(ImportStatus.ExtractionFailed);
        again.Message.Should().NotContain(nameof(InvalidOperationException));
        await using var check = _database.NewContext();
        (await check.Articles.Where(a => a.Id == failed.ArticleId).Select(a => a.ExtractionError).SingleAsync())
            .Should().Be("The extractor failed on this article: the rule broke again");
    }

    [Fact]
    public async Task Reextraction_keeps_confirmed_editor_and_rejected_stances_and_replaces_unreviewed_ones()
    {
        var stored = await _database.StoreAsync(Samples.ArticleA(), "a.txt");
        var at = new DateTime(2026, 6, 2, 9, 0, 0, DateTimeKind.Utc);
        await using (var db = _database.NewContext())
        {
            var stances = await db.Stances.Include(s => s.Actor).Include(s => s.Claim).Include(s => s.Article).ToListAsync();
            stances.Single(s => s.Value == StanceValue.Supports).Confirm("ed", at);
            stances.Single(s => s.Value == StanceValue.Denies).Reject("ed", at);
            var claim = stances[0].Claim;
            var council = await db.Actors.AddAsync(new Actor("Grand Council officials", ActorKind.Officials, null, null));
            db.Stances.Add(Stance.ByEditor(claim, council.Entity, stances[0].Article, StanceValue.Supports, "ed", at));
            await db.SaveChangesAsync();
        }

        // The new extractor finds the rejected denial again, a new neutral stance, and drops Trentino's.
        var newsroom = new ExtractedActor("Daily Freedonian", ActorKind.Media, null, null);
        await using (var db = _database.NewContext())
        {
            var outcome = await _database.Reextractor(db, new FixedExtractor(text =>
                [
                    DroneClaim(text, Samples.Embassy, StanceValue.Denies, "Sylvania's embassy denied receiving any drones"),
                    DroneClaim(text, newsroom, StanceValue.Neutral, "declined to comment"),
                ])).ReextractAsync(stored.ArticleId);
            outcome.Status.Should().Be(ImportStatus.Imported);
        }

        await using var check = _database.NewContext();
        var after = await check.Stances.Include(s => s.Actor).OrderBy(s => s.Actor.Name).ToListAsync();
        after.Select(s => (s.Actor.Name, s.Value, s.Review, s.Origin)).Should().BeEquivalentTo(new[]
        {
            ("Daily Freedonian", StanceValue.Neutral, StanceReview.Unreviewed, StanceOrigin.Extracted),
            ("Grand Council officials", StanceValue.Supports, StanceReview.Unreviewed, StanceOrigin.Editor),
            ("Rufus Firefly", StanceValue.Supports, StanceReview.Confirmed, StanceOrigin.Extracted),
            ("Sylvania's embassy", StanceValue.Denies, StanceReview.Rejected, StanceOrigin.Extracted),
        });
    }

    [Fact]
    public async Task Reextraction_keeps_the_ids_and_quote_positions_of_stances_it_finds_again_so_links_keep_working()
    {
        var stored = await _database.StoreAsync(Samples.ArticleA(), "a.txt");
        await using (var db = _database.NewContext())
        {
            await _database.Reextractor(db, new FixedExtractor(text =>
                [
                    DroneClaim(text, Samples.Firefly, StanceValue.Supports, "Freedonia has shipped dozens of attack drones to Sylvania"),
                    DroneClaim(text, Samples.Embassy, StanceValue.Neutral, "Sylvania's embassy denied receiving any drones from Freedonia"),
                ])).ReextractAsync(stored.ArticleId);
        }
        var before = await EvidenceAsync();
        await using (var db = _database.NewContext())
        {
            await _database.Reextractor(db, new FixedExtractor(text =>
                [
                    DroneClaim(text, Samples.Firefly, StanceValue.Supports, "Freedonia has shipped dozens of attack drones to Sylvania"),
                    DroneClaim(text, Samples.Embassy, StanceValue.Denies, "Sylvania's embassy denied receiving any drones from Freedonia"),
                ])).ReextractAsync(stored.ArticleId);
        }

        var after = await EvidenceAsync();
        after.Select(e => (e.StanceId, e.Position, e.Text)).Should().Equal(before.Select(e => (e.StanceId, e.Position, e.Text)));
        after.Select(e => e.Value).Should().Equal(StanceValue.Supports, StanceValue.Denies);
    }

    [Fact]
    public async Task Reextraction_leaves_a_moved_stance_moved_and_a_removed_one_removed()
    {
        var stored = await _database.StoreAsync(Samples.ArticleA(), "a.txt");
        var at = new DateTime(2026, 6, 2, 9, 0, 0, DateTimeKind.Utc);
        await using (var db = _database.NewContext())
        {
            var stances = await db.Stances.Include(s => s.Actor).Include(s => s.Article)
                .Include(s => s.Claim).ThenInclude(c => c.Supplier).Include(s => s.Claim).ThenInclude(c => c.Recipient).ToListAsync();
            var drones = stances[0].Claim;
            var missiles = db.Claims.Add(new Claim(drones.Supplier, drones.Recipient, "missiles", Categories.BallisticMissile, null))
                .Entity;
            await db.SaveChangesAsync();
            stances.Single(s => s.Value == StanceValue.Supports).MoveTo(missiles, "ed", at);
            stances.Single(s => s.Value == StanceValue.Denies).Remove();
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext())
        {
            var outcome = await _database.Reextractor(db, new FixedExtractor(text =>
                [
                    DroneClaim(text, Samples.Firefly, StanceValue.Supports, "Freedonia has shipped dozens of attack drones to Sylvania"),
                    DroneClaim(text, Samples.Embassy, StanceValue.Denies, "Sylvania's embassy denied receiving any drones from Freedonia"),
                ])).ReextractAsync(stored.ArticleId);
            outcome.Status.Should().Be(ImportStatus.Imported);
        }

        await using var check = _database.NewContext();
        var after = await check.Stances.IgnoreQueryFilters().Where(s => s.ArticleId == stored.ArticleId)
            .Select(s => new { s.Actor.Name, s.Claim.Category, s.Removed }).ToListAsync();
        after.Where(s => s.Name == Samples.Firefly.Name).Should().ContainSingle().Which.Category.Should().Be(Categories.BallisticMissile);
        after.Where(s => s.Name == Samples.Embassy.Name).Should().ContainSingle().Which.Removed.Should().BeTrue();
    }

    private async Task<List<(int StanceId, int Position, string Text, StanceValue Value)>> EvidenceAsync()
    {
        await using var db = _database.NewContext();
        return (await db.Evidence.OrderBy(e => e.Start).Select(e => new { e.StanceId, e.Position, e.Text, e.Stance.Value }).ToListAsync())
            .Select(e => (e.StanceId, e.Position, e.Text, e.Value)).ToList();
    }

    private static ExtractedClaim DroneClaim(string text, ExtractedActor actor, StanceValue value, string quote) =>
        new(Samples.Freedonia, Samples.Sylvania, "attack drones", Categories.Drone, null,
            [new ExtractedStance(actor, value, [Samples.Span(text, quote)])]);
}

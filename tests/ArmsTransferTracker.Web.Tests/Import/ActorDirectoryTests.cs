using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Import;

public sealed class ActorDirectoryTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

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
        var fireflies = await db.Actors.Include(a => a.Aliases).Include(a => a.Affiliation)
            .Where(a => a.Name.Contains("Firefly")).ToListAsync();
        fireflies.Should().ContainSingle();
        var firefly = fireflies[0];
        firefly.Aliases.Select(a => a.Name).Should().BeEquivalentTo(["Firefly", "Foreign Minister Firefly"]);
        firefly.Role.Should().Be("Foreign Minister");
        firefly.Kind.Should().Be(ActorKind.Person);
        firefly.Affiliation!.Name.Should().Be(Samples.Freedonia);
        (await db.Stances.CountAsync(s => s.ActorId == firefly.Id)).Should().Be(2);
        (await db.Actors.CountAsync(a => a.Name == Samples.Freedonia))
            .Should().Be(1, "supplier and affiliation are the same country actor");
    }

    [Fact]
    public async Task Actor_names_match_whatever_their_case_punctuation_and_leading_article()
    {
        var text = "The U.S. Officials said so. US officials repeated it.";
        ExtractedStance Said(string name, string quote) =>
            new(new ExtractedActor(name, ActorKind.Officials, null, "United States"), StanceValue.Supports, [Samples.Span(text, quote)]);
        var article = new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata("Said", null, null, null, null, [], null), text),
            [
                new ExtractedClaim("Freedonia", "Sylvania", "drones", Categories.Drone, null,
                    [Said("U.S. officials", "The U.S. Officials said so")]),
                new ExtractedClaim("Freedonia", "Sylvania", "shells", Categories.ArtilleryAmmunition, null,
                    [Said("the US Officials", "US officials repeated it")]),
            ]);

        await _database.StoreAsync(article, "said.txt");

        await using var db = _database.NewContext();
        (await db.Actors.CountAsync(a => a.Kind == ActorKind.Officials)).Should().Be(1);
        var officials = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Kind == ActorKind.Officials);
        officials.Name.Should().Be("U.S. officials");
        officials.Aliases.Should().BeEmpty("both spellings normalise to the actor's own name");
    }

    [Fact]
    public async Task Finds_a_stored_actor_by_one_of_its_aliases()
    {
        var stored = await SaveActorsAsync(new Actor("Rufus Firefly", ActorKind.Person));
        await using (var db = _database.NewContext())
        {
            var firefly = await db.Actors.SingleAsync();
            firefly.AddAlias("Foreign Minister Firefly");
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var found = await new ActorDirectory(check)
            .ActorAsync(new ExtractedActor("Foreign Minister Firefly", ActorKind.Person, null, null), CancellationToken.None);

        found.Id.Should().Be(stored[0].Id);
    }

    [Fact]
    public async Task Follows_a_merged_actor_to_the_actor_it_was_merged_into()
    {
        var stored = await SaveActorsAsync(
            new Actor("Grand Council officials", ActorKind.Officials), new Actor("Council officials", ActorKind.Officials));
        await using (var db = _database.NewContext())
        {
            var actors = await db.Actors.OrderBy(a => a.Id).ToListAsync();
            actors[1].MergeInto(actors[0]);
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var found = await new ActorDirectory(check)
            .ActorAsync(new ExtractedActor("Council officials", ActorKind.Officials, null, null), CancellationToken.None);

        found.Id.Should().Be(stored[0].Id);
        found.Name.Should().Be("Grand Council officials");
    }

    [Fact]
    public async Task A_party_named_twice_in_one_write_is_created_once_as_a_government()
    {
        await using var db = _database.NewContext();
        var directory = new ActorDirectory(db);

        var first = await directory.PartyAsync("Iran", CancellationToken.None);
        var second = await directory.PartyAsync("IRAN", CancellationToken.None);
        await db.SaveChangesAsync();

        second.Should().BeSameAs(first);
        first.Kind.Should().Be(ActorKind.Government);
        (await db.Actors.CountAsync()).Should().Be(1);
    }

    private async Task<List<Actor>> SaveActorsAsync(params Actor[] actors)
    {
        await using var db = _database.NewContext();
        db.Actors.AddRange(actors);
        await db.SaveChangesAsync();
        return [.. actors];
    }
}

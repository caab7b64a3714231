using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;

namespace ArmsTransferTracker.Web.Tests.Export;

/// <summary>
/// The Atom feeds of new and changed claims: valid XML and Atom, the filtered claims only, each entry updated when its claim
/// last changed (stored at <see cref="ExportFactory.Stored"/>, edited later on the test's clock).
/// </summary>
public sealed class ClaimFeedTests(ExportFactory factory) : IClassFixture<ExportFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly Editor Editor = new("feed-test", "editor@example.org");

    private static string ClaimUrl(int id) => $"http://localhost/claims/{id}";

    /// <summary>The feed at <paramref name="url"/>, checked as XML with an Atom root, then loaded as Atom.</summary>
    public static async Task<SyndicationFeed> GetFeedAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        XDocument.Parse(body).Root!.Name.Should().Be(Atom + "feed");
        using var reader = XmlReader.Create(new StringReader(body));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task A_filtered_feed_has_an_entry_per_matching_claim_linking_to_its_page()
    {
        var feed = await GetFeedAsync(factory.CreateClient(), "/feed/claims.atom?supplier=Ruritania&sort=sources");

        int[] ruritanias = [factory.Ids[Claim.RuritaniaDrones], factory.Ids[Claim.RuritaniaJets]];
        feed.Items.Select(i => i.Id).Should().BeEquivalentTo(ruritanias.Select(ClaimUrl));
        feed.Items.Select(i => i.Links.Single().Uri.ToString()).Should().BeEquivalentTo(ruritanias.Select(ClaimUrl));
        feed.Items.Select(i => i.LastUpdatedTime).Should().AllBeEquivalentTo(ExportFactory.Stored, "both were stored then");
        feed.LastUpdatedTime.Should().Be(ExportFactory.Stored);
        feed.Title.Text.Should().Contain("supplier: Ruritania");
        feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString()
            .Should().Be("http://localhost/feed/claims.atom?supplier=Ruritania", "the feed's address keeps the filters, not the sort");
        var drones = feed.Items.Single(i => i.Id == ClaimUrl(factory.Ids[Claim.RuritaniaDrones]));
        drones.Title.Text.Should().Be("Claim: Ruritania sent drones to Latveria (contested)");
        ((TextSyndicationContent)drones.Summary).Text.Should().Be(
            "Status: contested (the supplier's side asserts it; the recipient's government denies it). " +
            "Independent sources: 1 supporting, 1 denying, 0 neutral.");
    }

    [Fact]
    public async Task A_feed_that_matches_nothing_is_empty_and_updated_now()
    {
        var feed = await GetFeedAsync(factory.CreateClient(), "/feed/claims.atom?supplier=Atlantis");

        feed.Items.Should().BeEmpty();
        feed.LastUpdatedTime.Should().Be(factory.Clock.Now);
    }

    [Fact]
    public async Task An_edited_claim_moves_to_the_top_updated_when_it_was_edited()
    {
        var client = factory.CreateClient();
        var airDefence = factory.Ids[Claim.GenoviaAirDefence];
        var rifles = factory.Ids[Claim.GenoviaRifles];
        var before = await GetFeedAsync(client, "/feed/claims.atom?supplier=Genovia");
        var overridden = ExportFactory.Stored.AddDays(3);
        var revalued = ExportFactory.Stored.AddDays(5);

        factory.Clock.Now = overridden;
        var editor = await factory.SignedInAsync(Roles.Editor);
        var claimUrl = $"/claims/{airDefence}";
        var form = (IHtmlFormElement)(await editor.GetDocumentAsync(claimUrl)).QuerySelector("form.override-status")!;
        using var set = await editor.SubmitAsync(form, claimUrl,
            new Dictionary<string, string> { ["Input.Status"] = "Asserted", ["Input.Reason"] = "Both governments confirmed it" });
        set.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var afterOverride = await GetFeedAsync(client, "/feed/claims.atom?supplier=Genovia");
        factory.Clock.Now = revalued;
        await ChangeAStanceAsync(rifles);
        var afterStanceEdit = await GetFeedAsync(client, "/feed/claims.atom?supplier=Genovia");

        before.Items.Select(i => i.LastUpdatedTime).Should().AllBeEquivalentTo(ExportFactory.Stored);
        afterOverride.Items.Select(i => (i.Id, i.LastUpdatedTime)).Should().Equal(
            (ClaimUrl(airDefence), overridden), (ClaimUrl(rifles), ExportFactory.Stored));
        afterOverride.LastUpdatedTime.Should().Be(overridden);
        ((TextSyndicationContent)afterOverride.Items.First().Summary).Text.Should().StartWith(
            "Status: asserted, set by an editor: Both governments confirmed it (the sources: the supplier's side denies it).");
        afterStanceEdit.Items.Select(i => (i.Id, i.LastUpdatedTime)).Should().Equal(
            (ClaimUrl(rifles), revalued), (ClaimUrl(airDefence), overridden));
    }

    /// <summary>An editor turns one of the claim's supporting stances neutral.</summary>
    private async Task ChangeAStanceAsync(int claimId)
    {
        using var scope = factory.Services.CreateScope();
        var stance = await factory.QueryAsync(db => db.Stances.Where(s => s.ClaimId == claimId && s.Value == StanceValue.Supports)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Version }).FirstAsync());
        var result = await scope.ServiceProvider.GetRequiredService<StanceEdits>().ChangeValueAsync(
            stance.Id, stance.Version, StanceValue.Neutral, Editor, "Only hearsay", CancellationToken.None);
        result.Status.Should().Be(EditStatus.Saved, result.Message);
    }

    [Fact]
    public async Task A_claims_own_feed_has_its_one_entry_and_is_advertised_on_its_page()
    {
        var client = factory.CreateClient();
        var drones = factory.Ids[Claim.RuritaniaDrones];
        var page = await client.GetDocumentAsync($"/claims/{drones}");
        var href = page.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;

        var feed = await GetFeedAsync(client, href);

        href.Should().Be($"/feed/claims/{drones}.atom");
        feed.Items.Should().ContainSingle().Which.Id.Should().Be(ClaimUrl(drones));
        feed.Title.Text.Should().StartWith("Claim: Ruritania sent drones to Latveria");
    }

    [Fact]
    public async Task An_unknown_claims_feed_is_a_404_problem_and_a_merged_ones_leads_to_the_survivors()
    {
        var client = factory.CreateClient();
        var (merged, survivor) = await MergeTwoNewClaimsAsync();

        using var unknown = await client.GetAsync("/feed/claims/999999.atom");
        using var moved = await (await factory.ClientAsAsync(null)).GetAsync($"/feed/claims/{merged}.atom");

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        moved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        moved.Headers.Location!.ToString().Should().Be($"/feed/claims/{survivor}.atom");
    }

    /// <summary>Two claims of their own (Vulgaria's), the first merged into the second by an editor.</summary>
    private async Task<(int Merged, int Survivor)> MergeTwoNewClaimsAsync()
    {
        const string text = "Vulgaria arms\n\nVulgaria sent tanks to Bohemia.\n\nVulgaria sent armour to Bohemia.\n";
        var officials = new ExtractedActor("Vulgarian officials", ActorKind.Officials, null, "Vulgaria");
        ExtractedClaim Claim(string item, string category, string quote) => new("Vulgaria", "Bohemia", item, category, null,
            [new ExtractedStance(officials, StanceValue.Supports, [Samples.Span(text, quote)])]);
        await factory.StoreAsync(new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata("Vulgaria arms", "Vulgarian Times", null, null, null, [], null), text),
            [
                Claim("tanks", Categories.ArmouredVehicle, "Vulgaria sent tanks"),
                Claim("armour", Categories.ArtilleryAmmunition, "Vulgaria sent armour"),
            ]),
            "vulgaria.txt");
        var ids = await factory.QueryAsync(db => db.Claims.Where(c => c.Supplier.Name == "Vulgaria").OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Version }).ToListAsync());
        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ClaimEdits>().MergeAsync(
            ids[0].Id, ids[0].Version, ids[1].Id, Editor, "The same transfer", CancellationToken.None);
        result.Status.Should().Be(EditStatus.Saved, result.Message);
        return (ids[0].Id, ids[1].Id);
    }

    [Fact]
    public async Task Actor_and_outlet_pages_advertise_feeds_of_the_claims_they_list()
    {
        var client = factory.CreateClient();
        var zenda = await factory.QueryAsync(db => db.Actors.Where(a => a.Name == "Colonel Zenda").Select(a => a.Id).SingleAsync());
        var post = await factory.QueryAsync(db => db.Outlets.Where(o => o.Name == "Genovia Post").Select(o => o.Id).SingleAsync());

        var actorFeeds = (await client.GetDocumentAsync($"/actors/{zenda}")).Head!
            .QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!).ToList();
        var outletFeed = (await client.GetDocumentAsync($"/outlets/{post}")).Head!
            .QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;

        actorFeeds.Should().Equal("/feed/claims.atom?actor=Colonel%20Zenda");
        (await GetFeedAsync(client, actorFeeds[0])).Items.Select(i => i.Id).Should().BeEquivalentTo(
            new[] { factory.Ids[Claim.RuritaniaDrones], factory.Ids[Claim.GenoviaRifles] }.Select(ClaimUrl));
        outletFeed.Should().Be("/feed/claims.atom?outlet=Genovia%20Post");
        (await GetFeedAsync(client, outletFeed)).Items.Select(i => i.Id).Should().BeEquivalentTo(
            new[] { factory.Ids[Claim.GenoviaRifles], factory.Ids[Claim.GenoviaAirDefence] }.Select(ClaimUrl));
    }

    [Fact]
    public async Task A_party_pages_feeds_follow_the_claims_it_sent_and_received()
    {
        var client = factory.CreateClient();
        var genovia = await factory.QueryAsync(db => db.Actors.Where(a => a.Name == Genovia).Select(a => a.Id).SingleAsync());

        var feeds = (await client.GetDocumentAsync($"/actors/{genovia}")).Head!
            .QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!).ToList();

        feeds.Should().Equal(
            "/feed/claims.atom?actor=Genovia", "/feed/claims.atom?supplier=Genovia", "/feed/claims.atom?recipient=Genovia");
        (await GetFeedAsync(client, feeds[2])).Items.Select(i => i.Id).Should().Equal(ClaimUrl(factory.Ids[Claim.RuritaniaJets]));
    }
}

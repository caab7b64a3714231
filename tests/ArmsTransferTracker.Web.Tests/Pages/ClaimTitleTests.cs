using AngleSharp.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages;

/// <summary>Every page titles a claim as what is claimed, never as fact, with its status beside it.</summary>
public sealed class ClaimTitleTests(LooseEndsFactory factory) : IClassFixture<LooseEndsFactory>
{
    private const string Denied = "Claim: Osterlich sent IRIS-T to Sylvania";
    private const string Unconfirmed = "Claim: Osterlich sent ATACMS to Freedonia";
    private const string Contested = "Claim: Freedonia sent attack drones to Sylvania";

    [Fact]
    public async Task The_claims_list_says_asserted_contested_denied_or_unconfirmed_beside_each_title()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/");

        var titles = Titles(document);
        titles.Should().Contain((Denied, "denied")).And.Contain((Unconfirmed, "unconfirmed")).And.Contain((Contested, "contested"));
        titles.Should().NotContain(t => t.Text.Contains("transferred"));
    }

    [Fact]
    public async Task The_claim_page_heads_itself_with_the_claim_as_claimed_and_its_status()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/claims/{await ClaimIdAsync(Categories.AirDefence)}");

        document.QuerySelector("h1")!.Squish().Should().Be($"{Denied} denied");
        document.Title.Should().StartWith($"{Denied} (denied)");
    }

    [Fact]
    public async Task Article_actor_outlet_and_stance_pages_title_the_claims_they_name_alike()
    {
        var client = factory.CreateClient();
        var ministryId = await factory.QueryAsync(db => db.Actors
            .Where(a => a.Name == LooseEndsFactory.Ministry).Select(a => a.Id).SingleAsync());
        var outletId = await factory.QueryAsync(db => db.Outlets
            .Where(o => o.Name == LooseEndsFactory.Herald).Select(o => o.Id).SingleAsync());
        var stanceId = await factory.QueryAsync(db => db.Stances.Where(s => s.ActorId == ministryId).Select(s => s.Id).SingleAsync());

        Titles(await client.GetDocumentAsync($"/articles/{factory.Undated.ArticleId}")).Should().Contain((Denied, "denied"))
            .And.Contain((Unconfirmed, "unconfirmed"));
        Titles(await client.GetDocumentAsync($"/actors/{ministryId}")).Should().Equal((Denied, "denied"));
        Titles(await client.GetDocumentAsync($"/outlets/{outletId}")).Should().Contain((Denied, "denied"));
        Titles(await client.GetDocumentAsync($"/stances/{stanceId}")).Should().Equal((Denied, "denied"));
    }

    [Fact]
    public async Task The_review_queue_titles_its_claims_alike()
    {
        var editor = await factory.SignedInAsync(Roles.Editor);

        var document = await editor.GetDocumentAsync($"/review?ClaimId={await ClaimIdAsync(Categories.AirDefence)}");

        Titles(document).Should().Equal((Denied, "denied"), (Denied, "denied"));
        document.QuerySelectorAll("#filter-claim option").Select(o => o.TextContent)
            .Should().Contain(o => o.StartsWith($"{Denied} (denied)"));
    }

    private Task<int> ClaimIdAsync(string category) =>
        factory.QueryAsync(db => db.Claims.Where(c => c.Category == category && c.Supplier.Name == LooseEndsFactory.Osterlich)
            .Select(c => c.Id).SingleAsync());

    /// <summary>Each linked claim title with the status beside it.</summary>
    private static List<(string Text, string Status)> Titles(IParentNode document) =>
        document.QuerySelectorAll("main a.claim").Select(a => (a.TextContent, a.NextElementSibling!.TextContent)).ToList();
}

using System.Net;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Review;

/// <summary>The review queue lists unreviewed extracted stances, least sure first, with filters and one-key confirm and reject.</summary>
public sealed class ReviewQueueTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private const string Outlet = "Review Queue Gazette";

    /// <summary>Three stances on a claim of their own (radars to Genovia), with confidences 0.9, 0.2 and 0.5.</summary>
    private async Task<(int ClaimId, int Sure, int Unsure, int Middling)> StoreAsync()
    {
        const string text = "Radars for Genovia\n\nElbonia sold radars to Genovia, the minister said.\n\n"
            + "Genovia denied buying radars.\n\nAnalysts were unsure.\n";
        ExtractedStance Stance(string actor, StanceValue value, string quote, double confidence) =>
            new(new ExtractedActor(actor, ActorKind.Person, null, null), value, [Samples.Span(text, quote)])
                { Confidence = confidence, Rules = ["a-rule"] };
        await factory.StoreAsync(new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata("Radars for Genovia", Outlet, null, null, null, [], null), text),
            [
                new ExtractedClaim("Elbonia", "Genovia", "radars", Categories.AirDefence, null,
                [
                    Stance("Elbonian minister", StanceValue.Supports, "Elbonia sold radars to Genovia", 0.9),
                    Stance("Genovian spokesman", StanceValue.Denies, "Genovia denied buying radars", 0.2),
                    Stance("Radar analyst", StanceValue.Neutral, "Analysts were unsure", 0.5),
                ]),
            ]), "radars.txt");
        return await factory.QueryAsync(async db =>
        {
            var stances = await db.Stances.Where(s => s.Claim.Item == "radars")
                .Select(s => new { s.Id, s.ClaimId, s.Confidence }).ToListAsync();
            return (stances[0].ClaimId, stances.Single(s => s.Confidence == 0.9).Id, stances.Single(s => s.Confidence == 0.2).Id,
                stances.Single(s => s.Confidence == 0.5).Id);
        });
    }

    [Fact]
    public async Task Editors_see_unreviewed_stances_least_sure_first_filtered_with_the_shortcuts_listed_and_confirm_one()
    {
        var (claimId, sure, unsure, middling) = await StoreAsync();
        var editor = await factory.SignedInAsync(Roles.Editor);
        var url = $"/review?ClaimId={claimId}";

        var page = await editor.GetDocumentAsync(url);

        page.QuerySelectorAll(".review-item").Select(i => int.Parse(i.GetAttribute("data-stance-id")!)).Should()
            .Equal(unsure, middling, sure);
        page.QuerySelector(".review-item blockquote mark")!.TextContent.Should().Be("Genovia denied buying radars");
        page.GetElementById("shortcuts")!.Squish().Should().Contain("c confirm").And.Contain("r reject").And.Contain("j next");
        var outletId = await factory.QueryAsync(db => db.Outlets.Where(o => o.Name == Outlet).Select(o => o.Id).SingleAsync());
        (await editor.GetDocumentAsync($"/review?OutletId={outletId}")).QuerySelectorAll(".review-item").Should().HaveCount(3);
        var actorId = await factory.QueryAsync(db => db.Actors.Where(a => a.Name == "Radar analyst").Select(a => a.Id).SingleAsync());
        (await editor.GetDocumentAsync($"/review?ActorId={actorId}")).QuerySelectorAll(".review-item")
            .Select(i => i.GetAttribute("data-stance-id"))
            .Should().Equal(middling.ToString());

        var confirm = (IHtmlFormElement)page.QuerySelector($".review-item[data-stance-id='{unsure}'] form.confirm")!;
        using var response = await editor.SubmitAsync(confirm, url);

        response.Headers.Location!.OriginalString.Should().Be(url, "the editor comes back to the queue as filtered");
        (await factory.QueryAsync(db => db.Stances.Where(s => s.Id == unsure).Select(s => s.Review).SingleAsync())).Should()
            .Be(StanceReview.Confirmed);
        (await editor.GetDocumentAsync(url)).QuerySelectorAll(".review-item").Select(i => int.Parse(i.GetAttribute("data-stance-id")!))
            .Should().Equal(middling, sure);
    }

    [Theory]
    [InlineData(null, "/account/login")]
    [InlineData(Roles.Contributor, "/account/denied")]
    public async Task Below_editor_the_queue_is_refused(string? role, string sentTo)
    {
        var client = await factory.ClientAsAsync(role);

        using var response = await client.GetAsync("/review");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be(sentTo);
    }
}

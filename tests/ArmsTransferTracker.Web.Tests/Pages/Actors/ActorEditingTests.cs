using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Actors;

/// <summary>
/// Editors say what an actor is and whom it speaks for, and merge actors, on the actor page; each kept in history and
/// reversible; anyone else is refused and changes nothing. Each test stores its own article about its own countries.
/// </summary>
public sealed class ActorEditingTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    /// <summary>Two names for one supplier, each in a drone claim, and officials who speak without an affiliation.</summary>
    private async Task<int> StoreAsync(string tag, string supplier)
    {
        var text = $"Drones for Sylvania ({tag})\n\n{supplier} shipped drones to Sylvania, officials said ({tag}).\n";
        var officials = new ExtractedActor($"Freedonian officials {tag}", ActorKind.Officials, null, null);
        var article = new ExtractedArticle(
            new ArticleDocument(
                new ArticleMetadata($"Drones for Sylvania ({tag}, {supplier})", "Daily Freedonian", null, null, null, [], null), text),
            [
                new ExtractedClaim(supplier, $"Sylvania {tag}", "drones", Categories.Drone, null,
                [
                    new ExtractedStance(officials, StanceValue.Supports, [Samples.Span(text, $"{supplier} shipped drones to Sylvania")]),
                ]),
            ]);
        return (await factory.StoreAsync(article, $"{tag}-{supplier}.txt")).ArticleId;
    }

    private Task<int> ActorIdAsync(string name) =>
        factory.QueryAsync(db => db.Actors.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    private Task<ActorState> ActorAsync(int id) => factory.QueryAsync(db => db.Actors.Where(a => a.Id == id)
        .Select(a => new ActorState(a.Kind, a.Role, a.AffiliationId, a.MergedIntoId)).SingleAsync());

    private Task<List<(int Id, int ClaimId, int ActorId, bool Removed)>> StancesAsync(int articleId) => factory.QueryAsync(db =>
        db.Stances.IgnoreQueryFilters().Where(s => s.ArticleId == articleId).OrderBy(s => s.Id)
            .Select(s => ValueTuple.Create(s.Id, s.ClaimId, s.ActorId, s.Removed)).ToListAsync());

    private Task<int> ChangeCountAsync() => factory.QueryAsync(db => db.Changes.CountAsync());

    private static IHtmlFormElement Form(IDocument page, string name) =>
        page.QuerySelector($"form.{name}") as IHtmlFormElement ?? throw new InvalidOperationException($"no form.{name}");

    [Fact]
    public async Task An_editor_affiliates_officials_to_a_country_whose_page_then_lists_their_stances()
    {
        var articleId = await StoreAsync("describe", "Freedonia describe");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var officials = await ActorIdAsync("Freedonian officials describe");
        var country = await ActorIdAsync("Freedonia describe");
        var actorUrl = $"/actors/{officials}";

        using var response = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(actorUrl), "describe-actor"), actorUrl,
            new Dictionary<string, string>
        {
            ["Input.Kind"] = "Government", ["Input.Role"] = "spokespeople", ["Input.Affiliation"] = "Freedonia describe",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ActorAsync(officials)).Should().Be(new ActorState(ActorKind.Government, "spokespeople", country, null));
        var page = await factory.CreateClient().GetDocumentAsync($"/actors/{country}");
        page.QuerySelectorAll(".affiliated li.stance").Select(li => li.GetAttribute("data-stance-id"))
            .Should().Equal((await StancesAsync(articleId)).Select(s => s.Id.ToString()));
        page.QuerySelector(".affiliated a.actor")!.TextContent.Should().Be("Freedonian officials describe");
        (await editor.GetDocumentAsync(actorUrl)).QuerySelector(".history .change")!.Squish().Should()
            .Contain("Described Freedonian officials describe (government, spokespeople, affiliated to Freedonia describe)");
    }

    [Fact]
    public async Task An_affiliation_must_name_a_known_actor()
    {
        await StoreAsync("unknown", "Freedonia unknown");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var officials = await ActorIdAsync("Freedonian officials unknown");
        var actorUrl = $"/actors/{officials}";
        var before = await ActorAsync(officials);

        using var response = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(actorUrl), "describe-actor"), actorUrl,
            new Dictionary<string, string> { ["Input.Kind"] = "Officials", ["Input.Affiliation"] = "Nowhereland" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).GetElementById("edit-error")!.TextContent.Should().Contain("There is no actor named \"Nowhereland\"");
        (await ActorAsync(officials)).Should().Be(before);
    }

    [Fact]
    public async Task Merging_an_actor_moves_its_claims_and_names_redirects_it_and_reverting_restores_every_row()
    {
        var first = await StoreAsync("merge", "Republic of Freedonia merge");
        var second = await StoreAsync("merge", "Freedonia merge");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var merged = await ActorIdAsync("Republic of Freedonia merge");
        var survivor = await ActorIdAsync("Freedonia merge");
        var actorUrl = $"/actors/{merged}";
        var before = (await ActorAsync(merged), await StancesAsync(first), await StancesAsync(second));
        var mergedClaim = before.Item2.Single().ClaimId;
        var survivorClaim = before.Item3.Single().ClaimId;

        using var response = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(actorUrl), "merge-actor"), actorUrl,
            new Dictionary<string, string> { ["Input.IntoName"] = "Freedonia merge" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ActorAsync(merged)).MergedIntoId.Should().Be(survivor);
        var claim = await factory.QueryAsync(db => db.Claims.SingleAsync(c => c.Id == mergedClaim));
        claim.MergedIntoId.Should().Be(survivorClaim, "with its supplier merged the claim says what the other one says");
        (await StancesAsync(first)).Single().Should()
            .Match<(int, int ClaimId, int, bool Removed)>(s => s.ClaimId == survivorClaim && !s.Removed);
        using var old = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(actorUrl);
        old.StatusCode.Should().BeOneOf(HttpStatusCode.Found, HttpStatusCode.MovedPermanently);
        old.Headers.Location!.OriginalString.Should().Be($"/actors/{survivor}");
        var page = await factory.CreateClient().GetDocumentAsync($"/actors/{survivor}");
        page.QuerySelector("dd.aliases")!.TextContent.Should().Contain("Republic of Freedonia merge");
        var change = (await editor.GetDocumentAsync($"/actors/{survivor}")).QuerySelector(".history .change");
        change.Should().BeNull("the survivor itself did not change");
        var changeUrl = (await editor.GetDocumentAsync($"/stances/{before.Item2.Single().Id}"))
            .QuerySelector(".history .change a")!.GetAttribute("href")!;

        using var revert = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(changeUrl), "revert"), changeUrl);

        revert.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ActorAsync(merged), await StancesAsync(first), await StancesAsync(second)).Should().BeEquivalentTo(before);
        (await factory.QueryAsync(db => db.Claims.SingleAsync(c => c.Id == mergedClaim))).MergedIntoId.Should().BeNull();
    }

    [Fact]
    public async Task An_article_naming_a_merged_actor_lands_on_the_survivor()
    {
        await StoreAsync("import", "Freedonia import");
        await StoreAsync("import", "Grand Freedonia import");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var merged = await ActorIdAsync("Grand Freedonia import");
        var survivor = await ActorIdAsync("Freedonia import");
        var actorUrl = $"/actors/{merged}";
        await editor.SubmitAsync(Form(await editor.GetDocumentAsync(actorUrl), "merge-actor"), actorUrl,
            new Dictionary<string, string> { ["Input.IntoName"] = "Freedonia import" });

        var articleId = await StoreAsync("import again", "Grand Freedonia import");

        var claimId = (await StancesAsync(articleId)).Single().ClaimId;
        (await factory.QueryAsync(db => db.Claims.Where(c => c.Id == claimId).Select(c => c.SupplierId).SingleAsync())).Should()
            .Be(survivor);
    }

    [Fact]
    public async Task The_second_of_two_editors_saving_the_same_actor_is_refused_with_its_current_value()
    {
        await StoreAsync("conflict", "Freedonia conflict");
        var officials = await ActorIdAsync("Freedonian officials conflict");
        var actorUrl = $"/actors/{officials}";
        var first = await factory.SignedInAsync(Roles.Editor);
        var second = await factory.SignedInAsync(Roles.Admin);
        var firstPage = await first.GetDocumentAsync(actorUrl);
        var secondPage = await second.GetDocumentAsync(actorUrl);

        using var saved = await first.SubmitAsync(Form(firstPage, "describe-actor"), actorUrl,
            new Dictionary<string, string> { ["Input.Kind"] = "Officials", ["Input.Role"] = "press office" });
        using var refused = await second.SubmitAsync(Form(secondPage, "merge-actor"), actorUrl,
            new Dictionary<string, string> { ["Input.IntoName"] = "Freedonia conflict" });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.ParseAsync()).GetElementById("edit-error")!.TextContent.Should().Be(
            "Not saved: someone else changed this since you opened the page. "
                + "It now reads: Freedonian officials conflict (officials, press office).");
        (await ActorAsync(officials)).Should().Be(new ActorState(ActorKind.Officials, "press office", null, null));
    }

    [Theory]
    [InlineData(null, "/account/login")]
    [InlineData(Roles.Contributor, "/account/denied")]
    public async Task Below_editor_every_actor_handler_is_refused_and_changes_no_row(string? role, string sentTo)
    {
        var tag = $"refused-{role ?? "anonymous"}";
        var articleId = await StoreAsync(tag, $"Freedonia {tag}");
        var officials = await ActorIdAsync($"Freedonian officials {tag}");
        var client = await factory.ClientAsAsync(role);
        var token = ((IHtmlInputElement)(await client.GetDocumentAsync("/account/login"))
            .QuerySelector($"input[name={SignIn.Token}]")!).Value;
        var before = (await ActorAsync(officials), await StancesAsync(articleId));
        var changes = await ChangeCountAsync();

        foreach (var handler in new[] { "Describe", "Merge" })
        {
            using var response = await client.PostAsync($"/actors/{officials}?handler={handler}", new FormUrlEncodedContent(
            [
                new(SignIn.Token, token), new("Input.Version", "0"), new("Input.Kind", "Government"),
                new("Input.Affiliation", $"Freedonia {tag}"),
                new("Input.IntoName", $"Freedonia {tag}"),
            ]));
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, handler);
            response.Headers.Location!.AbsolutePath.Should().Be(sentTo, handler);
        }

        (await ActorAsync(officials), await StancesAsync(articleId)).Should().BeEquivalentTo(before);
        (await ChangeCountAsync()).Should().Be(changes);
    }
}

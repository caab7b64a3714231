using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

/// <summary>
/// Editors correct, merge and split claims on the claim page, each kept in history and reversible; anyone else is refused
/// and changes nothing. Each test stores its own article about its own countries, so tests share no claim.
/// </summary>
public sealed class ClaimEditingTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private sealed record Stored(
        int ArticleId,
        int DroneClaimId,
        int ShellsClaimId,
        int FireflyDroneId,
        int EmbassyDroneId,
        int FireflyShellsId);

    private static string Supplier(string tag) => $"Freedonia {tag}";

    private static string Recipient(string tag) => $"Sylvania {tag}";

    /// <summary>A drone claim with a support and a denial, and a shells claim the same minister supports, in one article.</summary>
    private async Task<Stored> StoreAsync(string tag)
    {
        var articleId = await StoreArticleAsync(tag, "");
        return await factory.QueryAsync(async db =>
        {
            var stances = await db.Stances.Where(s => s.ArticleId == articleId)
                .Select(s => new { s.Id, s.ClaimId, s.Value, s.Claim.Category }).ToListAsync();
            var drone = stances.Where(s => s.Category == Categories.Drone).ToList();
            var shells = stances.Single(s => s.Category == Categories.ArtilleryAmmunition);
            return new Stored(
                articleId,
                drone[0].ClaimId,
                shells.ClaimId,
                drone.Single(s => s.Value == StanceValue.Supports).Id,
                drone.Single(s => s.Value == StanceValue.Denies).Id,
                shells.Id);
        });
    }

    /// <summary>The article of <see cref="StoreAsync"/>; another <paramref name="file"/> stores it again as another article.</summary>
    private async Task<int> StoreArticleAsync(string tag, string file)
    {
        var text = $"Drones for Sylvania ({tag})\n\nMinister Firefly said Freedonia shipped drones to Sylvania ({tag}).\n\n" +
                   $"Sylvania's embassy denied receiving drones ({tag}).\n\nFreedonia also sent shells to Sylvania ({tag}{file}).\n";
        var firefly = new ExtractedActor($"Rufus Firefly {tag}", ActorKind.Person, "Minister", Supplier(tag));
        var embassy = new ExtractedActor($"Sylvanian embassy {tag}", ActorKind.Government, null, Recipient(tag));
        var article = new ExtractedArticle(
            new ArticleDocument(
                new ArticleMetadata($"Drones for Sylvania ({tag}{file})", "Daily Freedonian", null, null, null, [], null), text),
            [
                new ExtractedClaim(Supplier(tag), Recipient(tag), "drones", Categories.Drone, null,
                [
                    new ExtractedStance(firefly, StanceValue.Supports, [Samples.Span(text, "Freedonia shipped drones to Sylvania")]),
                    new ExtractedStance(embassy, StanceValue.Denies, [Samples.Span(text, "denied receiving drones")]),
                ]),
                new ExtractedClaim(Supplier(tag), Recipient(tag), "shells", Categories.ArtilleryAmmunition, null,
                [
                    new ExtractedStance(firefly, StanceValue.Supports, [Samples.Span(text, "Freedonia also sent shells to Sylvania")]),
                ]),
            ]);
        return (await factory.StoreAsync(article, $"{tag}{file}.txt")).ArticleId;
    }

    private Task<ClaimState> ClaimAsync(int id) => factory.QueryAsync(db => db.Claims.Where(c => c.Id == id)
        .Select(c => new ClaimState(c.SupplierId, c.RecipientId, c.Item, c.Category, c.Quantity, c.MergedIntoId)).SingleAsync());

    private Task<StanceState> StanceAsync(int id) => factory.QueryAsync(db => db.Stances.IgnoreQueryFilters().Where(s => s.Id == id)
        .Select(s => new StanceState(s.ClaimId, s.ActorId, s.Value, s.Review, s.ReviewedBy, s.ReviewedAt, s.Removed)).SingleAsync());

    private Task<int> ActorIdAsync(string name) =>
        factory.QueryAsync(db => db.Actors.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    private Task<int> ChangeCountAsync() => factory.QueryAsync(db => db.Changes.CountAsync());

    private static IHtmlFormElement Form(IDocument page, string name) =>
        page.QuerySelector($"form.{name}") as IHtmlFormElement ?? throw new InvalidOperationException($"no form.{name}");

    private static Dictionary<string, string> Fields(
        string supplier, string recipient, string item, string category, string quantity = "") => new()
    {
        ["Input.Supplier"] = supplier, ["Input.Recipient"] = recipient, ["Input.Item"] = item, ["Input.Category"] = category,
        ["Input.Quantity"] = quantity,
    };

    private async Task<HttpResponseMessage> RevertAsync(HttpClient editor, string changeUrl) =>
        await editor.SubmitAsync(Form(await editor.GetDocumentAsync(changeUrl), "revert"), changeUrl);

    [Fact]
    public async Task An_editor_edits_a_claim_naming_a_new_recipient_and_reverting_puts_the_old_one_back()
    {
        var stored = await StoreAsync("edit");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var claimUrl = $"/claims/{stored.DroneClaimId}";
        var before = await ClaimAsync(stored.DroneClaimId);

        using var response = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), "edit-claim"), claimUrl,
            Fields(Supplier("edit"), "Marxonia edit", "attack drones", Categories.Drone, "a dozen"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(claimUrl);
        var marxonia = await factory.QueryAsync(db => db.Actors.SingleAsync(a => a.Name == "Marxonia edit"));
        marxonia.Kind.Should().Be(ActorKind.Government);
        (await ClaimAsync(stored.DroneClaimId)).Should()
            .Be(before with { RecipientId = marxonia.Id, Item = "attack drones", Quantity = "a dozen" });
        var page = await factory.CreateClient().GetDocumentAsync(claimUrl);
        page.QuerySelector("h1 .claim-text")!.TextContent.Should().Be("Claim: Freedonia edit sent attack drones to Marxonia edit");
        var change = page.QuerySelector(".history .change")!;
        change.Squish().Should().Contain("Edited \"Freedonia edit transferred drones to Sylvania edit\"").And.Contain("editor@example.org");

        using var revert = await RevertAsync(editor, change.QuerySelector("a")!.GetAttribute("href")!);

        revert.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ClaimAsync(stored.DroneClaimId)).Should().Be(before);
        (await ActorIdAsync("Marxonia edit")).Should().Be(marxonia.Id, "an actor the change created stays; only the claim goes back");
    }

    [Fact]
    public async Task An_edit_onto_another_claims_supplier_recipient_and_category_is_refused_pointing_at_that_claim()
    {
        var stored = await StoreAsync("collide");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var claimUrl = $"/claims/{stored.DroneClaimId}";
        var before = await ClaimAsync(stored.DroneClaimId);
        var changes = await ChangeCountAsync();

        using var response = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), "edit-claim"), claimUrl,
            Fields(Supplier("collide"), Recipient("collide"), "shells", Categories.ArtilleryAmmunition));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = (await response.ParseAsync()).GetElementById("edit-error")!;
        error.TextContent.Should().Contain($"Claim {stored.ShellsClaimId} already says").And.Contain("merge this claim into it instead");
        error.QuerySelector("a.see-also")!.GetAttribute("href").Should().Be($"/claims/{stored.ShellsClaimId}");
        (await ClaimAsync(stored.DroneClaimId)).Should().Be(before);
        (await ChangeCountAsync()).Should().Be(changes);
    }

    [Fact]
    public async Task Merging_moves_every_stance_removes_a_duplicate_redirects_the_old_address_and_reverting_restores_every_row()
    {
        var stored = await StoreAsync("merge");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var claimUrl = $"/claims/{stored.DroneClaimId}";
        var page = await editor.GetDocumentAsync(claimUrl);
        page.QuerySelectorAll("#merge-into option").Select(o => o.GetAttribute("value")).Should().Contain(stored.ShellsClaimId.ToString());
        var before = (await ClaimAsync(stored.DroneClaimId), await StanceAsync(stored.FireflyDroneId),
            await StanceAsync(stored.EmbassyDroneId));

        using var response = await editor.SubmitAsync(Form(page, "merge-claim"), claimUrl,
            new Dictionary<string, string> { ["Input.IntoId"] = stored.ShellsClaimId.ToString() });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ClaimAsync(stored.DroneClaimId)).MergedIntoId.Should().Be(stored.ShellsClaimId);
        (await StanceAsync(stored.EmbassyDroneId)).ClaimId.Should().Be(stored.ShellsClaimId);
        (await StanceAsync(stored.FireflyDroneId)).Should().Match<StanceState>(s => s.Removed && s.ClaimId == stored.DroneClaimId,
            "the minister already supports the shells claim in this article");
        using var old = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(claimUrl);
        old.StatusCode.Should().BeOneOf(HttpStatusCode.Found, HttpStatusCode.MovedPermanently);
        old.Headers.Location!.OriginalString.Should().Be($"/claims/{stored.ShellsClaimId}");
        (await factory.CreateClient().GetDocumentAsync("/")).QuerySelectorAll($"[data-claim-id='{stored.DroneClaimId}']")
            .Should().BeEmpty();
        var survivor = await factory.CreateClient().GetDocumentAsync($"/claims/{stored.ShellsClaimId}");
        survivor.QuerySelectorAll($"#denies #stance-{stored.EmbassyDroneId}").Should().ContainSingle();
        var removal = (await editor.GetDocumentAsync($"/stances/{stored.FireflyDroneId}")).QuerySelector(".history .change")!;
        removal.Squish().Should().Contain("1 stance moved, 1 removed as the same actor's stance in the same article was already there");

        using var revert = await RevertAsync(editor, removal.QuerySelector("a")!.GetAttribute("href")!);

        revert.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ClaimAsync(stored.DroneClaimId), await StanceAsync(stored.FireflyDroneId), await StanceAsync(stored.EmbassyDroneId))
            .Should().Be(before);
        (await factory.CreateClient().GetDocumentAsync(claimUrl)).QuerySelectorAll("li.stance").Should().HaveCount(2);
    }

    [Fact]
    public async Task A_claim_merges_into_one_given_by_number_and_a_new_article_with_its_key_lands_on_the_survivor()
    {
        var stored = await StoreAsync("number");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var claimUrl = $"/claims/{stored.DroneClaimId}";

        using var response = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), "merge-claim"), claimUrl,
            new Dictionary<string, string> { ["Input.IntoNumber"] = stored.ShellsClaimId.ToString() });
        var again = await StoreArticleAsync("number", " again");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stances = await factory.QueryAsync(db => db.Stances.Where(s => s.ArticleId == again)
            .Select(s => new { s.ClaimId, s.Actor.Name }).ToListAsync());
        stances.Should().Contain(s => s.Name == "Sylvanian embassy number").And.OnlyContain(s => s.ClaimId == stored.ShellsClaimId);
    }

    [Fact]
    public async Task Splitting_moves_the_checked_stances_to_a_new_claim_and_reverting_moves_them_back()
    {
        var stored = await StoreAsync("split");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var claimUrl = $"/claims/{stored.DroneClaimId}";
        var before = await StanceAsync(stored.EmbassyDroneId);
        var fields = Fields(Supplier("split"), "Marxonia split", "drones", Categories.Drone);
        fields["Input.StanceIds"] = stored.EmbassyDroneId.ToString();

        using var response = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), "split-claim"), claimUrl, fields);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var splitId = await factory.QueryAsync(db => db.Claims.Where(c => c.Recipient.Name == "Marxonia split").Select(c => c.Id)
            .SingleAsync());
        response.Headers.Location!.OriginalString.Should().Be($"/claims/{splitId}");
        (await StanceAsync(stored.EmbassyDroneId)).ClaimId.Should().Be(splitId);
        (await StanceAsync(stored.FireflyDroneId)).ClaimId.Should().Be(stored.DroneClaimId);
        var history = (await editor.GetDocumentAsync(claimUrl)).QuerySelector(".history .change")!;
        history.Squish().Should().Contain("Split 1 stance off");

        using var revert = await RevertAsync(editor, history.QuerySelector("a")!.GetAttribute("href")!);

        revert.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StanceAsync(stored.EmbassyDroneId)).Should().Be(before);
        (await factory.CreateClient().GetDocumentAsync(claimUrl)).QuerySelectorAll($"#stance-{stored.EmbassyDroneId}")
            .Should().ContainSingle();
    }

    [Fact]
    public async Task The_second_of_two_editors_saving_the_same_claim_is_refused_with_its_current_value()
    {
        var stored = await StoreAsync("conflict");
        var first = await factory.SignedInAsync(Roles.Editor);
        var second = await factory.SignedInAsync(Roles.Admin);
        var claimUrl = $"/claims/{stored.DroneClaimId}";
        var firstPage = await first.GetDocumentAsync(claimUrl);
        var secondPage = await second.GetDocumentAsync(claimUrl);

        using var saved = await first.SubmitAsync(Form(firstPage, "edit-claim"), claimUrl,
            Fields(Supplier("conflict"), Recipient("conflict"), "drones", Categories.Drone, "twelve"));
        var afterFirst = await ClaimAsync(stored.DroneClaimId);
        using var refused = await second.SubmitAsync(Form(secondPage, "merge-claim"), claimUrl,
            new Dictionary<string, string> { ["Input.IntoId"] = stored.ShellsClaimId.ToString() });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.ParseAsync()).GetElementById("edit-error")!.TextContent.Should().Contain(
            "Not saved: someone else changed this since you opened the page. It now reads: " +
            "\"Freedonia conflict transferred drones to Sylvania conflict\" (drone, twelve).");
        (await ClaimAsync(stored.DroneClaimId)).Should().Be(afterFirst);
        (await StanceAsync(stored.EmbassyDroneId)).ClaimId.Should().Be(stored.DroneClaimId);
    }

    [Theory]
    [InlineData(null, "/account/login")]
    [InlineData(Roles.Contributor, "/account/denied")]
    public async Task Below_editor_every_claim_handler_is_refused_and_changes_no_row(string? role, string sentTo)
    {
        var stored = await StoreAsync($"refused-{role ?? "anonymous"}");
        var client = await factory.ClientAsAsync(role);
        var token = ((IHtmlInputElement)(await client.GetDocumentAsync("/account/login"))
            .QuerySelector($"input[name={SignIn.Token}]")!).Value;
        var before = (await ClaimAsync(stored.DroneClaimId), await StanceAsync(stored.EmbassyDroneId),
            await StanceAsync(stored.FireflyDroneId));
        var actors = await factory.QueryAsync(db => db.Actors.CountAsync());
        var changes = await ChangeCountAsync();

        foreach (var handler in new[] { "Edit", "Merge", "Split" })
        {
            using var response = await client.PostAsync($"/claims/{stored.DroneClaimId}?handler={handler}", new FormUrlEncodedContent(
            [
                new(SignIn.Token, token), new("Input.Version", "0"), new("Input.Supplier", "Marxonia refused"),
                new("Input.Recipient", Recipient("x")),
                new("Input.Item", "drones"), new("Input.Category", Categories.Drone), new("Input.IntoId", stored.ShellsClaimId.ToString()),
                new("Input.StanceIds", stored.EmbassyDroneId.ToString()),
            ]));
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, handler);
            response.Headers.Location!.AbsolutePath.Should().Be(sentTo, handler);
        }

        (await ClaimAsync(stored.DroneClaimId), await StanceAsync(stored.EmbassyDroneId), await StanceAsync(stored.FireflyDroneId))
            .Should().Be(before);
        (await factory.QueryAsync(db => db.Actors.CountAsync())).Should().Be(actors);
        (await ChangeCountAsync()).Should().Be(changes);
    }

    [Fact]
    public async Task Only_editors_see_the_claim_forms()
    {
        var stored = await StoreAsync("forms");
        var claimUrl = $"/claims/{stored.DroneClaimId}";

        (await factory.CreateClient().GetDocumentAsync(claimUrl)).QuerySelectorAll("form.edit-claim, form.merge-claim, form.split-claim")
            .Should().BeEmpty();
        (await (await factory.SignedInAsync(Roles.Contributor)).GetDocumentAsync(claimUrl)).QuerySelectorAll("form.edit-claim")
            .Should().BeEmpty();
        (await (await factory.SignedInAsync(Roles.Editor)).GetDocumentAsync(claimUrl))
            .QuerySelectorAll("form.edit-claim, form.merge-claim, form.split-claim").Should().HaveCount(3);
    }
}

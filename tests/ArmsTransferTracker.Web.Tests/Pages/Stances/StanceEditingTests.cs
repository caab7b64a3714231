using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Stances;

/// <summary>
/// Editors tag stances from the claim and article pages: confirm, reject, change, move, remove, each kept in history and
/// reversible; anyone else is refused and changes nothing. Each test stores its own article, so tests share no stance.
/// </summary>
public sealed class StanceEditingTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private sealed record Stored(int ArticleId, int ClaimId, int SupportId, int DenialId, int ShellsClaimId);

    /// <summary>An article about invented countries: a drone claim with a support and a denial, and a shells claim.</summary>
    private async Task<Stored> StoreAsync(string tag)
    {
        var text = $"Drones for Sylvania ({tag})\n\nMinister Firefly said Freedonia shipped drones to Sylvania ({tag}).\n\n" +
                   $"Sylvania's embassy denied receiving drones ({tag}).\n\nFreedonia also sent shells to Sylvania ({tag}).\n";
        var firefly = new ExtractedActor($"Rufus Firefly {tag}", ActorKind.Person, "Minister", Samples.Freedonia);
        var embassy = new ExtractedActor($"Sylvanian embassy {tag}", ActorKind.Government, null, Samples.Sylvania);
        var article = new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata($"Drones for Sylvania ({tag})", "Daily Freedonian", null, null, null, [], null), text),
            [
                new ExtractedClaim(Samples.Freedonia, Samples.Sylvania, "drones", Categories.Drone, null,
                [
                    new ExtractedStance(firefly, StanceValue.Supports, [Samples.Span(text, "Freedonia shipped drones to Sylvania")])
                        { Confidence = 0.83, Rules = ["speaker-of-said", "transfer-verb"] },
                    new ExtractedStance(embassy, StanceValue.Denies, [Samples.Span(text, "denied receiving drones")]),
                ]),
                new ExtractedClaim(Samples.Freedonia, Samples.Sylvania, "shells", Categories.ArtilleryAmmunition, null,
                [
                    new ExtractedStance(firefly, StanceValue.Supports, [Samples.Span(text, "Freedonia also sent shells to Sylvania")]),
                ]),
            ]);
        var result = await factory.StoreAsync(article, $"{tag}.txt");
        return await factory.QueryAsync(async db =>
        {
            var stances = await db.Stances.Where(s => s.ArticleId == result.ArticleId)
                .Select(s => new { s.Id, s.ClaimId, s.Value, s.Claim.Category }).ToListAsync();
            var drone = stances.Where(s => s.Category == Categories.Drone).ToList();
            return new Stored(
                result.ArticleId,
                drone[0].ClaimId,
                drone.Single(s => s.Value == StanceValue.Supports).Id,
                drone.Single(s => s.Value == StanceValue.Denies).Id,
                stances.Single(s => s.Category == Categories.ArtilleryAmmunition).ClaimId);
        });
    }

    private Task<(StanceValue Value, StanceReview Review, string? ReviewedBy, bool Removed, int ClaimId, int Version)> StanceAsync(
        int id) =>
        factory.QueryAsync(db => db.Stances.IgnoreQueryFilters().Where(s => s.Id == id)
            .Select(s => ValueTuple.Create(s.Value, s.Review, s.ReviewedBy, s.Removed, s.ClaimId, s.Version)).SingleAsync());

    private Task<int> ChangeCountAsync() => factory.QueryAsync(db => db.Changes.CountAsync());

    private static IHtmlFormElement Form(IDocument page, int stanceId, string action) =>
        page.QuerySelector($".stance-controls[data-stance-id='{stanceId}'] form.{action}") as IHtmlFormElement
        ?? throw new InvalidOperationException($"no {action} form for stance {stanceId}");

    [Fact]
    public async Task An_editor_confirms_a_stance_on_the_claim_page_and_comes_back_to_it_with_the_change_in_history()
    {
        var stored = await StoreAsync("confirm");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var claimUrl = $"/claims/{stored.ClaimId}";

        using var response = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), stored.SupportId, "confirm"), claimUrl);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be($"{claimUrl}#stance-{stored.SupportId}");
        (await StanceAsync(stored.SupportId)).Should().Match<(StanceValue, StanceReview Review, string? By, bool, int, int)>(
            s => s.Review == StanceReview.Confirmed && s.By == "editor@example.org");
        var page = await editor.GetDocumentAsync(claimUrl);
        page.GetElementById("edit-notice")!.TextContent.Should().StartWith($"Confirmed: Rufus Firefly confirm supports");
        page.QuerySelector($".stance-controls[data-stance-id='{stored.SupportId}'] .review")!.TextContent.Should()
            .Be("confirmed by editor@example.org");
        page.QuerySelector($".stance-controls[data-stance-id='{stored.SupportId}'] form.confirm").Should().BeNull();
        var history = (await editor.GetDocumentAsync($"/stances/{stored.SupportId}")).QuerySelectorAll(".history .change");
        history.Should().ContainSingle().Which.Squish().Should().Contain("Confirmed: Rufus Firefly confirm supports")
            .And.Contain("editor@example.org");
        var change = await editor.GetDocumentAsync(history[0].QuerySelector("a")!.GetAttribute("href")!);
        change.QuerySelectorAll("table.entries tbody tr").Select(r => r.Squish())
            .Should().Contain($"Stance {stored.SupportId} review Unreviewed Confirmed");
    }

    [Fact]
    public async Task Only_editors_see_how_a_stance_was_found_and_the_controls()
    {
        var stored = await StoreAsync("provenance");
        var claimUrl = $"/claims/{stored.ClaimId}";

        var anonymous = await factory.CreateClient().GetDocumentAsync(claimUrl);
        var contributor = await (await factory.SignedInAsync(Roles.Contributor)).GetDocumentAsync(claimUrl);
        var editor = await (await factory.SignedInAsync(Roles.Editor)).GetDocumentAsync(claimUrl);

        anonymous.QuerySelectorAll(".stance-controls").Should().BeEmpty();
        contributor.QuerySelectorAll(".stance-controls").Should().BeEmpty();
        var controls = editor.QuerySelector($".stance-controls[data-stance-id='{stored.SupportId}']")!;
        controls.QuerySelector(".confidence")!.TextContent.Should().Be("confidence 0.83");
        controls.QuerySelector(".rules")!.TextContent.Should().Be("rules: speaker-of-said, transfer-verb");
        controls.QuerySelector(".review")!.TextContent.Should().Be("not reviewed");
    }

    [Fact]
    public async Task An_editor_changes_a_stances_value_on_the_article_page_and_the_claim_page_regroups_it()
    {
        var stored = await StoreAsync("value");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var articleUrl = $"/articles/{stored.ArticleId}";

        using var response = await editor.SubmitAsync(
            Form(await editor.GetDocumentAsync(articleUrl), stored.DenialId, "change-value"), articleUrl,
            new Dictionary<string, string> { ["Input.Value"] = "Neutral" });

        response.Headers.Location!.OriginalString.Should().Be($"{articleUrl}#stance-{stored.DenialId}");
        (await StanceAsync(stored.DenialId)).Value.Should().Be(StanceValue.Neutral);
        (await StanceAsync(stored.DenialId)).Review.Should()
            .Be(StanceReview.Confirmed, "an editor's value is a reviewed one, which re-extraction keeps");
        var claim = await factory.CreateClient().GetDocumentAsync($"/claims/{stored.ClaimId}");
        claim.QuerySelectorAll("#neutral li.stance").Select(li => li.GetAttribute("data-stance-id")).Should()
            .Contain(stored.DenialId.ToString());
        claim.QuerySelectorAll("#denies li.stance").Select(li => li.GetAttribute("data-stance-id")).Should()
            .NotContain(stored.DenialId.ToString());
    }

    [Fact]
    public async Task A_rejected_stance_leaves_the_public_pages_but_keeps_its_own_page()
    {
        var stored = await StoreAsync("reject");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var claimUrl = $"/claims/{stored.ClaimId}";

        await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), stored.DenialId, "reject"), claimUrl);

        (await StanceAsync(stored.DenialId)).Review.Should().Be(StanceReview.Rejected);
        (await factory.CreateClient().GetDocumentAsync(claimUrl)).QuerySelectorAll($"#stance-{stored.DenialId}").Should().BeEmpty();
        (await factory.CreateClient().GetDocumentAsync($"/stances/{stored.DenialId}")).QuerySelector(".review")!.TextContent.Should()
            .Be("rejected by editor@example.org");
    }

    [Fact]
    public async Task A_removed_stance_is_gone_everywhere_and_reverting_its_removal_brings_it_back()
    {
        var stored = await StoreAsync("remove");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var articleUrl = $"/articles/{stored.ArticleId}";

        await editor.SubmitAsync(Form(await editor.GetDocumentAsync(articleUrl), stored.SupportId, "remove"), articleUrl);

        (await StanceAsync(stored.SupportId)).Removed.Should().BeTrue();
        (await factory.CreateClient().GetDocumentAsync($"/claims/{stored.ClaimId}")).QuerySelectorAll($"#stance-{stored.SupportId}")
            .Should().BeEmpty();
        (await factory.CreateClient().GetDocumentAsync(articleUrl)).QuerySelectorAll(".article-text mark").Select(m => m.TextContent)
            .Should().NotContain("Freedonia shipped drones to Sylvania");
        var stancePage = await editor.GetDocumentAsync($"/stances/{stored.SupportId}");
        stancePage.QuerySelector(".removed")!.TextContent.Should().StartWith("An editor removed this stance");
        var changeUrl = stancePage.QuerySelector(".history .change a")!.GetAttribute("href")!;

        using var revert = await editor.SubmitAsync(
            (IHtmlFormElement)(await editor.GetDocumentAsync(changeUrl)).QuerySelector("form.revert")!, changeUrl,
            new Dictionary<string, string> { ["Input.Reason"] = "removed by mistake" });

        revert.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StanceAsync(stored.SupportId)).Removed.Should().BeFalse();
        (await factory.CreateClient().GetDocumentAsync($"/claims/{stored.ClaimId}")).QuerySelectorAll($"#stance-{stored.SupportId}")
            .Should().ContainSingle();
        var history = (await editor.GetDocumentAsync($"/stances/{stored.SupportId}")).QuerySelectorAll(".history .change")
            .Select(c => c.Squish()).ToList();
        history.Should().HaveCount(2);
        history[0].Should().StartWith("Reverted change").And.Contain("removed by mistake");
        history[1].Should().Contain("reverted by change");
    }

    [Fact]
    public async Task A_change_is_reverted_once_and_not_when_its_stance_has_changed_since()
    {
        var stored = await StoreAsync("revert-guards");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var claimUrl = $"/claims/{stored.ClaimId}";
        await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), stored.SupportId, "confirm"), claimUrl);
        var confirmUrl = (await editor.GetDocumentAsync($"/stances/{stored.SupportId}")).QuerySelector(".history .change a")!
            .GetAttribute("href")!;
        var staleRevertForm = (IHtmlFormElement)(await editor.GetDocumentAsync(confirmUrl)).QuerySelector("form.revert")!;
        await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), stored.SupportId, "change-value"), claimUrl,
            new Dictionary<string, string> { ["Input.Value"] = "Denies" });
        var before = await StanceAsync(stored.SupportId);

        using var refused = await editor.SubmitAsync(staleRevertForm, confirmUrl);

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.ParseAsync()).GetElementById("edit-error")!.TextContent.Should().Contain("has changed since");
        (await StanceAsync(stored.SupportId)).Should().Be(before);
    }

    [Fact]
    public async Task An_editor_moves_a_stance_to_another_claim_but_not_onto_a_stance_the_actor_already_has_there()
    {
        var stored = await StoreAsync("move");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var stanceUrl = $"/stances/{stored.DenialId}";
        var changes = await ChangeCountAsync();

        using var moved = await editor.SubmitAsync(
            (IHtmlFormElement)(await editor.GetDocumentAsync(stanceUrl)).QuerySelector("form.move")!, stanceUrl,
            new Dictionary<string, string> { ["Input.ClaimId"] = stored.ShellsClaimId.ToString() });
        var supportUrl = $"/stances/{stored.SupportId}";
        using var refused = await editor.SubmitAsync(
            (IHtmlFormElement)(await editor.GetDocumentAsync(supportUrl)).QuerySelector("form.move")!, supportUrl,
            new Dictionary<string, string> { ["Input.ClaimId"] = stored.ShellsClaimId.ToString() });

        moved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StanceAsync(stored.DenialId)).ClaimId.Should().Be(stored.ShellsClaimId);
        (await factory.CreateClient().GetDocumentAsync($"/claims/{stored.ShellsClaimId}"))
            .QuerySelectorAll($"#denies #stance-{stored.DenialId}").Should().ContainSingle();
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.ParseAsync()).GetElementById("edit-error")!.TextContent.Should().Contain("already has a stance on");
        (await StanceAsync(stored.SupportId)).ClaimId.Should().Be(stored.ClaimId);
        (await ChangeCountAsync()).Should().Be(changes + 1);
    }

    [Fact]
    public async Task The_second_of_two_editors_saving_the_same_stance_is_refused_with_its_current_value()
    {
        var stored = await StoreAsync("conflict");
        var first = await factory.SignedInAsync(Roles.Editor);
        var second = await factory.SignedInAsync(Roles.Admin);
        var articleUrl = $"/articles/{stored.ArticleId}";
        var firstPage = await first.GetDocumentAsync(articleUrl);
        var secondPage = await second.GetDocumentAsync(articleUrl);

        using var saved = await first.SubmitAsync(Form(firstPage, stored.DenialId, "change-value"), articleUrl,
            new Dictionary<string, string> { ["Input.Value"] = "Supports" });
        using var refused = await second.SubmitAsync(Form(secondPage, stored.DenialId, "reject"), articleUrl);

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.ParseAsync()).GetElementById("edit-error")!.TextContent.Should()
            .Be("Not saved: someone else changed this since you opened the page. It now reads: " +
                "Sylvanian embassy conflict supports \"Freedonia transferred drones to Sylvania\", confirmed by editor@example.org.");
        (await StanceAsync(stored.DenialId)).Should().Match<(StanceValue Value, StanceReview Review, string?, bool, int, int)>(
            s => s.Value == StanceValue.Supports && s.Review == StanceReview.Confirmed);
    }

    [Theory]
    [InlineData(null, "/account/login")]
    [InlineData(Roles.Contributor, "/account/denied")]
    public async Task Below_editor_every_stance_handler_is_refused_and_changes_no_row(string? role, string sentTo)
    {
        var stored = await StoreAsync($"refused-{role ?? "anonymous"}");
        var client = await factory.ClientAsAsync(role);
        var token = ((IHtmlInputElement)(await client.GetDocumentAsync("/account/login"))
            .QuerySelector($"input[name={SignIn.Token}]")!).Value;
        var before = await StanceAsync(stored.DenialId);
        var changes = await ChangeCountAsync();

        foreach (var handler in new[] { "Confirm", "Reject", "Value", "Move", "Remove" })
        {
            using var response = await client.PostAsync($"/stances/{stored.DenialId}?handler={handler}", new FormUrlEncodedContent(
            [
                new(SignIn.Token, token), new("Input.Version", before.Version.ToString()), new("Input.Value", "Supports"),
                new("Input.ClaimId", stored.ShellsClaimId.ToString()),
            ]));
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, handler);
            response.Headers.Location!.AbsolutePath.Should().Be(sentTo, handler);
        }

        (await StanceAsync(stored.DenialId)).Should().Be(before);
        (await ChangeCountAsync()).Should().Be(changes);
    }
}

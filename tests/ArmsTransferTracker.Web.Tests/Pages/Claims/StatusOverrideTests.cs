using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ArmsTransferTracker.Web.Tests.Pages.Claims.ClaimStories;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

/// <summary>
/// Editors set a claim's status over what its sources say, with a reason, and clear it; each is a change in history.
/// Anyone else is refused and changes nothing.
/// </summary>
public sealed class StatusOverrideTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    /// <summary>A claim only the recipient's envoy speaks of, denying it: its sources make it "denied".</summary>
    private async Task<int> StoreAsync(string tag)
    {
        Voice[] voices = [new(RecipientOfficial(tag), StanceValue.Denies, $"The envoy denied receiving drones ({tag}).")];
        await factory.StoreAsync(Article(tag, $"Drones for Sylvania {tag}", new DateOnly(2024, 9, 10), voices), $"{tag}.txt");
        return await factory.ClaimIdAsync(tag);
    }

    private Task<StatusOverride?> OverrideAsync(int claimId) => factory.QueryAsync(db => db.Claims
        .Where(c => c.Id == claimId)
        .Select(c => c.StatusOverride == null
            ? null
            : new StatusOverride(c.StatusOverride.Value, c.StatusOverrideReason!, c.StatusOverrideBy!, c.StatusOverrideAt!.Value))
        .SingleAsync());

    private Task<int> ChangeCountAsync() => factory.QueryAsync(db => db.Changes.CountAsync());

    private static IHtmlFormElement Form(IDocument page, string name) =>
        page.QuerySelector($"form.{name}") as IHtmlFormElement ?? throw new InvalidOperationException($"no form.{name}");

    [Fact]
    public async Task An_editor_sets_the_status_with_a_reason_then_clears_it_each_kept_in_history()
    {
        var claimId = await StoreAsync("override");
        var claimUrl = $"/claims/{claimId}";
        var editor = await factory.SignedInAsync(Roles.Editor);

        using var set = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), "override-status"), claimUrl,
            new Dictionary<string, string> { ["Input.Status"] = "Contested", ["Input.Reason"] = "Satellite images show deliveries" });

        set.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await OverrideAsync(claimId);
        stored.Should().BeEquivalentTo(new { Status = ClaimStatus.Contested, Reason = "Satellite images show deliveries",
            By = "editor@example.org" });
        var page = await factory.CreateClient().GetDocumentAsync(claimUrl);
        page.QuerySelector("h1 .claim-status")!.TextContent.Should().Be("contested");
        page.QuerySelector(".status-reason")!.Squish().Should().Be("the recipient's side denies it");
        var shown = page.QuerySelector(".status-override")!;
        shown.QuerySelector(".by")!.TextContent.Should().Be("editor@example.org");
        shown.QuerySelector("time")!.GetAttribute("datetime").Should().Be(stored!.At.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        shown.QuerySelector(".reason")!.TextContent.Should().Be("“Satellite images show deliveries”");
        shown.QuerySelector(".from-sources")!.TextContent.Should().Be("denied");
        var rating = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)
            .RootElement.GetProperty("reviewRating");
        (rating.GetProperty("alternateName").GetString(), rating.GetProperty("ratingExplanation").GetString())
            .Should().Be(("contested", "Satellite images show deliveries"));
        var change = page.QuerySelector(".history .change")!;
        change.Squish().Should().Contain("Set the status of").And.Contain("to contested").And.Contain("editor@example.org")
            .And.Contain("Satellite images show deliveries");

        using var cleared = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), "clear-status"), claimUrl);

        cleared.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await OverrideAsync(claimId)).Should().BeNull();
        page = await factory.CreateClient().GetDocumentAsync(claimUrl);
        page.QuerySelector("h1 .claim-status")!.TextContent.Should().Be("denied");
        page.QuerySelector(".status-override").Should().BeNull();
        page.QuerySelectorAll(".history .change").Select(c => c.QuerySelector("a")!.TextContent)
            .Should().HaveCount(2).And.Subject.First().Should().StartWith("Cleared the status set on");
    }

    [Fact]
    public async Task Reverting_the_change_that_set_the_status_lets_the_sources_decide_again()
    {
        var claimId = await StoreAsync("override-revert");
        var claimUrl = $"/claims/{claimId}";
        var editor = await factory.SignedInAsync(Roles.Editor);
        using var set = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), "override-status"), claimUrl,
            new Dictionary<string, string> { ["Input.Status"] = "Asserted", ["Input.Reason"] = "The envoy later admitted it" });
        var changeUrl = (await editor.GetDocumentAsync(claimUrl)).QuerySelector(".history .change a")!.GetAttribute("href")!;

        using var revert = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(changeUrl), "revert"), changeUrl);

        revert.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await OverrideAsync(claimId)).Should().BeNull();
        (await factory.CreateClient().GetDocumentAsync(claimUrl)).QuerySelector("h1 .claim-status")!.TextContent.Should().Be("denied");
    }

    [Fact]
    public async Task An_override_without_a_reason_is_refused_and_changes_nothing()
    {
        var claimId = await StoreAsync("no-reason");
        var claimUrl = $"/claims/{claimId}";
        var editor = await factory.SignedInAsync(Roles.Editor);
        var changes = await ChangeCountAsync();

        using var response = await editor.SubmitAsync(Form(await editor.GetDocumentAsync(claimUrl), "override-status"), claimUrl,
            new Dictionary<string, string> { ["Input.Status"] = "Asserted", ["Input.Reason"] = " " });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector("#edit-error")!.TextContent.Should().Contain("Say why the status differs");
        (await OverrideAsync(claimId)).Should().BeNull();
        (await ChangeCountAsync()).Should().Be(changes);
    }

    [Theory]
    [InlineData(null, "/account/login")]
    [InlineData(Roles.Contributor, "/account/denied")]
    public async Task Below_editor_setting_or_clearing_the_status_is_refused_and_changes_nothing(string? role, string sentTo)
    {
        var claimId = await StoreAsync($"override-refused-{role ?? "anonymous"}");
        var client = await factory.ClientAsAsync(role);
        (await client.GetDocumentAsync($"/claims/{claimId}")).QuerySelectorAll("form.override-status, form.clear-status")
            .Should().BeEmpty("only editors see the forms");
        var token = ((IHtmlInputElement)(await client.GetDocumentAsync("/account/login"))
            .QuerySelector($"input[name={SignIn.Token}]")!).Value;
        var changes = await ChangeCountAsync();

        foreach (var handler in new[] { "OverrideStatus", "ClearStatus" })
        {
            using var response = await client.PostAsync($"/claims/{claimId}?handler={handler}", new FormUrlEncodedContent(
            [
                new(SignIn.Token, token), new("Input.Version", "0"), new("Input.Status", "Asserted"), new("Input.Reason", "I say so"),
            ]));
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, handler);
            response.Headers.Location!.AbsolutePath.Should().Be(sentTo, handler);
        }

        (await OverrideAsync(claimId)).Should().BeNull();
        (await ChangeCountAsync()).Should().Be(changes);
    }
}

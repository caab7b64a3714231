using System.Net;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Articles;

/// <summary>Editors tag a new stance on the article page, and delete an article; both are in history and can be reverted.</summary>
public sealed class TaggingTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private const string Quote = "the Grand Council denied any role";

    private async Task<(int ArticleId, int ClaimId, string Text)> StoreAsync(string tag)
    {
        var text = $"Boats for Sylvania ({tag})\n\nFreedonia delivered patrol boats to Sylvania ({tag}), the navy said.\n\n" +
                   $"In Sylvania the Grand Council denied any role ({tag}).\n";
        var navy = new ExtractedActor($"Freedonian navy {tag}", ActorKind.Government, null, Samples.Freedonia);
        var article = new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata($"Boats for Sylvania ({tag})", "Daily Freedonian", null, null, null, [], null), text),
            [
                new ExtractedClaim(Samples.Freedonia, Samples.Sylvania, "patrol boats", Categories.OtherWeapons, null,
                    [new ExtractedStance(navy, StanceValue.Supports,
                        [Samples.Span(text, "Freedonia delivered patrol boats to Sylvania")])]),
            ]);
        var stored = await factory.StoreAsync(article, $"{tag}.txt");
        var claimId = await factory.QueryAsync(db => db.Stances.Where(s => s.ArticleId == stored.ArticleId).Select(s => s.ClaimId)
            .SingleAsync());
        return (stored.ArticleId, claimId, text);
    }

    private static IHtmlFormElement AddForm(AngleSharp.Dom.IDocument page) => (IHtmlFormElement)page.GetElementById("add-stance")!;

    [Fact]
    public async Task A_selected_quote_becomes_an_editors_stance_with_its_offsets_and_shows_on_the_claim_page()
    {
        var (articleId, claimId, text) = await StoreAsync("selection");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var url = $"/articles/{articleId}";
        var start = text.IndexOf(Quote, StringComparison.Ordinal);
        var page = await editor.GetDocumentAsync(url);
        var paragraph = page.QuerySelectorAll(".article-text p[data-start]").Single(p => p.TextContent.Contains(Quote));
        int.Parse(paragraph.GetAttribute("data-start")!).Should().Be(text.IndexOf("In Sylvania", StringComparison.Ordinal),
            "a paragraph says where it starts in the text, for the selection script");

        using var response = await editor.SubmitAsync(AddForm(page), url, new Dictionary<string, string>
        {
            // A selection often takes the space before it; the stored quote is trimmed.
            ["Input.Start"] = (start - 1).ToString(), ["Input.End"] = (start + Quote.Length).ToString(), ["Input.Quote"] = " " + Quote,
            ["Input.ActorName"] = "Grand Council of Sylvania", ["Input.ActorKind"] = "Government", ["Input.Value"] = "Denies",
            ["Input.ClaimId"] = claimId.ToString(),
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stance = await factory.QueryAsync(db => db.Stances
            .Where(s => s.ArticleId == articleId && s.Actor.Name == "Grand Council of Sylvania")
            .Select(s => new { s.Id, s.Value, s.Origin, s.RecordedBy,
                Evidence = s.Evidence.Select(e => new { e.Start, e.End, e.Text }).Single() })
            .SingleAsync());
        stance.Value.Should().Be(StanceValue.Denies);
        stance.Origin.Should().Be(StanceOrigin.Editor);
        stance.RecordedBy.Should().Be("editor@example.org");
        stance.Evidence.Should().Be(new { Start = start, End = start + Quote.Length, Text = Quote });
        var claim = await factory.CreateClient().GetDocumentAsync($"/claims/{claimId}");
        claim.QuerySelectorAll($"#denies #stance-{stance.Id} blockquote").Single().TextContent.Trim().Should().Be(Quote);
        (await editor.GetDocumentAsync($"/stances/{stance.Id}")).QuerySelector(".history .change")!.Squish().Should()
            .StartWith("Added: Grand Council of Sylvania denies");
    }

    [Fact]
    public async Task Without_a_selection_a_pasted_quote_is_found_in_the_text_and_a_new_claim_can_be_named()
    {
        var (articleId, _, text) = await StoreAsync("pasted");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var url = $"/articles/{articleId}";

        using var response = await editor.SubmitAsync(AddForm(await editor.GetDocumentAsync(url)), url, new Dictionary<string, string>
        {
            ["Input.Quote"] = Quote, ["Input.ActorName"] = "Sylvanian council pasted", ["Input.Value"] = "Neutral", ["Input.ClaimId"] = "",
            ["Input.Supplier"] = "Osterlich", ["Input.Recipient"] = "Sylvania", ["Input.Item"] = "radars",
            ["Input.Category"] = Categories.AirDefence,
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stance = await factory.QueryAsync(db => db.Stances.Where(s => s.Actor.Name == "Sylvanian council pasted")
            .Select(s => new { s.Claim.Sentence, s.Claim.Category, s.Evidence.Single().Start }).SingleAsync());
        stance.Sentence.Should().Be("Osterlich transferred radars to Sylvania");
        stance.Start.Should().Be(text.IndexOf(Quote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quote_not_in_the_text_is_refused_and_stores_nothing()
    {
        var (articleId, claimId, _) = await StoreAsync("absent");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var url = $"/articles/{articleId}";
        var before = await factory.QueryAsync(db => db.Stances.CountAsync());

        using var response = await editor.SubmitAsync(AddForm(await editor.GetDocumentAsync(url)), url, new Dictionary<string, string>
        {
            ["Input.Quote"] = "words the article never printed", ["Input.ActorName"] = "Someone", ["Input.ClaimId"] = claimId.ToString(),
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).GetElementById("edit-error")!.TextContent.Should().Contain("The quote is not in the article's text");
        (await factory.QueryAsync(db => db.Stances.CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task A_deleted_article_leaves_every_page_and_reverting_the_deletion_brings_it_back()
    {
        var (articleId, claimId, _) = await StoreAsync("deleted");
        var editor = await factory.SignedInAsync(Roles.Editor);
        var url = $"/articles/{articleId}";
        var page = await editor.GetDocumentAsync(url);

        using var deleted = await editor.SubmitAsync((IHtmlFormElement)page.QuerySelector("form.delete-article")!, url,
            new Dictionary<string, string> { ["Input.Reason"] = "a duplicate" });

        deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var changeUrl = deleted.Headers.Location!.OriginalString;
        var anonymous = factory.CreateClient();
        (await anonymous.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetDocumentAsync("/articles")).QuerySelectorAll($"a[href='{url}']").Should().BeEmpty();
        (await anonymous.GetDocumentAsync($"/claims/{claimId}")).QuerySelectorAll($".source a[href='{url}']").Should().BeEmpty();
        (await editor.GetDocumentAsync(url)).QuerySelector(".deleted").Should().NotBeNull("editors still reach it, to undo the deletion");

        using var reverted = await editor.SubmitAsync(
            (IHtmlFormElement)(await editor.GetDocumentAsync(changeUrl)).QuerySelector("form.revert")!, changeUrl);

        reverted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await anonymous.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.GetDocumentAsync($"/claims/{claimId}")).QuerySelectorAll($".source a[href='{url}']").Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(null, "/account/login")]
    [InlineData(Roles.Contributor, "/account/denied")]
    public async Task Below_editor_tagging_and_deleting_are_refused_and_change_no_row(string? role, string sentTo)
    {
        var (articleId, claimId, _) = await StoreAsync($"refused-{role ?? "anonymous"}");
        var client = await factory.ClientAsAsync(role);
        var token = ((IHtmlInputElement)(await client.GetDocumentAsync("/account/login"))
            .QuerySelector($"input[name={SignIn.Token}]")!).Value;
        var before = await factory.QueryAsync(async db =>
            (await db.Stances.CountAsync(), await db.Articles.CountAsync(), await db.Changes.CountAsync()));

        foreach (var handler in new[] { "AddStance", "Delete" })
        {
            using var response = await client.PostAsync($"/articles/{articleId}?handler={handler}", new FormUrlEncodedContent(
            [
                new(SignIn.Token, token), new("Input.Quote", Quote), new("Input.ActorName", "Anyone"),
                new("Input.ClaimId", claimId.ToString()),
            ]));
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, handler);
            response.Headers.Location!.AbsolutePath.Should().Be(sentTo, handler);
        }

        (await factory.QueryAsync(async db =>
                (await db.Stances.CountAsync(), await db.Articles.CountAsync(), await db.Changes.CountAsync())))
            .Should().Be(before);
    }
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using ArmsTransferTracker.Web.Tests.Pages.Import;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArmsTransferTracker.Web.Tests.Pages.Account;

/// <summary>Who may open the import page and run extraction again: the role, not the link, decides.</summary>
public sealed class RoleRequirementTests(ImportFactory factory) : IClassFixture<ImportFactory>
{
    [Fact]
    public async Task The_import_page_sends_anonymous_visitors_to_sign_in_and_refuses_users_without_a_role()
    {
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await factory.CreateUserAsync("nobody@example.org", role: null);
        var roleless = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await roleless.SignInAsync("nobody@example.org", TrackerFactory.Password);

        using var toSignIn = await anonymous.GetAsync("/import");
        using var refused = await roleless.GetAsync("/import");

        toSignIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        toSignIn.Headers.Location!.PathAndQuery.Should().Be("/account/login?ReturnUrl=%2Fimport");
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.Headers.Location!.AbsolutePath.Should().Be("/account/denied");
        var denied = await roleless.GetAsync(refused.Headers.Location);
        denied.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await factory.SignedInAsync(Roles.Contributor)).GetAsync("/import")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Contributor)]
    public async Task Running_extraction_again_is_refused_below_editor_and_changes_nothing(string? role)
    {
        var contributor = await factory.SignedInAsync(Roles.Contributor);
        using var imported = await contributor.PostTextAsync(
            $"Mortars for Freedonia {role}\n\nSylvania sold mortars to Freedonia, its ministry said.\n");
        var (id, _) = await contributor.FollowToArticleAsync(imported);
        var extractedAt = await factory.QueryAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == id).ExtractedAt));
        var client = role is null
            ? factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : contributor;
        // A valid antiforgery token for this client, so that only the role can be what refuses it.
        var token = (await client.GetDocumentAsync("/account/login"))
            .QuerySelector<IHtmlInputElement>($"input[name={SignIn.Token}]")!.Value;

        using var response = await client.PostAsync($"/articles/{id}?handler=Reextract",
            new FormUrlEncodedContent([new(SignIn.Token, token)]));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be(role is null ? "/account/login" : "/account/denied");
        (await factory.QueryAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == id).ExtractedAt))).Should().Be(extractedAt);
    }
}

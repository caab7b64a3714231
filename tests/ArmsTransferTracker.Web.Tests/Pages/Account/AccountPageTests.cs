using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Account;

/// <summary>The account page: who you are, and your own personal API tokens, made once and revoked for good.</summary>
public sealed class AccountPageTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private const string Url = "/account";
    private const string CreateUrl = "/account?handler=Create";
    private const string RevokeUrl = "/account?handler=Revoke";

    private Task<List<TokenState>> TokensOfAsync(string userId) => factory.QueryAsync(db => db.ApiTokens
        .Where(t => t.UserId == userId)
        .OrderBy(t => t.Id)
        .Select(t => new TokenState(t.Id, t.Name, t.Hash, t.RevokedAt))
        .ToListAsync());

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var response = await factory.Anonymous().GetAsync(Url);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.Should().Be("/account/login?ReturnUrl=%2Faccount");
    }

    [Fact]
    public async Task The_page_shows_the_email_and_role_and_offers_a_contributor_a_token()
    {
        var (_, client) = await factory.SignedInAsNewAsync("shown@example.org", Roles.Contributor);

        var page = await client.GetDocumentAsync(Url);

        page.GetElementById("account-email")!.TextContent.Should().Be("shown@example.org");
        page.GetElementById("account-role")!.TextContent.Should().Be("contributor");
        page.GetElementById("no-role").Should().BeNull();
        var name = page.QuerySelector<IHtmlInputElement>("form#create-token input[name='Input.Name']")!;
        (name.Type, name.IsRequired, page.QuerySelector($"label[for={name.Id}]")!.TextContent).Should().Be(("text", true, "Name"));
        page.QuerySelector(".api-tokens .empty")!.TextContent.Should().Be("You have no tokens yet.");
    }

    [Fact]
    public async Task A_user_without_a_role_is_told_so_and_cannot_make_a_token()
    {
        var (user, client) = await factory.SignedInAsNewAsync("roleless@example.org", role: null);

        var page = await client.GetDocumentAsync(Url);
        using var refused = await client.PostFormAsync(CreateUrl, await client.AntiforgeryTokenAsync(), Name("sneaky"));

        page.GetElementById("account-role")!.TextContent.Should().Be("none");
        page.GetElementById("no-role")!.TextContent.Should().Contain("no role");
        page.QuerySelector("form#create-token").Should().BeNull();
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.Headers.Location!.AbsolutePath.Should().Be("/account/denied");
        (await TokensOfAsync(user.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_token_made_here_is_shown_once_imports_through_the_API_and_is_refused_once_revoked()
    {
        var (user, client) = await factory.SignedInAsNewAsync("maker@example.org", Roles.Contributor);

        using var created = await MakeTokenAsync(client, "newsroom scraper");

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        created.Headers.CacheControl!.NoStore.Should().BeTrue("no cache keeps the page with the secret");
        var shown = await created.ParseAsync();
        var secret = shown.GetElementById("token-secret")!.TextContent;
        secret.Should().StartWith(ApiToken.SecretPrefix);
        shown.GetElementById("new-token")!.Squish().Should()
            .Contain("will not be shown again").And.Contain($"Authorization: Bearer {secret}").And.Contain("/api/articles");
        var stored = (await TokensOfAsync(user.Id)).Should().ContainSingle().Subject;
        stored.Should().BeEquivalentTo(new { Name = "newsroom scraper", Hash = ApiToken.HashOf(secret), RevokedAt = (DateTime?)null });

        var later = await client.GetDocumentAsync(Url);
        later.DocumentElement.OuterHtml.Should().NotContain(secret, "the secret is shown once only");
        var row = later.QuerySelector($"table.tokens tr[data-token-id='{stored.Id}']")!;
        row.QuerySelector(".name")!.TextContent.Should().Be("newsroom scraper");
        row.QuerySelector("code")!.TextContent.Should().Be(secret[..10] + "…");
        row.QuerySelector(".state")!.Squish().Should().StartWith("active");

        var api = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var imported = await api.PostAsJsonAsync(
            "/api/articles", new { text = "Boats for Sylvania\n\nFreedonia sent patrol boats to Sylvania.\n" });
        imported.StatusCode.Should().Be(HttpStatusCode.Created);

        var revokedFrom = DateTime.UtcNow;
        using var revoked = await client.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form.revoke")!, Url);
        revoked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync(revoked.Headers.Location!.OriginalString);
        after.GetElementById("account-status")!.TextContent.Should().Contain("\"newsroom scraper\" is revoked");
        var revokedRow = after.QuerySelector($"tr[data-token-id='{stored.Id}']")!;
        revokedRow.QuerySelector(".state")!.Squish().Should().MatchRegex(@"^revoked \d{1,2} \w{3} \d{4} \d\d:\d\d UTC$");
        revokedRow.QuerySelector("form.revoke").Should().BeNull();
        (await TokensOfAsync(user.Id)).Single().RevokedAt.Should().BeOnOrAfter(revokedFrom).And.BeOnOrBefore(DateTime.UtcNow);
        using var refused = await api.PostAsJsonAsync(
            "/api/articles", new { text = "More boats\n\nFreedonia sent more patrol boats to Sylvania.\n" });
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_needs_a_name()
    {
        var (user, client) = await factory.SignedInAsNewAsync("nameless@example.org", Roles.Editor);

        using var response = await MakeTokenAsync(client, "   ");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.GetElementById("token-name-error")!.TextContent.Should().StartWith("Name the token");
        page.GetElementById("token-secret").Should().BeNull();
        (await TokensOfAsync(user.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task Revoking_someone_elses_token_is_not_found_and_changes_nothing()
    {
        var owner = await factory.CreateUserAsync("owner@example.org", Roles.Contributor);
        var tokenId = await factory.AddTokenAsync(owner.Id, "owner's script");
        var (_, other) = await factory.SignedInAsNewAsync("other@example.org", Roles.Editor);

        using var response = await other.PostFormAsync(RevokeUrl, await other.AntiforgeryTokenAsync(), TokenId(tokenId));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await TokensOfAsync(owner.Id)).Single().RevokedAt.Should().BeNull();
    }

    [Fact]
    public async Task Anonymous_callers_are_sent_to_sign_in_and_neither_make_nor_revoke_a_token()
    {
        var owner = await factory.CreateUserAsync("kept@example.org", Roles.Contributor);
        var tokenId = await factory.AddTokenAsync(owner.Id, "kept script");
        var before = await factory.QueryAsync(db => db.ApiTokens.CountAsync());
        var anonymous = factory.Anonymous();
        var antiforgery = await anonymous.AntiforgeryTokenAsync();

        using var create = await anonymous.PostFormAsync(CreateUrl, antiforgery, Name("anonymous"));
        using var revoke = await anonymous.PostFormAsync(RevokeUrl, antiforgery, TokenId(tokenId));

        foreach (var response in new[] { create, revoke })
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.AbsolutePath.Should().Be("/account/login");
        }
        (await factory.QueryAsync(db => db.ApiTokens.CountAsync())).Should().Be(before);
        (await TokensOfAsync(owner.Id)).Single().RevokedAt.Should().BeNull();
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (user, client) = await factory.SignedInAsNewAsync("forged@example.org", Roles.Contributor);
        var tokenId = await factory.AddTokenAsync(user.Id, "existing");

        using var create = await client.PostFormAsync(CreateUrl, null, Name("forged"));
        using var revoke = await client.PostFormAsync(RevokeUrl, null, TokenId(tokenId));

        create.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        revoke.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TokensOfAsync(user.Id)).Should().ContainSingle().Which.RevokedAt.Should().BeNull();
    }

    private static Dictionary<string, string> Name(string name) => new() { ["Input.Name"] = name };

    private static Dictionary<string, string> TokenId(int id) => new() { ["Input.TokenId"] = id.ToString(CultureInfo.InvariantCulture) };

    /// <summary>Submits the page's own form for a new token named <paramref name="name"/>.</summary>
    private static async Task<HttpResponseMessage> MakeTokenAsync(HttpClient client, string name)
    {
        var form = (await client.GetDocumentAsync(Url)).QuerySelector<IHtmlFormElement>("form#create-token")!;
        return await client.SubmitAsync(form, Url, Name(name));
    }

    private sealed record TokenState(int Id, string Name, string Hash, DateTime? RevokedAt);
}

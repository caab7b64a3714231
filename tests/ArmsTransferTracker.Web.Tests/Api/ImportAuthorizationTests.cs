using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using ArmsTransferTracker.Web.Tests.Pages.Import;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTransferTracker.Web.Tests.Api;

/// <summary>The import API takes a personal token, or the sign-in cookie with the antiforgery header; nothing else.</summary>
public sealed class ImportAuthorizationTests(ImportFactory factory) : IClassFixture<ImportFactory>
{
    private const string Route = "/api/articles";

    private static object Body(string title) => new { text = $"{title}\n\nOsterlich sent armoured cars to Vulgaria, its army said.\n" };

    [Fact]
    public async Task A_cross_site_post_without_cookie_or_token_is_refused_with_401_and_stores_nothing()
    {
        var before = await factory.CountAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = JsonContent.Create(Body("Cross-site")) };
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Select(h => h.Scheme).Should().Contain("Bearer");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_sign_in_cookie_without_the_antiforgery_header_is_refused_with_403_and_stores_nothing()
    {
        var before = await factory.CountAsync();
        var client = await factory.SignedInAsync(Roles.Contributor);

        using var response = await client.PostAsJsonAsync(Route, Body("Cookie only"));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("antiforgery header RequestVerificationToken");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_sign_in_cookie_with_the_pages_antiforgery_header_imports()
    {
        var client = await factory.SignedInAsync(Roles.Contributor);
        var token = (await client.GetDocumentAsync("/import")).QuerySelector<IHtmlInputElement>($"input[name={SignIn.Token}]")!.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = JsonContent.Create(Body("Cookie and header")) };
        request.Headers.Add("RequestVerificationToken", token);

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_personal_token_imports_and_is_marked_used()
    {
        var client = await factory.TokenClientAsync(Roles.Editor);
        var sent = DateTime.UtcNow;

        using var response = await client.PostAsJsonAsync(Route, Body("Token"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var lastUsed = await factory.QueryAsync(db => Task.FromResult(db.ApiTokens.Where(t => t.User.Email == "editor@example.org")
            .Select(t => t.LastUsedAt).Single()));
        lastUsed.Should().BeOnOrAfter(sent, "the token is marked used by this request").And.BeOnOrBefore(DateTime.UtcNow);
    }

    [Fact]
    public async Task An_unknown_or_revoked_token_is_refused_with_401_and_a_user_without_a_role_with_403()
    {
        var before = await factory.CountAsync();
        var unknown = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        unknown.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiToken.SecretPrefix + "made-up");
        var user = await factory.CreateUserAsync("no-role@example.org", role: null);
        var (revoked, revokedSecret) = ApiToken.Issue(user, "old", DateTime.UtcNow);
        revoked.Revoke(DateTime.UtcNow);
        var (roleless, rolelessSecret) = ApiToken.Issue(user, "current", DateTime.UtcNow);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Web.Data.TrackerDbContext>();
            db.ApiTokens.AddRange(revoked, roleless);
            await db.SaveChangesAsync();
        }
        HttpClient With(string secret)
        {
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            return client;
        }

        (await unknown.PostAsJsonAsync(Route, Body("Unknown"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await With(revokedSecret).PostAsJsonAsync(Route, Body("Revoked"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await With(rolelessSecret).PostAsJsonAsync(Route, Body("Roleless"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await factory.CountAsync()).Should().Be(before);
    }
}

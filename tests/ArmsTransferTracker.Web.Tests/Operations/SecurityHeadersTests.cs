using System.Net;
using System.Net.Http.Json;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Browser;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ArmsTransferTracker.Web.Tests.Operations;

public sealed class SecurityHeadersTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    public static TheoryData<string> Responses => ["a page", "an API answer", "a 404 page"];

    private async Task<HttpResponseMessage> GetAsync(string response) => response switch
    {
        "a page" => await factory.CreateClient().GetAsync("/articles"),
        "an API answer" => await (await factory.TokenClientAsync(Roles.Contributor)).PostAsJsonAsync("/api/articles", new { text = "" }),
        _ => await factory.CreateClient().GetAsync("/no/such/page"),
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_forbids_inline_script_framing_and_sniffing(string response)
    {
        using var answer = await GetAsync(response);

        answer.StatusCode.Should().Be(response switch
        {
            "a page" => HttpStatusCode.OK,
            "an API answer" => HttpStatusCode.BadRequest,
            _ => HttpStatusCode.NotFound,
        });
        var csp = Header(answer, "Content-Security-Policy");
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("style-src 'self'")
            .And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'").And.NotContain("unsafe-inline");
        Header(answer, "X-Frame-Options").Should().Be("DENY");
        Header(answer, "X-Content-Type-Options").Should().Be("nosniff");
        Header(answer, "Referrer-Policy").Should().Be("same-origin");
    }

    [Fact]
    public async Task No_page_holds_an_inline_script_style_or_event_handler_that_the_policy_would_block()
    {
        var client = await factory.SignedInAsync(Roles.Admin);
        var inline = new List<string>();

        string[] paths =
        [
            "/", "/articles", "/articles/1", "/claims/1", "/actors", "/actors/1", "/stances/1", "/review", "/import", "/account",
            "/admin/users",
        ];
        foreach (var path in paths)
        {
            var page = await client.GetDocumentAsync(path);
            // A JSON-LD data block is never run, so the policy does not apply to it.
            inline.AddRange(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style")
                .Select(e => $"{path}: <{e.LocalName}>"));
            inline.AddRange(page.All
                .SelectMany(e => e.Attributes.Select(a => (e.LocalName, a.Name)))
                .Where(a => a.Name == "style" || a.Name.StartsWith("on", StringComparison.Ordinal))
                .Select(a => $"{path}: <{a.LocalName} {a.Name}>"));
        }

        inline.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_an_https_address_http_is_served_as_it_is_and_no_hsts_is_sent()
    {
        using var overHttp = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync("/articles");
        using var overHttps = await factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://tracker.example.org"),
        }).GetAsync("/articles");

        overHttp.StatusCode.Should().Be(HttpStatusCode.OK);
        overHttps.StatusCode.Should().Be(HttpStatusCode.OK);
        overHttps.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    [Fact]
    public async Task With_an_https_address_http_is_redirected_to_it_and_https_answers_carry_hsts()
    {
        await using var app = new HttpsFactory();

        using var overHttp = await app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("http://tracker.example.org"),
        }).GetAsync("/articles?page=2");
        using var overHttps = await app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://tracker.example.org"),
        }).GetAsync("/articles");

        overHttp.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        overHttp.Headers.Location.Should().Be(new Uri("https://tracker.example.org:8443/articles?page=2"));
        overHttps.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(overHttps, "Strict-Transport-Security").Should().Be("max-age=31536000");
    }

    [Fact]
    public async Task The_server_does_not_name_itself()
    {
        await using var app = new KestrelTrackerFactory();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        using var response = await client.GetAsync("/articles");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Server.Should().BeEmpty();
        response.Headers.Contains("Server").Should().BeFalse();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    /// <summary>The app told to serve HTTPS on 8443 as well as HTTP.</summary>
    private sealed class HttpsFactory : TrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(
                new Dictionary<string, string?> { ["Urls"] = "http://localhost:5080;https://localhost:8443" }));
        }
    }
}

using System.Net;
using System.Text.Json;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Operations;

/// <summary>The OpenAPI document and the interactive reference page over it.</summary>
public sealed class ApiReferenceTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_the_read_api_with_its_filters()
    {
        using var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        paths.EnumerateObject().Select(p => p.Name).Should().Contain(
            ["/api/claims", "/api/claims/{id}", "/api/articles/{id}", "/api/actors/{id}"]);
        paths.GetProperty("/api/claims").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString())
            .Should().BeEquivalentTo(
                ["supplier", "recipient", "category", "status", "actor", "outlet", "from", "to", "sort", "page", "pageSize"]);
    }

    [Fact]
    public async Task The_reference_page_is_served_with_a_policy_that_lets_its_inline_script_run_there_only()
    {
        var client = factory.CreateClient();

        using var page = await client.GetAsync("/api/reference/");
        using var script = await client.GetAsync("/api/reference/scalar.js");
        using var home = await client.GetAsync("/");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await page.Content.ReadAsStringAsync()).Should().Contain("<script src=\"scalar.js\"></script>");
        script.StatusCode.Should().Be(HttpStatusCode.OK);
        Directive(page, "script-src").Should().Be("script-src 'self' 'unsafe-inline'");
        Directive(page, "connect-src").Should().BeNull("the page fetches the document from this app only (default-src 'self')");
        Directive(home, "script-src").Should().Be("script-src 'self'", "every other page keeps inline script out");
    }

    private static string? Directive(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.TrimEntries)
            .SingleOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal));
}

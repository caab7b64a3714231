using Microsoft.Playwright;

namespace ArmsTransferTracker.Web.Tests.Browser;

/// <summary>The API reference page runs under its own Content-Security-Policy and shows the read API.</summary>
public sealed class ApiReferencePageTests(KestrelTrackerFactory factory) : IClassFixture<KestrelTrackerFactory>
{
    [ChromiumFact]
    public async Task The_reference_page_renders_the_claims_endpoint_and_the_browser_reports_no_violation()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = factory.BaseAddress.ToString() });
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync("/api/reference/");
        await page.GetByText("/api/claims/{id}").First.WaitForAsync();

        violations.Should().BeEmpty();
    }
}

using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ArmsTransferTracker.Web.Tests.Browser;

/// <summary>Under the Content-Security-Policy the pages' own scripts still load and run, and the browser blocks nothing.</summary>
public sealed class ContentSecurityPolicyTests(KestrelTrackerFactory factory) : IClassFixture<KestrelTrackerFactory>
{
    [ChromiumFact]
    public async Task An_editors_pages_run_their_scripts_and_the_browser_reports_no_violation()
    {
        var baseAddress = factory.BaseAddress;
        var email = await factory.UserAsync(Roles.Editor);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseAddress.ToString() });
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        await Chromium.SignInAsync(page, baseAddress, email, TrackerFactory.Password);

        // The seeds leave stances to review: review.js selects the first, and j moves to the next.
        await page.GotoAsync("/review");
        await page.WaitForSelectorAsync(".review-item.selected:nth-child(1)");
        await page.Keyboard.PressAsync("j");
        await page.WaitForSelectorAsync(".review-item.selected:nth-child(2)");

        // tagging.js copies a selection in the article's text into the tagging form.
        await page.GotoAsync("/articles/1");
        var selected = await page.EvaluateAsync<string>(@"() => {
            const node = document.querySelector('.article-text .text p[data-start]').firstChild;
            const range = document.createRange();
            range.selectNodeContents(node);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return node.textContent;
        }");
        await page.WaitForFunctionAsync("quote => document.getElementById('quote').value === quote", selected);
        selected.Should().NotBeNullOrWhiteSpace();

        // A claim page's JSON-LD is a data block: the browser keeps it for readers of the page and reports no violation.
        await page.GotoAsync("/claims/1");
        var jsonLdType = await page.EvaluateAsync<string>(
            "() => JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type']");
        jsonLdType.Should().Be("ClaimReview");

        // The network is inline SVG the server draws, coloured by status from the style sheet: the seeds' two flows differ.
        await page.GotoAsync("/network");
        var strokes = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('svg.network-drawing path.edge')].map(p => getComputedStyle(p).stroke)");
        strokes.Should().HaveCount(2).And.OnlyHaveUniqueItems().And.NotContain(["none", "rgb(0, 0, 0)"]);

        violations.Should().BeEmpty();
    }
}

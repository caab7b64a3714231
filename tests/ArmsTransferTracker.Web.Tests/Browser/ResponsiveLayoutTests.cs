using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ArmsTransferTracker.Web.Tests.Browser;

/// <summary>The app on a real port, seeded, for a real browser.</summary>
public sealed class KestrelTrackerFactory : TrackerFactory
{
    public KestrelTrackerFactory() => UseKestrel(0);

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }
}

/// <summary>Every page reads on a phone and a desk: styled, and nothing wider than the screen.</summary>
public sealed class ResponsiveLayoutTests(KestrelTrackerFactory factory) : IClassFixture<KestrelTrackerFactory>
{
    private static readonly string[] Pages =
        ["/", "/network", "/claims/1", "/articles", "/articles/1", "/articles/2", "/actors/1", "/actors", "/stances/1",
            "/outlets/1", "/import", "/account/login", "/search?q=Iran+missiles"];

    [ChromiumFact]
    public async Task No_page_scrolls_sideways_on_a_phone_or_a_desk_and_every_page_is_styled()
    {
        var baseAddress = factory.BaseAddress;
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var problems = new List<string>();

        foreach (var (width, height) in new[] { (390, 844), (1280, 900) })
        {
            var page = await browser.NewPageAsync(
                new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            foreach (var path in Pages)
            {
                var response = await page.GotoAsync(new Uri(baseAddress, path).ToString());
                if (response?.Status != 200)
                {
                    problems.Add($"{path} answered {response?.Status}");
                    continue;
                }
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 0)
                {
                    problems.Add($"{path} at {width}px is {overflow}px wider than the screen");
                }
                var styled = await page.EvaluateAsync<bool>("[...document.styleSheets].some(s => s.cssRules.length > 20)");
                if (!styled)
                {
                    problems.Add($"{path} at {width}px has no style sheet");
                }
            }
            await page.CloseAsync();
        }

        problems.Should().BeEmpty();
    }

    [ChromiumFact]
    public async Task The_articles_caption_spans_the_phone_screen_rather_than_a_squeezed_column()
    {
        var baseAddress = factory.BaseAddress;
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        await page.GotoAsync(new Uri(baseAddress, "/articles").ToString());
        var caption = await page.EvaluateAsync<double>("document.querySelector('table.articles caption').getBoundingClientRect().width");
        var main = await page.EvaluateAsync<double>("document.querySelector('main').clientWidth");

        caption.Should().BeGreaterThan(main * 0.8, "a caption squeezed to its longest word is a column of single words");
    }
}

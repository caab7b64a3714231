using Microsoft.Playwright;

namespace ArmsTransferTracker.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium, driven by Playwright (no browser download): <c>CHROMIUM_PATH</c> or /usr/bin/chromium. Without it the
/// browser tests skip, saying why, unless <c>CI</c> is set: there a missing browser is a failure (.ci/run installs it).
/// </summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string? SkipReason =>
        !File.Exists(ExecutablePath) && Environment.GetEnvironmentVariable("CI") is null
            ? $"Chromium is not installed at {ExecutablePath}: "
                + "install Debian's chromium (as .ci/run does) or set CHROMIUM_PATH to run this test."
            : null;

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // This machine's network is closed: Chromium's own background traffic is switched off, not refused.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Signs a user in through the login form and waits until the home page has loaded.</summary>
    public static async Task SignInAsync(IPage page, Uri baseAddress, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        // The wait starts before the click: begun after it, it could miss a redirect that had already landed, and time out.
        var home = page.WaitForURLAsync(new Uri(baseAddress, "/").ToString());
        await page.ClickAsync("button:has-text('Sign in')");
        await home;
    }
}

/// <summary>A fact that needs Chromium: skipped with the reason when it is missing outside CI.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

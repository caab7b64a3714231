using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ArmsTransferTracker.Web.Tests.Browser;

/// <summary>An editor in a real browser: signs in, confirms a stance, changes another, tags a third from a selection.</summary>
public sealed class EditorTaggingTests(KestrelTrackerFactory factory) : IClassFixture<KestrelTrackerFactory>
{
    private const string Text =
        "Howitzers for Genovia\n\nElbonia delivered howitzers to Genovia, the Elbonian minister said.\n\n" +
        "Genovia's army denied any delivery.\n\nA Genovian opposition leader called the guns a gift from Elbonia.\n";

    private const string Tagged = "called the guns a gift from Elbonia";

    [ChromiumFact]
    public async Task An_editor_confirms_changes_and_tags_stances_and_the_claim_page_shows_it()
    {
        var baseAddress = factory.BaseAddress;
        var email = await factory.UserAsync(Roles.Editor);
        var stored = await factory.StoreAsync(new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata("Howitzers for Genovia", "Elbonian Herald", null, null, null, [], null), Text),
            [
                new ExtractedClaim("Elbonia", "Genovia", "howitzers", Categories.ArtilleryAmmunition, null,
                [
                    new ExtractedStance(new ExtractedActor("Elbonian minister", ActorKind.Person, "Minister", "Elbonia"),
                        StanceValue.Supports,
                        [Samples.Span(Text, "Elbonia delivered howitzers to Genovia")]),
                    new ExtractedStance(new ExtractedActor("Genovia's army", ActorKind.Government, null, "Genovia"), StanceValue.Denies,
                        [Samples.Span(Text, "Genovia's army denied any delivery")]),
                ]),
            ]), "howitzers.txt");
        var (claimId, minister, army) = await factory.QueryAsync(async db =>
        {
            var stances = await db.Stances.Where(s => s.ArticleId == stored.ArticleId)
                .Select(s => new { s.Id, s.ClaimId, s.Actor.Name }).ToListAsync();
            return (stances[0].ClaimId, stances.Single(s => s.Name == "Elbonian minister").Id,
                stances.Single(s => s.Name == "Genovia's army").Id);
        });
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseAddress.ToString() });

        await Chromium.SignInAsync(page, baseAddress, email, TrackerFactory.Password);

        await page.GotoAsync($"/articles/{stored.ArticleId}");
        await page.ClickAsync($"#stance-{minister} form.confirm button");
        await page.WaitForSelectorAsync("#edit-notice");
        await page.SelectOptionAsync($"#value-{army}", "Neutral");
        await page.ClickAsync($"#stance-{army} form.change-value button");
        await page.WaitForSelectorAsync($"#stance-{army}.neutral");

        // Select the quote in the text as a reader would; the page's script copies it, with its offsets, into the form.
        await page.EvaluateAsync(@"quote => {
            const paragraph = [...document.querySelectorAll('.article-text p')].find(p => p.textContent.includes(quote));
            const node = paragraph.firstChild;
            const range = document.createRange();
            range.setStart(node, node.textContent.indexOf(quote));
            range.setEnd(node, node.textContent.indexOf(quote) + quote.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
        }", Tagged);
        await page.WaitForFunctionAsync(
            "quote => document.getElementById('quote').value === quote && document.getElementById('quote-start').value !== ''", Tagged);
        await page.FillAsync("#actor-name", "Genovian opposition leader");
        await page.SelectOptionAsync("#stance-value", "Supports");
        await page.SelectOptionAsync("#claim-id", claimId.ToString());
        await page.ClickAsync("button:has-text('Save the stance')");
        await page.WaitForSelectorAsync("#edit-notice");

        await page.GotoAsync($"/claims/{claimId}");
        (await page.TextContentAsync($"#stance-{minister} .review"))!.Should().Be($"confirmed by {email}");
        (await page.Locator($"#neutral #stance-{army}").CountAsync()).Should().Be(1);
        var tagged = page.Locator("#supports li.stance", new PageLocatorOptions { HasText = "Genovian opposition leader" });
        (await tagged.Locator("blockquote").TextContentAsync())!.Trim().Should().Be(Tagged);
        var start = Text.IndexOf(Tagged, StringComparison.Ordinal);
        (await factory.QueryAsync(db => db.Evidence.Where(e => e.Stance.Actor.Name == "Genovian opposition leader")
                .Select(e => new { e.Start, e.End }).SingleAsync()))
            .Should().Be(new { Start = start, End = start + Tagged.Length });

        // An editor's pages, controls and all, read on a phone without sideways scrolling.
        await page.SetViewportSizeAsync(390, 844);
        foreach (var path in new[] { $"/claims/{claimId}", $"/articles/{stored.ArticleId}", $"/stances/{army}", "/review", "/actors" })
        {
            await page.GotoAsync(path);
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .Should().Be(0, "{0} fits a 390px screen", path);
        }
    }
}

using System.Net;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages;

public sealed class LayoutTests(FreedoniaFactory factory) : IClassFixture<FreedoniaFactory>
{
    public static TheoryData<string> Pages =>
        ["/", "/articles", "/import", "/articles/{article}", "/claims/{claim}", "/actors/{actor}", "/claims/987654", "/search?q=drones",
            "/network"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_a_skip_link_landmarks_one_h1_and_no_scripts(string template)
    {
        var claim = await factory.QueryAsync(db => db.Claims.Select(c => c.Id).FirstAsync());
        var actor = await factory.QueryAsync(db => db.Actors.Select(a => a.Id).FirstAsync());
        var url = template.Replace("{article}", factory.A.ArticleId.ToString())
            .Replace("{claim}", claim.ToString())
            .Replace("{actor}", actor.ToString());

        var document = await factory.CreateClient()
            .GetDocumentAsync(url, url.EndsWith("987654") ? HttpStatusCode.NotFound : HttpStatusCode.OK);

        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        document.QuerySelector("meta[name=viewport]")!.GetAttribute("content").Should().Contain("width=device-width");
        var skip = document.Body!.FirstElementChild!;
        skip.LocalName.Should().Be("a");
        skip.GetAttribute("href").Should().Be("#main");
        document.QuerySelectorAll("main#main").Should().ContainSingle();
        document.QuerySelectorAll("header, nav[aria-label], footer").Should().HaveCountGreaterThanOrEqualTo(3);
        document.QuerySelectorAll("h1").Should().ContainSingle();
        document.QuerySelectorAll("script:not([type='application/ld+json'])").Should().BeEmpty("a page runs no script for readers");
        document.Title.Should().EndWith("Arms Transfer Tracker");
    }

    [Fact]
    public async Task The_stylesheet_is_served()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/");
        var href = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await factory.CreateClient().GetAsync(href);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain(".skip-link");
    }
}

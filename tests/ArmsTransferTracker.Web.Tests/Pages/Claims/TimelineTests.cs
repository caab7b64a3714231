using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

public sealed class TimelineTests(FreedoniaFactory factory) : IClassFixture<FreedoniaFactory>
{
    [Fact]
    public async Task The_timeline_lists_the_claims_articles_oldest_first_with_each_voice_and_its_stance()
    {
        var claimId = await factory.QueryAsync(db => db.Claims
            .Where(c => c.Category == Categories.Drone && c.Supplier.Name == Samples.Freedonia)
            .Select(c => c.Id)
            .SingleAsync());

        var document = await factory.CreateClient().GetDocumentAsync($"/claims/{claimId}");

        var entries = document.QuerySelectorAll(".timeline-entry");
        entries.Select(e => e.QuerySelector("a[href^='/articles/']")!.IdFromHref("/articles/"))
            .Should().Equal(factory.A.ArticleId, factory.B.ArticleId);
        entries.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")).Should().Equal("2024-09-10", "2024-09-12");
        entries[0].QuerySelectorAll(".voice").Select(v => v.Squish())
            .Should().Equal("Rufus Firefly supports", "Sylvania's embassy denies", "Trentino neutral");
        entries[1].QuerySelectorAll(".voice").Select(v => v.Squish()).Should().Equal("Rufus Firefly supports");
        entries[1].QuerySelector(".outlet")!.TextContent.Should().Be("Marxonia Times");
    }
}

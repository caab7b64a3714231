using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTransferTracker.Web.Tests.Pages;

/// <summary>A stance an editor rejected no longer counts anywhere (this class changes its own database).</summary>
public sealed class RejectedStanceTests(FreedoniaFactory factory) : IClassFixture<FreedoniaFactory>
{
    [Fact]
    public async Task A_rejected_denial_leaves_the_counts_the_claim_page_and_the_article_highlights()
    {
        int claimId;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var denial = await db.Stances.SingleAsync(s => s.Actor.Name == "Sylvania's embassy");
            denial.Reject("editor@example.org", new DateTime(2026, 6, 2, 9, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
            claimId = denial.ClaimId;
        }
        var client = factory.CreateClient();

        var index = await client.GetDocumentAsync("/");
        var card = index.QuerySelectorAll("li.claim").Single(c => c.GetAttribute("data-claim-id") == claimId.ToString());
        card.QuerySelector(".tally .denies .count")!.TextContent.Should().Be("0");
        card.QuerySelector(".contested").Should().BeNull();

        var claim = await client.GetDocumentAsync($"/claims/{claimId}");
        claim.QuerySelectorAll("#denies li.stance").Should().BeEmpty();
        claim.QuerySelectorAll("#supports li.stance").Should().HaveCount(2);

        var article = await client.GetDocumentAsync($"/articles/{factory.A.ArticleId}");
        article.QuerySelectorAll(".article-text mark").Select(m => m.TextContent)
            .Should().NotContain(t => t.Contains("embassy")).And.HaveCount(3);
        (await factory.QueryAsync(db => db.Stances.CountAsync(s => s.Value == StanceValue.Denies && s.ArticleId == factory.A.ArticleId)))
            .Should().Be(1, "rejected is kept, with who rejected it");
    }
}

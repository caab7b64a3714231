using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using ArmsTransferTracker.Web.Tests.Pages.Claims;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Data;

public sealed class StanceSourcesTests
{
    [Fact]
    public async Task A_claims_sources_count_each_actor_once_per_story_and_leave_rejected_stances_out()
    {
        await using var factory = new TrackerFactory();
        await factory.StoreAsync(Samples.ArticleA(), "freedonia-a.txt");
        await factory.StoreAsync(ReprintFactory.Copy(), "gazette.txt");
        var droneClaimId = await factory.QueryAsync(db =>
            db.Claims.Where(c => c.Category == Categories.Drone && c.Supplier.Name == Samples.Freedonia).Select(c => c.Id).SingleAsync());

        var before = await factory.QueryAsync(db => db.Stances.TallyByClaimAsync(CancellationToken.None));
        before[droneClaimId].Should().Be(new SourceTally(1, 1, 1), "each actor speaks in the original and in its reprint: one story");

        await factory.QueryAsync(async db =>
        {
            var denial = await db.Stances.SingleAsync(
                s => s.ClaimId == droneClaimId && s.Value == StanceValue.Denies && s.Article.CopyOfId == null);
            denial.Reject("editor@example.org", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var after = await factory.QueryAsync(db => db.Stances.TallyByClaimAsync(CancellationToken.None));
        after[droneClaimId].Should().Be(new SourceTally(1, 1, 1), "the reprint's denial is still on record, and is the same source");

        await factory.QueryAsync(async db =>
        {
            var reprinted = await db.Stances.SingleAsync(
                s => s.ClaimId == droneClaimId && s.Value == StanceValue.Denies && s.Article.CopyOfId != null);
            reprinted.Reject("editor@example.org", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var rejected = await factory.QueryAsync(db => db.Stances.TallyByClaimAsync(CancellationToken.None));
        rejected[droneClaimId].Should().Be(new SourceTally(1, 0, 1), "a rejected stance is counted nowhere");
        rejected[droneClaimId].Status.Should().Be(ClaimStatus.Asserted);
    }
}

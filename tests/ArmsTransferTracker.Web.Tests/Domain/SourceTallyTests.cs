using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Tests.Domain;

public sealed class SourceTallyTests
{
    [Theory]
    [InlineData(2, 0, 0, ClaimStatus.Asserted)]
    [InlineData(1, 0, 3, ClaimStatus.Asserted)]
    [InlineData(1, 1, 0, ClaimStatus.Contested)]
    [InlineData(3, 2, 1, ClaimStatus.Contested)]
    [InlineData(0, 1, 0, ClaimStatus.Denied)]
    [InlineData(0, 2, 5, ClaimStatus.Denied)]
    [InlineData(0, 0, 2, ClaimStatus.Unconfirmed)]
    [InlineData(0, 0, 0, ClaimStatus.Unconfirmed)]
    public void A_claims_status_follows_whether_its_sources_support_or_deny_it(int supports, int denies, int neutral, ClaimStatus status)
    {
        new SourceTally(supports, denies, neutral).Status.Should().Be(status);
    }
}

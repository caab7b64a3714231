using ArmsTransferTracker.Extraction.Mentions;

namespace ArmsTransferTracker.Extraction.Tests.Mentions;

public class PlacesTests
{
    [Theory]
    [InlineData("United States", "U.S.")]
    [InlineData("United Kingdom", "U.K.")]
    [InlineData("Moldova", "Moldovan")]
    public void A_state_is_written_before_its_bodies_by_its_initials_else_by_its_adjective(string state, string written) =>
        Places.ShortNameOf(state).Should().Be(written);
}

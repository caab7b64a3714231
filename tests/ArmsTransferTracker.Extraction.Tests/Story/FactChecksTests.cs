using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

public class FactChecksTests
{
    [Theory]
    [InlineData("RATING: FALSE", FactCheckRating.False)]
    [InlineData("OUR VERDICT: FALSE / MISLEADING", FactCheckRating.False)]
    [InlineData("Verdict: Mostly false", FactCheckRating.False)]
    [InlineData("Rating: True", FactCheckRating.True)]
    [InlineData("Our verdict: Unproven", FactCheckRating.Unproven)]
    public void A_verdict_line_gives_its_rating(string line, FactCheckRating rating) =>
        FactChecks.Rating(line).Should().Be(rating);

    [Theory]
    [InlineData("Rating scale: TRUE | MOSTLY TRUE | MISLEADING | FALSE")]
    [InlineData("The verdict: the court found the broker guilty of smuggling rifles to Libya.")]
    [InlineData("Moody's rating: Baa3")]
    public void A_line_that_rates_nothing_is_no_verdict(string line) => FactChecks.Rating(line).Should().BeNull();

    [Fact]
    public void A_claim_label_is_cut_and_a_heading_over_the_claim_is_known()
    {
        FactChecks.ClaimLabel("CLAIM: Poland sent tanks.").Should().Be("CLAIM: ".Length);
        FactChecks.ClaimLabel("Claims that Poland sent tanks are false.").Should().Be(0);
        FactChecks.IsClaimHeading("THE CLAIM").Should().BeTrue();
        FactChecks.IsKickedHeadline("FACT CHECK: Photo does not show tanks").Should().BeTrue();
    }
}

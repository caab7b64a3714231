using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Tests.Domain;

public sealed class NamesTests
{
    [Theory]
    [InlineData("U.S. officials", "us officials")]
    [InlineData("  US   Officials ", "us officials")]
    [InlineData("the U.S. officials", "us officials")]
    [InlineData("The Houthis", "houthis")]
    [InlineData("Iran’s UN mission", "iran's un mission")]
    [InlineData("Theodore Roosevelt", "theodore roosevelt")]
    public void Normalises_case_spacing_dots_apostrophes_and_a_leading_the(string name, string expected) =>
        Names.Normalize(name).Should().Be(expected);

    [Fact]
    public void Different_names_stay_different() =>
        Names.Normalize("Iranian officials").Should().NotBe(Names.Normalize("Iran"));
}

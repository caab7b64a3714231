using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

public class DescribedBodiesTests
{
    private const string Story =
        "The images were analysed by Lantern Geodata, a Norwegian satellite imagery company, and by Kari Vik, a researcher at "
        + "the Bergen Peace Group, which tracks arms flows.";

    [Theory]
    [InlineData("satellite imagery company", "Lantern Geodata")]
    [InlineData("the company", "Lantern Geodata")]
    public void A_description_the_story_sets_after_a_name_names_that_body(string description, string name) =>
        DescribedBodies.NameFor(DescribedBodies.Find(Story), description).Should().Be(name);

    [Theory]
    [InlineData("the group")]
    [InlineData("the researcher")]
    [InlineData("imagery firm")]
    public void A_description_of_another_kind_of_body_or_of_a_person_names_no_one(string description) =>
        DescribedBodies.NameFor(DescribedBodies.Find(Story), description).Should().BeNull();

    [Fact]
    public void A_body_that_speaks_by_its_description_before_the_story_names_it_goes_by_its_name()
    {
        var article = TestData.Article(
            "Belarus has sent rocket launchers to Myanmar's army, a monitoring network said on Monday.\n\n"
            + "The network, Delta Conflict Watch, a monitoring network run by exiled engineers, has tracked such flights before.");

        ClaimPipeline.Extract(article).SelectMany(c => c.Stances).Select(s => s.Actor.Name)
            .Should().Contain("Delta Conflict Watch").And.NotContain("monitoring network");
    }
}

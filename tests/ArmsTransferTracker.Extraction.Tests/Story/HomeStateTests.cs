using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

/// <summary>Which state the story stage takes a story to be filed from: the one its dateline names.</summary>
public class HomeStateTests
{
    private static string? HomeStateOf(string text) => StoryReader.Read(PlainTextReader.Read(text)).HomeState;

    [Theory]
    [InlineData("NAIROBI — Kenya has received four helicopters from Turkey, the army said.", "Kenya")]
    [InlineData("PORT SUDAN, Sudan, May 3 (Nile Wire) — The army said rifles had reached the militia.", "Sudan")]
    [InlineData("KYIV, Ukraine, April 17 (Meridian) — Drones hit a depot overnight, officials said.", "Ukraine")]
    public void A_datelines_city_or_country_is_the_home_state(string text, string state) =>
        HomeStateOf(text).Should().Be(state);

    [Theory]
    [InlineData("Kenya has received four helicopters from Turkey, the army said.")]
    [InlineData("BAMAKO/ALGIERS — Mali and Algeria traded accusations over drones on Monday.")]
    public void A_story_without_a_dateline_or_with_two_states_in_it_has_no_home_state(string text) =>
        HomeStateOf(text).Should().BeNull();
}

using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

public class GroupInitialsTests
{
    [Theory]
    [InlineData("The Arakan Army took the town. The AA said it found Indian rifles.", "AA", "Arakan Army")]
    [InlineData("Fighters of the Syrian National Army crossed the river; SNA commanders said they had new rifles.", "SNA",
        "Syrian National Army")]
    public void A_named_groups_initials_stand_for_the_group(string text, string initials, string group) =>
        GroupInitials.Find(text).Should().Contain(initials, group);

    [Theory]
    [InlineData("The AA guns were sold to Peru.")]
    [InlineData("The Arakan Army took the town and its fighters said they had new rifles.")]
    public void Initials_of_no_group_the_story_names_or_never_written_stand_for_nothing(string text) =>
        GroupInitials.Find(text).Should().BeEmpty();

    [Fact]
    public void Each_word_that_is_the_initials_is_a_mention_of_the_group()
    {
        var initials = new Dictionary<string, string> { ["AA"] = "Arakan Army" };
        string[] forms = ["the", "AA", "said", "India", "sent", "rifles"];

        var mentions = GroupInitials.With(WordMentions.Find(forms), initials);

        mentions.Places.Should().Contain(p => p.First == 2 && p.Last == 2 && p.Canonical == "Arakan Army" && !p.IsState);
    }
}

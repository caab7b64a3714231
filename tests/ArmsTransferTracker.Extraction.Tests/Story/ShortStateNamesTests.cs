using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

public class ShortStateNamesTests
{
    [Theory]
    [InlineData("Seoul says North Korea sent shells. The North denies it.", "North", "North Korea")]
    [InlineData("South Korean officials said North Korean troops had moved; the North said nothing.", "North", "North Korea")]
    [InlineData("Sudan accused South Sudan of arming rebels; the South rejected the charge.", "South", "South Sudan")]
    public void A_half_stands_for_the_divided_nations_state_when_the_article_names_both_sides(string text, string half,
        string state) =>
        ShortStateNames.Find(text).Should().Contain(half, state);

    [Theory]
    [InlineData("North Korea sent shells to Russia. The North denies it.")]
    [InlineData("South Africa sold rifles to Mali, where fighting in the South goes on.")]
    [InlineData("Seoul and Pyongyang traded charges over the border.")]
    public void Without_both_sides_of_a_divided_nation_named_a_half_stands_for_nothing(string text) =>
        ShortStateNames.Find(text).Should().BeEmpty();

    [Fact]
    public void The_half_after_the_is_a_mention_of_its_state_but_not_the_first_word_of_a_longer_name()
    {
        var halves = new Dictionary<string, string> { ["North"] = "North Korea" };
        string[] forms = ["the", "North", "sent", "shells", "to", "the", "North", "Gondar", "zone"];

        var mentions = ShortStateNames.With(WordMentions.Find(forms), halves);

        mentions.Places.Should().ContainSingle().Which.Should().BeEquivalentTo(new { First = 2, Last = 2, Canonical = "North Korea" });
    }
}

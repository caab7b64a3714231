using ArmsTransferTracker.Syntax.Parsing;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class DayPhrasesTests
{
    [Fact]
    public void Only_a_day_between_a_word_and_what_could_be_its_verb_is_wedged()
    {
        static IReadOnlyList<int> Wedged(string sentence) => DayPhrases.Inner([.. sentence.Split(' ').Select(w => new TextToken(w, 0, 0))]);

        Wedged("Chad on Monday denied it").Should().Equal(1, 2);
        Wedged("On Monday Chad denied it").Should().BeEmpty("a day that opens the sentence is wedged in nothing");
        Wedged("Chad denied it on Monday .").Should().BeEmpty("a day before the full stop dates what came before");
        Wedged("Chad accused Niger on Monday of arming rebels").Should().BeEmpty("\"of\" goes on the phrase the day interrupts");
    }
}

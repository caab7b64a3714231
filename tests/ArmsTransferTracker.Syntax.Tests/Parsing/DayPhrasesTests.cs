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

    [Fact]
    public void A_week_month_or_year_named_from_now_between_a_word_and_its_verb_is_wedged()
    {
        static IReadOnlyList<int> Wedged(string sentence) => DayPhrases.Inner([.. sentence.Split(' ').Select(w => new TextToken(w, 0, 0))]);

        Wedged("Chad last month bought rifles").Should().Equal(1, 2);
        Wedged("the rifles Chad bought this year were seized").Should().Equal(4, 5);
        Wedged("Chad said last week that it had rifles").Should().BeEmpty("the parser reads a period before \"that\" right");
        Wedged("Chad bought rifles last year .").Should().BeEmpty("a period before the full stop dates what came before");
        Wedged("Chad bought rifles last year from Niger").Should().BeEmpty("\"from\" goes on the phrase the period interrupts");
    }
}

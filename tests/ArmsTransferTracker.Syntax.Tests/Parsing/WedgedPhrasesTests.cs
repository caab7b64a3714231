using ArmsTransferTracker.Syntax.Parsing;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class WedgedPhrasesTests
{
    private static (int, int, int)? Wedged(string sentence) =>
        WedgedPhrases.Find([.. sentence.Split(' ').Select(w => new TextToken(w, 0, 0))], SyntaxModel.English.Lemmatizer);

    [Fact]
    public void A_phrase_opened_by_a_preposition_between_has_and_a_participle_is_wedged()
    {
        Wedged("Chile has in recent years taken delivery of tanks").Should().Be((1, 2, 4));
        Wedged("Poland has for years sold rifles to Georgia").Should().Be((1, 2, 3));
    }

    [Fact]
    public void Has_before_a_phrase_that_ends_in_no_participle_wedges_nothing()
    {
        Wedged("Chile has in its arsenal forty tanks").Should().BeNull("no inflected verb follows the phrase");
        Wedged("Chile has in turn orders for tanks").Should().BeNull("\"turn\" is a verb's own form, and \"orders\" ends in -s");
        Wedged("Chile has, in recent years, taken delivery").Should().BeNull("a phrase set off by commas is the parser's to read");
    }
}

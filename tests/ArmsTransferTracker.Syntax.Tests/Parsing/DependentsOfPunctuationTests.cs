using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class DependentsOfPunctuationTests
{
    [Fact]
    public void A_word_hung_from_a_mark_hangs_from_the_marks_head()
    {
        // "Tanks arrived , said officials ." : 1 Tanks, 2 arrived, 3 ",", 4 said, 5 officials, 6 "."; "officials" was hung
        // from the full stop.
        string[] upos = ["NOUN", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 4, 2, 6, 2];

        DependentsOfPunctuation.Mend(upos, heads);

        heads.Should().Equal(2, 0, 4, 2, 2, 2);
    }

    [Fact]
    public void A_mark_hung_from_a_mark_is_left_as_it_was()
    {
        // '... the war . "' : the closing quotation mark hung from the full stop stays where the parser put it.
        string[] upos = ["NOUN", "VERB", "PUNCT", "PUNCT"];
        int[] heads = [2, 0, 2, 3];

        DependentsOfPunctuation.Mend(upos, heads);

        heads.Should().Equal(2, 0, 2, 3);
    }
}

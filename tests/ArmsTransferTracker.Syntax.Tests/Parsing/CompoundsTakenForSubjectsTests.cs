using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class CompoundsTakenForSubjectsTests
{
    [Fact]
    public void A_common_noun_taken_for_a_second_subject_before_the_subject_is_its_compound()
    {
        // "customs data show growth": 1 customs, 2 data, 3 show, 4 growth; parsed with two subjects of "show".
        string[] upos = ["NOUN", "NOUN", "VERB", "NOUN"];
        int[] heads = [3, 3, 0, 3];
        string[] relations = ["nsubj", "nsubj", "root", "obj"];

        CompoundsTakenForSubjects.Mend(upos, heads, relations);

        heads.Should().Equal(2, 3, 0, 3);
        relations.Should().Equal("compound", "nsubj", "root", "obj");
    }

    [Fact]
    public void A_name_taken_for_a_second_subject_before_a_common_noun_subject_is_its_compound()
    {
        // "African firms exported shells": "African" tagged a name and parsed as a second subject of "exported".
        string[] upos = ["PROPN", "NOUN", "VERB", "NOUN"];
        int[] heads = [3, 3, 0, 3];
        string[] relations = ["nsubj", "nsubj", "root", "obj"];

        CompoundsTakenForSubjects.Mend(upos, heads, relations);

        heads.Should().Equal(2, 3, 0, 3);
        relations.Should().Equal("compound", "nsubj", "root", "obj");
    }

    [Fact]
    public void A_common_noun_taken_for_a_second_subject_before_a_name_subject_describes_the_name()
    {
        // "ammunition maker Nordhavn Munitions said it": 1 ammunition, 2 maker, 3 Nordhavn, 4 Munitions, 5 said, 6 it.
        string[] upos = ["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PRON"];
        int[] heads = [2, 5, 4, 5, 0, 5];
        string[] relations = ["compound", "nsubj", "compound", "nsubj", "root", "obj"];

        CompoundsTakenForSubjects.Mend(upos, heads, relations);

        heads.Should().Equal(2, 4, 4, 5, 0, 5);
        relations.Should().Equal("compound", "compound", "compound", "nsubj", "root", "obj");
    }

    [Fact]
    public void Names_side_by_side_stay_as_the_parser_read_them()
    {
        // "Kenya Airways said it": two names; the treebank writes some such pairs as a name and its apposition.
        string[] upos = ["PROPN", "PROPN", "VERB", "PRON"];
        int[] heads = [3, 3, 0, 3];
        string[] relations = ["nsubj", "nsubj", "root", "obj"];

        CompoundsTakenForSubjects.Mend(upos, heads, relations);

        heads.Should().Equal(3, 3, 0, 3);
    }
}

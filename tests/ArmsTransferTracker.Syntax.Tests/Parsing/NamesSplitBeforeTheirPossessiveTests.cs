using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class NamesSplitBeforeTheirPossessiveTests
{
    [Fact]
    public void The_first_word_of_a_possessive_name_is_its_compound_and_the_possessed_noun_takes_its_place()
    {
        // "Sierra Leone's army spokesman, Ali Kamara, said": 1 Sierra, 2 Leone, 3 's, 4 army, 5 spokesman, 6 ",", 7 Ali,
        // 8 Kamara, 9 ",", 10 said; parsed with "Sierra" the subject and "spokesman" its apposition.
        string[] upos = ["PROPN", "PROPN", "PART", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"];
        string[] forms = ["Sierra", "Leone", "'s", "army", "spokesman", ",", "Ali", "Kamara", ",", "said"];
        int[] heads = [10, 5, 2, 5, 1, 7, 1, 7, 7, 0];
        string[] relations = ["nsubj", "nmod:poss", "case", "compound", "appos", "punct", "appos", "flat", "punct", "root"];

        NamesSplitBeforeTheirPossessive.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 5, 2, 5, 10, 7, 5, 7, 7, 0);
        relations.Should().Equal("compound", "nmod:poss", "case", "compound", "nsubj", "punct", "appos", "flat", "punct", "root");
    }

    [Fact]
    public void A_name_read_whole_before_its_possessive_stays_as_the_parser_read_it()
    {
        // "Sierra Leone's army said": "Sierra" already hangs from "Leone".
        string[] upos = ["PROPN", "PROPN", "PART", "NOUN", "VERB"];
        string[] forms = ["Sierra", "Leone", "'s", "army", "said"];
        int[] heads = [2, 4, 2, 5, 0];
        string[] relations = ["compound", "nmod:poss", "case", "nsubj", "root"];

        NamesSplitBeforeTheirPossessive.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 4, 2, 5, 0);
        relations.Should().Equal("compound", "nmod:poss", "case", "nsubj", "root");
    }
}

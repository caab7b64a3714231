using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class PrepositionalPhrasesTakenForSubjectsTests
{
    // "rifles held by militias in Lake Chad province were seized": 1 rifles, 2 held, 3 by, 4 militias, 5 in, 6 Lake,
    // 7 Chad, 8 province, 9 were, 10 seized.
    private static readonly string[] Upos = ["NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PROPN", "NOUN", "AUX", "VERB"];

    [Fact]
    public void A_second_subject_whose_phrase_opens_with_a_preposition_is_a_phrase_of_the_word_before_it()
    {
        // Parsed with "province" a second passive subject of "seized", and "in" hung from "Chad".
        int[] heads = [10, 1, 4, 2, 7, 7, 8, 10, 10, 0];
        string[] relations = ["nsubj:pass", "acl", "case", "obl:agent", "case", "compound", "compound", "nsubj:pass", "aux:pass", "root"];

        PrepositionalPhrasesTakenForSubjects.Mend(Upos, heads, relations);

        heads.Should().Equal(10, 1, 4, 2, 8, 7, 8, 4, 10, 0);
        relations.Should().Equal("nsubj:pass", "acl", "case", "obl:agent", "case", "compound", "compound", "nmod", "aux:pass", "root");
    }

    [Fact]
    public void A_verb_with_one_subject_is_left_alone()
    {
        int[] heads = [10, 1, 4, 2, 8, 7, 8, 4, 10, 0];
        string[] relations = ["nsubj:pass", "acl", "case", "obl:agent", "case", "compound", "compound", "nmod", "aux:pass", "root"];

        PrepositionalPhrasesTakenForSubjects.Mend(Upos, heads, relations);

        heads.Should().Equal(10, 1, 4, 2, 8, 7, 8, 4, 10, 0);
        relations.Should().Equal("nsubj:pass", "acl", "case", "obl:agent", "case", "compound", "compound", "nmod", "aux:pass", "root");
    }

    [Fact]
    public void A_second_subject_without_a_preposition_before_it_is_left_alone()
    {
        // "rifles , militias say , were seized": two subjects, the second opening with no preposition.
        string[] upos = ["NOUN", "PUNCT", "NOUN", "VERB", "PUNCT", "AUX", "VERB"];
        int[] heads = [7, 4, 7, 7, 4, 7, 0];
        string[] relations = ["nsubj:pass", "punct", "nsubj", "parataxis", "punct", "aux:pass", "root"];

        PrepositionalPhrasesTakenForSubjects.Mend(upos, heads, relations);

        heads.Should().Equal(7, 4, 7, 7, 4, 7, 0);
        relations.Should().Equal("nsubj:pass", "punct", "nsubj", "parataxis", "punct", "aux:pass", "root");
    }
}

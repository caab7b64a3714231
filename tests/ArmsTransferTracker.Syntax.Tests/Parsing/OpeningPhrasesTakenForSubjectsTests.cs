using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class OpeningPhrasesTakenForSubjectsTests
{
    [Fact]
    public void An_opening_place_taken_for_the_subject_is_the_verbs_oblique_and_its_apposition_the_subject()
    {
        // "In Minsk , the State Committee for Arms said", parsed with "Minsk" the subject of "said", "Committee" its
        // apposition and "Arms" hung from "Minsk".
        string[] forms = ["In", "Minsk", ",", "the", "State", "Committee", "for", "Arms", "said"];
        string[] upos = ["ADP", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB"];
        int[] heads = [2, 9, 2, 6, 6, 2, 8, 2, 0];
        string[] relations = ["case", "nsubj", "punct", "det", "compound", "appos", "case", "nmod", "root"];

        OpeningPhrasesTakenForSubjects.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 9, 2, 6, 6, 9, 8, 6, 0);
        relations.Should().Equal("case", "obl", "punct", "det", "compound", "nsubj", "case", "nmod", "root");
    }

    [Fact]
    public void A_name_after_the_opening_place_taken_for_its_conjunct_is_the_subject_and_keeps_its_apposition()
    {
        // "In Beijing , Lan Wei , a spokeswoman , said", parsed with "Beijing" the subject, "Wei" its conjunct and
        // "spokeswoman" its apposition.
        string[] forms = ["In", "Beijing", ",", "Lan", "Wei", ",", "a", "spokeswoman", ",", "said"];
        string[] upos = ["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB"];
        int[] heads = [2, 10, 2, 5, 2, 8, 8, 2, 2, 0];
        string[] relations = ["case", "nsubj", "punct", "compound", "conj", "punct", "det", "appos", "punct", "root"];

        OpeningPhrasesTakenForSubjects.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 10, 2, 5, 10, 8, 8, 5, 5, 0);
        relations.Should().Equal("case", "obl", "punct", "compound", "nsubj", "punct", "det", "appos", "punct", "root");
    }

    [Fact]
    public void Places_joined_by_a_conjunction_are_left_as_parsed()
    {
        // "In Minsk and Moscow , officials said": whatever the parser made of it, "Moscow" with its "and" is no subject.
        string[] forms = ["In", "Minsk", ",", "and", "Moscow", "officials", "said"];
        string[] upos = ["ADP", "PROPN", "PUNCT", "CCONJ", "PROPN", "NOUN", "VERB"];
        int[] heads = [2, 7, 2, 5, 2, 5, 0];
        string[] relations = ["case", "nsubj", "punct", "cc", "conj", "compound", "root"];

        OpeningPhrasesTakenForSubjects.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 7, 2, 5, 2, 5, 0);
        relations.Should().Equal("case", "nsubj", "punct", "cc", "conj", "compound", "root");
    }
}

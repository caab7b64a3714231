using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class InterjectedPhrasesTakenForSubjectsTests
{
    [Fact]
    public void A_phrase_after_an_auxiliary_taken_for_the_subject_is_the_verbs_oblique_and_gives_back_what_it_took()
    {
        // "the government can not at this stage confirm the origin", parsed with "stage" the subject of "confirm" and the
        // government, "can" and "not" hung from it.
        string[] upos = ["DET", "NOUN", "AUX", "PART", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN"];
        int[] heads = [2, 7, 7, 7, 7, 7, 8, 0, 10, 8];
        string[] relations = ["det", "nsubj", "aux", "advmod", "case", "det", "nsubj", "root", "det", "obj"];

        InterjectedPhrasesTakenForSubjects.Mend(upos, heads, relations);

        heads.Should().Equal(2, 8, 8, 8, 7, 7, 8, 0, 10, 8);
        relations.Should().Equal("det", "nsubj", "aux", "advmod", "case", "det", "obl", "root", "det", "obj");
    }

    [Fact]
    public void A_phrase_set_off_by_commas_taken_for_the_subject_gives_the_subject_back()
    {
        // "The panel , in an update , said", parsed with "update" the subject of "said" and "panel" its subject.
        string[] upos = ["DET", "NOUN", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "VERB"];
        int[] heads = [2, 6, 6, 6, 6, 8, 6, 0];
        string[] relations = ["det", "nsubj", "punct", "case", "det", "nsubj", "punct", "root"];

        InterjectedPhrasesTakenForSubjects.Mend(upos, heads, relations);

        heads.Should().Equal(2, 8, 8, 6, 6, 8, 6, 0);
        relations.Should().Equal("det", "nsubj", "punct", "case", "det", "obl", "punct", "root");
    }

    [Fact]
    public void A_phrase_right_after_the_subjects_name_is_left_to_the_name()
    {
        // "The Group of Experts on the Congo said": "on the Congo" belongs to the name, whatever the parser hung from it.
        string[] upos = ["DET", "PROPN", "ADP", "PROPN", "ADP", "DET", "PROPN", "VERB"];
        int[] heads = [2, 7, 4, 2, 7, 7, 8, 0];
        string[] relations = ["det", "nsubj", "case", "nmod", "case", "det", "nsubj", "root"];

        InterjectedPhrasesTakenForSubjects.Mend(upos, heads, relations);

        heads.Should().Equal(2, 7, 4, 2, 7, 7, 8, 0);
        relations.Should().Equal("det", "nsubj", "case", "nmod", "case", "det", "nsubj", "root");
    }
}

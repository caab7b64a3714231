using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class SubjectsHungFromAuxiliariesTests
{
    [Fact]
    public void A_subject_hung_from_the_auxiliary_is_the_subject_of_its_verb()
    {
        // "Norway has so far sent six boats .": 1 Norway, 2 has, 3 so, 4 far, 5 sent, 6 six, 7 boats; "Norway" hung from "has".
        string[] upos = ["PROPN", "AUX", "ADV", "ADV", "VERB", "NUM", "NOUN", "PUNCT"];
        int[] heads = [2, 5, 4, 5, 0, 7, 5, 5];
        string[] relations = ["nsubj", "aux", "advmod", "advmod", "root", "nummod", "obj", "punct"];

        SubjectsHungFromAuxiliaries.Mend(upos, heads, relations);

        (heads[0], relations[0]).Should().Be((5, "nsubj"));
    }

    [Fact]
    public void A_subject_hung_from_an_auxiliary_tagged_as_a_verb_is_the_subject_of_its_verb()
    {
        // "Norway has " firmly " denied it .": 1 Norway, 2 has, 3 ", 4 firmly, 5 ", 6 denied, 7 it; "has" tagged VERB, hung as aux.
        string[] upos = ["PROPN", "VERB", "PUNCT", "ADV", "PUNCT", "VERB", "PRON", "PUNCT"];
        int[] heads = [2, 6, 4, 6, 4, 0, 6, 6];
        string[] relations = ["nsubj", "aux", "punct", "advmod", "punct", "root", "obj", "punct"];

        SubjectsHungFromAuxiliaries.Mend(upos, heads, relations);

        (heads[0], relations[0]).Should().Be((6, "nsubj"));
    }

    [Fact]
    public void A_verb_with_a_subject_of_its_own_leaves_the_other_where_it_is()
    {
        // "What has Oslo refused to send ?": "Oslo" is the subject of "refused" already; "What" stays where the parser put it.
        string[] upos = ["PRON", "AUX", "PROPN", "VERB", "PART", "VERB", "PUNCT"];
        int[] heads = [2, 4, 4, 0, 6, 4, 4];
        string[] relations = ["nsubj", "aux", "nsubj", "root", "mark", "xcomp", "punct"];

        SubjectsHungFromAuxiliaries.Mend(upos, heads, relations);

        heads[0].Should().Be(2);
    }
}

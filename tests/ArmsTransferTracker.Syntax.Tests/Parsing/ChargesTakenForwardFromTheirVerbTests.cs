using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class ChargesTakenForwardFromTheirVerbTests
{
    [Fact]
    public void A_clause_marked_of_hung_from_a_later_verb_is_the_charge_of_the_verb_before_it()
    {
        // "He accused Oman of sending rifles and said more ." with "sending" hung as an adverbial clause of "said".
        string[] upos = ["PRON", "VERB", "PROPN", "SCONJ", "VERB", "NOUN", "CCONJ", "VERB", "ADJ", "PUNCT"];
        string[] forms = ["He", "accused", "Oman", "of", "sending", "rifles", "and", "said", "more", "."];
        int[] heads = [2, 0, 2, 5, 8, 5, 8, 2, 8, 2];
        string[] relations = ["nsubj", "root", "obj", "mark", "advcl", "obj", "cc", "conj", "obj", "punct"];

        ChargesTakenForwardFromTheirVerb.Mend(upos, forms, heads, relations);

        (heads[4], relations[4]).Should().Be((2, "advcl"));
        heads[3].Should().Be(5);
    }

    [Fact]
    public void An_adjective_before_of_takes_the_clause()
    {
        // "It stops short of saying who paid ." with "saying" hung from "paid".
        string[] upos = ["PRON", "VERB", "ADJ", "SCONJ", "VERB", "PRON", "VERB", "PUNCT"];
        string[] forms = ["It", "stops", "short", "of", "saying", "who", "paid", "."];
        int[] heads = [2, 0, 2, 5, 7, 7, 2, 2];
        string[] relations = ["nsubj", "root", "xcomp", "mark", "advcl", "nsubj", "ccomp", "punct"];

        ChargesTakenForwardFromTheirVerb.Mend(upos, forms, heads, relations);

        (heads[4], relations[4]).Should().Be((3, "advcl"));
    }

    [Fact]
    public void A_clause_marked_of_that_hangs_from_a_word_before_it_keeps_its_head()
    {
        // "He accused Oman of sending rifles ." read as the treebank reads it.
        string[] upos = ["PRON", "VERB", "PROPN", "SCONJ", "VERB", "NOUN", "PUNCT"];
        string[] forms = ["He", "accused", "Oman", "of", "sending", "rifles", "."];
        int[] heads = [2, 0, 2, 5, 2, 5, 2];
        string[] relations = ["nsubj", "root", "obj", "mark", "advcl", "obj", "punct"];

        ChargesTakenForwardFromTheirVerb.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 5, 2, 5, 2);
    }
}

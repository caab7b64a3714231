using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class VerbsTakenIntoRelativesTests
{
    [Fact]
    public void A_verb_after_the_comma_closing_a_relative_clause_of_the_root_noun_becomes_the_sentences_verb()
    {
        // "the group , which fought the army , denied it .": 1 the, 2 group, 3 ",", 4 which, 5 fought, 6 the, 7 army, 8 ",",
        // 9 denied, 10 it, 11 "."; parsed with "group" for the root and "denied" a conjunct of "fought".
        string[] forms = ["the", "group", ",", "which", "fought", "the", "army", ",", "denied", "it", "."];
        string[] upos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"];
        int[] heads = [2, 0, 5, 5, 2, 7, 5, 9, 5, 9, 2];
        string[] relations = ["det", "root", "punct", "nsubj", "acl:relcl", "det", "obj", "punct", "conj", "obj", "punct"];

        VerbsTakenIntoRelatives.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 9, 5, 5, 2, 7, 5, 9, 0, 9, 9);
        relations.Should().Equal("det", "nsubj", "punct", "nsubj", "acl:relcl", "det", "obj", "punct", "root", "obj", "punct");
    }

    [Fact]
    public void A_phrase_of_the_clause_read_as_the_verbs_subject_goes_back_to_the_clause()
    {
        // "the group , which fought since May , denied it": 1 the, 2 group, 3 ",", 4 which, 5 fought, 6 since, 7 May, 8 ",",
        // 9 denied, 10 it; parsed with "since May" as a clause of "denied", "May" its subject.
        string[] forms = ["the", "group", ",", "which", "fought", "since", "May", ",", "denied", "it"];
        string[] upos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "SCONJ", "PROPN", "PUNCT", "VERB", "PRON"];
        int[] heads = [2, 0, 5, 5, 2, 9, 9, 7, 5, 9];
        string[] relations = ["det", "root", "punct", "nsubj", "acl:relcl", "mark", "nsubj", "punct", "advcl", "obj"];

        VerbsTakenIntoRelatives.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 9, 5, 5, 2, 7, 5, 7, 0, 9);
        relations.Should().Equal("det", "nsubj", "punct", "nsubj", "acl:relcl", "case", "obl", "punct", "root", "obj");
    }

    [Fact]
    public void A_verb_with_its_own_subject_after_the_comma_stays_where_it_is()
    {
        // "the group , which fought , we denied": "we" is the subject of "denied", so the sentence is not the group's.
        string[] forms = ["the", "group", ",", "which", "fought", ",", "we", "denied"];
        string[] upos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "PRON", "VERB"];
        int[] heads = [2, 0, 5, 5, 2, 8, 8, 5];
        string[] relations = ["det", "root", "punct", "nsubj", "acl:relcl", "punct", "nsubj", "conj"];

        VerbsTakenIntoRelatives.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 5, 5, 2, 8, 8, 5);
        relations.Should().Equal("det", "root", "punct", "nsubj", "acl:relcl", "punct", "nsubj", "conj");
    }
}

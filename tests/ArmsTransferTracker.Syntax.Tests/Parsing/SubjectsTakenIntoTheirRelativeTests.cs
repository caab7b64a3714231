using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class SubjectsTakenIntoTheirRelativeTests
{
    [Fact]
    public void A_noun_hung_as_a_second_subject_of_its_relative_clause_becomes_the_subject_of_the_verb_after_it()
    {
        // "the firm , whose chief resigned , has sold rifles .": 1 the, 2 firm, 3 ",", 4 whose, 5 chief, 6 resigned, 7 ",",
        // 8 has, 9 sold, 10 rifles, 11 "."; parsed with "firm" and "chief" both subjects of "resigned", hung from "sold".
        string[] forms = ["the", "firm", ",", "whose", "chief", "resigned", ",", "has", "sold", "rifles", "."];
        string[] upos = ["DET", "NOUN", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT", "AUX", "VERB", "NOUN", "PUNCT"];
        int[] heads = [2, 6, 6, 5, 6, 9, 6, 9, 0, 9, 9];
        string[] relations = ["det", "nsubj", "punct", "nmod:poss", "nsubj", "parataxis", "punct", "aux", "root", "obj", "punct"];

        SubjectsTakenIntoTheirRelative.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 9, 6, 5, 6, 2, 6, 9, 0, 9, 9);
        relations.Should().Equal("det", "nsubj", "punct", "nmod:poss", "nsubj", "acl:relcl", "punct", "aux", "root", "obj", "punct");
    }

    [Fact]
    public void A_verb_hung_from_the_relative_clause_takes_the_clauses_place_and_the_noun_the_source_verb_held()
    {
        // "the firm , which makes shells , shipped rounds , the ministry said .": 1 the, 2 firm, 3 ",", 4 which, 5 makes,
        // 6 shells, 7 ",", 8 shipped, 9 rounds, 10 ",", 11 the, 12 ministry, 13 said, 14 "."; parsed with "firm" a subject of
        // "said", "makes" its complement and "shipped" a conjunct of "makes".
        string[] forms = ["the", "firm", ",", "which", "makes", "shells", ",", "shipped", "rounds", ",", "the", "ministry", "said", "."];
        string[] upos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"];
        int[] heads = [2, 13, 5, 5, 13, 5, 8, 5, 8, 5, 12, 13, 0, 13];
        string[] relations =
            ["det", "nsubj", "punct", "nsubj", "ccomp", "obj", "punct", "conj", "obj", "punct", "det", "nsubj", "root", "punct"];

        SubjectsTakenIntoTheirRelative.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 8, 5, 5, 2, 5, 8, 13, 8, 8, 12, 13, 0, 13);
        relations.Should().Equal(
            "det", "nsubj", "punct", "nsubj", "acl:relcl", "obj", "punct", "ccomp", "obj", "punct", "det", "nsubj", "root", "punct");
    }

    [Fact]
    public void A_noun_called_out_before_a_relative_clause_left_the_root_becomes_the_subject_of_the_verb_after_it()
    {
        // "the firm , whose chief resigned , sold rifles .": parsed with "resigned" the root, "firm" called out before it and
        // "sold" its conjunct.
        string[] forms = ["the", "firm", ",", "whose", "chief", "resigned", ",", "sold", "rifles", "."];
        string[] upos = ["DET", "NOUN", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"];
        int[] heads = [2, 6, 2, 5, 6, 0, 6, 6, 8, 6];
        string[] relations = ["det", "vocative", "punct", "nmod:poss", "nsubj", "root", "punct", "conj", "obj", "punct"];

        SubjectsTakenIntoTheirRelative.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 8, 2, 5, 6, 2, 6, 0, 8, 8);
        relations.Should().Equal("det", "nsubj", "punct", "nmod:poss", "nsubj", "acl:relcl", "punct", "root", "obj", "punct");
    }

    [Fact]
    public void A_verb_after_the_clause_that_already_has_the_noun_for_its_subject_stays_as_parsed()
    {
        // "the firm , which makes shells , said it shipped rounds": read right, "firm" the subject of "said".
        string[] forms = ["the", "firm", ",", "which", "makes", "shells", ",", "said", "it", "shipped", "rounds"];
        string[] upos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "VERB", "PRON", "VERB", "NOUN"];
        int[] heads = [2, 8, 5, 5, 2, 5, 5, 0, 10, 8, 10];
        string[] relations = ["det", "nsubj", "punct", "nsubj", "acl:relcl", "obj", "punct", "root", "nsubj", "ccomp", "obj"];

        SubjectsTakenIntoTheirRelative.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 8, 5, 5, 2, 5, 5, 0, 10, 8, 10);
        relations.Should().Equal("det", "nsubj", "punct", "nsubj", "acl:relcl", "obj", "punct", "root", "nsubj", "ccomp", "obj");
    }
}

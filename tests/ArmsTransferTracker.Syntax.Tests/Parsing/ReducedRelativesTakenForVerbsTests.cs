using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class ReducedRelativesTakenForVerbsTests
{
    [Fact]
    public void A_participle_read_as_the_verb_of_what_is_said_describes_its_noun_which_becomes_the_subject_of_the_verb_after_it()
    {
        // "officials said rifles sold to Chad had reached Sudan": 1 officials, 2 said, 3 rifles, 4 sold, 5 to, 6 Chad, 7 had,
        // 8 reached, 9 Sudan. The parser's reading: "rifles sold" is what was said, "had reached" a second thing said.
        int[] heads = [2, 0, 4, 2, 6, 4, 8, 2, 8];
        string[] relations = ["nsubj", "root", "nsubj", "ccomp", "case", "obl", "aux", "ccomp", "obj"];

        ReducedRelativesTakenForVerbs.Mend(["NOUN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "AUX", "VERB", "PROPN"], heads, relations);

        heads.Should().Equal(2, 0, 8, 3, 6, 4, 8, 2, 8);
        relations.Should().Equal("nsubj", "root", "nsubj", "acl", "case", "obl", "aux", "ccomp", "obj");
    }

    [Fact]
    public void The_conjunction_goes_with_the_clause_and_a_passive_verb_takes_a_passive_subject()
    {
        // "no sign that shells bought from Chad were sent to Sudan": 1 no, 2 sign, 3 that, 4 shells, 5 bought, 6 from, 7 Chad,
        // 8 were, 9 sent, 10 to, 11 Sudan.
        int[] heads = [2, 0, 5, 5, 2, 7, 5, 9, 2, 11, 9];
        string[] relations = ["det", "root", "obj", "nsubj", "acl", "case", "obl", "aux:pass", "acl", "case", "obl"];
        string[] tags = ["DET", "NOUN", "SCONJ", "NOUN", "VERB", "ADP", "PROPN", "AUX", "VERB", "ADP", "PROPN"];

        ReducedRelativesTakenForVerbs.Mend(tags, heads, relations);

        heads.Should().Equal(2, 0, 9, 9, 4, 7, 5, 9, 2, 11, 9);
        relations.Should().Equal("det", "root", "mark", "nsubj:pass", "acl", "case", "obl", "aux:pass", "acl", "case", "obl");
    }

    [Fact]
    public void A_quotation_that_opens_on_the_auxiliaries_still_makes_the_noun_the_subject_of_the_verb_after_it()
    {
        // 'officials said rifles seized in Chad "were sent to Sudan"': 1 officials, 2 said, 3 rifles, 4 seized, 5 in, 6 Chad,
        // 7 ", 8 were, 9 sent, 10 to, 11 Sudan, 12 ".
        int[] heads = [2, 0, 4, 2, 6, 4, 9, 9, 2, 11, 9, 9];
        string[] relations = ["nsubj", "root", "nsubj", "ccomp", "case", "obl", "punct", "aux:pass", "ccomp", "case", "obl", "punct"];
        string[] tags = ["NOUN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "AUX", "VERB", "ADP", "PROPN", "PUNCT"];

        ReducedRelativesTakenForVerbs.Mend(tags, heads, relations);

        heads.Should().Equal(2, 0, 9, 3, 6, 4, 9, 9, 2, 11, 9, 9);
        relations.Should().Equal("nsubj", "root", "nsubj:pass", "acl", "case", "obl", "punct", "aux:pass", "ccomp", "case", "obl", "punct");
    }

    [Fact]
    public void A_verb_whose_auxiliaries_belong_to_the_participles_own_phrase_stays_as_it_is()
    {
        // "officials said Chad sold rifles as it had promised": 1 officials, 2 said, 3 Chad, 4 sold, 5 rifles, 6 as, 7 it,
        // 8 had, 9 promised.
        int[] heads = [2, 0, 4, 2, 4, 9, 9, 9, 4];
        string[] relations = ["nsubj", "root", "nsubj", "ccomp", "obj", "mark", "nsubj", "aux", "advcl"];

        ReducedRelativesTakenForVerbs.Mend(["NOUN", "VERB", "PROPN", "VERB", "NOUN", "SCONJ", "PRON", "AUX", "VERB"], heads, relations);

        heads.Should().Equal(2, 0, 4, 2, 4, 9, 9, 9, 4);
    }
}

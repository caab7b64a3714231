using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class VerbsTakenForModifiersTests
{
    [Fact]
    public void A_verb_hung_as_the_modifier_of_a_root_noun_with_a_subject_becomes_the_clauses_verb()
    {
        // "the army confirmed receipt of rifles .": 1 the, 2 army, 3 confirmed, 4 receipt, 5 of, 6 rifles, 7 "."; parsed as
        // a noun phrase "confirmed receipt" with "army" for its subject.
        string[] upos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"];
        int[] heads = [2, 4, 4, 0, 6, 4, 4];
        string[] relations = ["det", "nsubj", "amod", "root", "case", "nmod", "punct"];

        VerbsTakenForModifiers.Mend(upos, heads, relations);

        heads.Should().Equal(2, 3, 0, 3, 6, 4, 3);
        relations.Should().Equal("det", "nsubj", "root", "obj", "case", "nmod", "punct");
    }

    [Fact]
    public void A_root_noun_with_a_copula_keeps_its_modifier()
    {
        // "the army is a confirmed buyer": 1 the, 2 army, 3 is, 4 a, 5 confirmed, 6 buyer.
        string[] upos = ["DET", "NOUN", "AUX", "DET", "VERB", "NOUN"];
        int[] heads = [2, 6, 6, 6, 6, 0];
        string[] relations = ["det", "nsubj", "cop", "det", "amod", "root"];

        VerbsTakenForModifiers.Mend(upos, heads, relations);

        heads.Should().Equal(2, 6, 6, 6, 6, 0);
        relations.Should().Equal("det", "nsubj", "cop", "det", "amod", "root");
    }

    [Fact]
    public void A_root_noun_without_a_subject_before_the_verb_keeps_its_modifier()
    {
        // A headline: "confirmed cases rise": 1 confirmed, 2 cases, 3 rise, parsed with "cases" for the root.
        string[] upos = ["VERB", "NOUN", "VERB"];
        int[] heads = [2, 0, 2];
        string[] relations = ["amod", "root", "acl"];

        VerbsTakenForModifiers.Mend(upos, heads, relations);

        heads.Should().Equal(2, 0, 2);
        relations.Should().Equal("amod", "root", "acl");
    }
}

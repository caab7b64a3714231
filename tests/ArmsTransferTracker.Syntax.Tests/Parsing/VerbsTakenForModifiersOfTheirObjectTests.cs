using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class VerbsTakenForModifiersOfTheirObjectTests
{
    [Fact]
    public void A_verb_read_as_the_modifier_of_the_noun_after_it_is_the_verb_of_the_root_noun_before_it()
    {
        // "The navy spokesman rejected reports on Monday .": "rejected reports" read as a noun phrase held by "spokesman".
        string[] upos = ["DET", "NOUN", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"];
        string[] forms = ["The", "navy", "spokesman", "rejected", "reports", "on", "Monday", "."];
        int[] heads = [3, 3, 0, 5, 3, 7, 3, 3];
        string[] relations = ["det", "compound", "root", "amod", "nmod", "case", "obl", "punct"];

        VerbsTakenForModifiersOfTheirObject.Mend(upos, forms, heads, relations);

        (heads[3], relations[3]).Should().Be((0, "root"));
        (heads[2], relations[2]).Should().Be((4, "nsubj"));
        (heads[4], relations[4]).Should().Be((4, "obj"));
        heads[6].Should().Be(4);
        heads[7].Should().Be(4);
    }

    [Fact]
    public void A_participle_in_ing_stays_the_modifier_of_its_noun()
    {
        // "Soldiers carrying rifles ." on a caption: a noun phrase, no clause.
        string[] upos = ["NOUN", "VERB", "NOUN", "PUNCT"];
        string[] forms = ["Soldiers", "carrying", "rifles", "."];
        int[] heads = [0, 3, 1, 1];
        string[] relations = ["root", "amod", "nmod", "punct"];

        VerbsTakenForModifiersOfTheirObject.Mend(upos, forms, heads, relations);

        heads.Should().Equal(0, 3, 1, 1);
    }
}

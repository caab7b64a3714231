using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class PrepositionsHungInsideTheirPhraseTests
{
    [Fact]
    public void A_preposition_hung_from_a_modifier_marks_the_noun_it_describes_which_is_then_an_oblique()
    {
        // "units were resupplied with Korean - made guns .": 1 units, 2 were, 3 resupplied, 4 with, 5 Korean, 6 -, 7 made,
        // 8 guns, 9 "."; parsed with "with" hung from "Korean" and "guns" the verb's object.
        string[] forms = ["units", "were", "resupplied", "with", "Korean", "-", "made", "guns", "."];
        string[] upos = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"];
        int[] heads = [3, 3, 0, 5, 7, 5, 8, 3, 3];
        string[] relations = ["nsubj:pass", "aux:pass", "root", "case", "compound", "punct", "amod", "obj", "punct"];

        PrepositionsHungInsideTheirPhrase.Mend(upos, forms, heads, relations);

        heads.Should().Equal(3, 3, 0, 8, 7, 5, 8, 3, 3);
        relations.Should().Equal("nsubj:pass", "aux:pass", "root", "case", "compound", "punct", "amod", "obl", "punct");
    }

    [Fact]
    public void A_preposition_inside_a_hyphened_compound_is_left_alone()
    {
        // "on - the - ground intelligence": the treebank's own way with such compounds.
        string[] forms = ["gets", "on", "-", "the", "-", "ground", "intelligence"];
        string[] upos = ["VERB", "ADP", "PUNCT", "DET", "PUNCT", "NOUN", "NOUN"];
        int[] heads = [0, 6, 6, 6, 6, 7, 1];
        string[] relations = ["root", "case", "punct", "det", "punct", "compound", "obj"];

        PrepositionsHungInsideTheirPhrase.Mend(upos, forms, heads, relations);

        heads.Should().Equal(0, 6, 6, 6, 6, 7, 1);
        relations.Should().Equal("root", "case", "punct", "det", "punct", "compound", "obj");
    }

    [Fact]
    public void A_preposition_is_not_carried_across_a_comma_nor_to_a_subject()
    {
        // "in Sanaa , an official said": "Sanaa" parsed as a compound of "official"; the phrase is not "in ... official".
        string[] forms = ["in", "Sanaa", ",", "an", "official", "said"];
        string[] upos = ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB"];
        int[] heads = [2, 5, 2, 5, 6, 0];
        string[] relations = ["case", "compound", "punct", "det", "nsubj", "root"];

        PrepositionsHungInsideTheirPhrase.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 5, 2, 5, 6, 0);
        relations.Should().Equal("case", "compound", "punct", "det", "nsubj", "root");
    }
}

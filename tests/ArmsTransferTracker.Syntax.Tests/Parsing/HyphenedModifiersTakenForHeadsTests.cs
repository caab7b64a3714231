using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class HyphenedModifiersTakenForHeadsTests
{
    // "units were armed with Korean - made guns": 1 units, 2 were, 3 armed, 4 with, 5 Korean, 6 -, 7 made, 8 guns.
    private static readonly string[] Forms = ["units", "were", "armed", "with", "Korean", "-", "made", "guns"];
    private static readonly string[] Upos = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NOUN"];

    [Fact]
    public void The_noun_a_hyphened_participle_modifies_takes_the_place_the_word_before_the_hyphen_took()
    {
        // Parsed as "armed with Korean", with "guns" left a conjunct of "armed".
        int[] heads = [3, 3, 0, 5, 3, 5, 8, 3];
        string[] relations = ["nsubj:pass", "aux:pass", "root", "case", "obl", "punct", "amod", "conj"];

        HyphenedModifiersTakenForHeads.Mend(Upos, Forms, heads, relations);

        heads.Should().Equal(3, 3, 0, 8, 7, 5, 8, 3);
        relations.Should().Equal("nsubj:pass", "aux:pass", "root", "case", "compound", "punct", "amod", "obl");
    }

    [Fact]
    public void A_hyphened_participle_whose_noun_already_holds_its_place_is_left_alone()
    {
        int[] heads = [3, 3, 0, 8, 7, 5, 8, 3];
        string[] relations = ["nsubj:pass", "aux:pass", "root", "case", "compound", "punct", "amod", "obl"];

        HyphenedModifiersTakenForHeads.Mend(Upos, Forms, heads, relations);

        heads.Should().Equal(3, 3, 0, 8, 7, 5, 8, 3);
        relations.Should().Equal("nsubj:pass", "aux:pass", "root", "case", "compound", "punct", "amod", "obl");
    }
}

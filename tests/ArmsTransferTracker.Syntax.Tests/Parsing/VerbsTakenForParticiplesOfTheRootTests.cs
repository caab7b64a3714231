using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class VerbsTakenForParticiplesOfTheRootTests
{
    [Fact]
    public void A_verb_read_as_a_participle_of_a_root_noun_is_the_sentence_verb_with_the_noun_for_subject()
    {
        // "The embassy stood by its report .": 1 The, 2 embassy, 3 stood, 4 by, 5 its, 6 report, 7 .; read as a headline.
        string[] upos = ["DET", "NOUN", "VERB", "ADP", "PRON", "NOUN", "PUNCT"];
        string[] forms = ["The", "embassy", "stood", "by", "its", "report", "."];
        int[] heads = [2, 0, 2, 6, 6, 3, 2];
        string[] relations = ["det", "root", "acl", "case", "nmod:poss", "obl", "punct"];

        VerbsTakenForParticiplesOfTheRoot.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 3, 0, 6, 6, 3, 3);
        relations[1].Should().Be("nsubj");
        relations[2].Should().Be("root");
    }

    [Fact]
    public void A_participle_with_an_agent_describes_its_noun()
    {
        // "Images released by the army ." is a caption: the images are described, not the subject of "released".
        string[] upos = ["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"];
        string[] forms = ["Images", "released", "by", "the", "army", "."];
        int[] heads = [0, 1, 5, 5, 2, 1];
        string[] relations = ["root", "acl", "case", "det", "obl:agent", "punct"];

        VerbsTakenForParticiplesOfTheRoot.Mend(upos, forms, heads, relations);

        heads.Should().Equal(0, 1, 5, 5, 2, 1);
    }

    [Fact]
    public void A_line_without_a_full_stop_stays_a_headline()
    {
        // "Embassy stood by report": a headline, whatever it means.
        string[] upos = ["NOUN", "VERB", "ADP", "NOUN"];
        string[] forms = ["Embassy", "stood", "by", "report"];
        int[] heads = [0, 1, 4, 2];
        string[] relations = ["root", "acl", "case", "obl"];

        VerbsTakenForParticiplesOfTheRoot.Mend(upos, forms, heads, relations);

        heads.Should().Equal(0, 1, 4, 2);
    }
}

using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class ActiveVerbsTakenForModifiersTests
{
    [Fact]
    public void A_verb_with_an_object_hung_on_the_root_noun_before_it_becomes_the_sentences_verb()
    {
        // "the minister called the reports lies .": 1 the, 2 minister, 3 called, 4 the, 5 reports, 6 lies, 7 "."; parsed with
        // "minister" for the root and "called" its participle.
        string[] forms = ["the", "minister", "called", "the", "reports", "lies", "."];
        string[] upos = ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 2, 5, 3, 3, 2];
        string[] relations = ["det", "root", "acl", "det", "obj", "xcomp", "punct"];

        ActiveVerbsTakenForModifiers.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 3, 0, 5, 3, 3, 3);
        relations.Should().Equal("det", "nsubj", "root", "det", "obj", "xcomp", "punct");
    }

    [Fact]
    public void A_verb_with_an_infinitive_of_its_own_becomes_the_sentences_verb_too()
    {
        // "the army declined to comment .": 1 the, 2 army, 3 declined, 4 to, 5 comment, 6 "."; "army" read as the root.
        string[] forms = ["the", "army", "declined", "to", "comment", "."];
        string[] upos = ["DET", "NOUN", "VERB", "PART", "VERB", "PUNCT"];
        int[] heads = [2, 0, 2, 5, 3, 2];
        string[] relations = ["det", "root", "acl", "mark", "xcomp", "punct"];

        ActiveVerbsTakenForModifiers.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 3, 0, 5, 3, 3);
        relations.Should().Equal("det", "nsubj", "root", "mark", "xcomp", "punct");
    }

    [Theory]
    [InlineData("given", "obl:agent")]
    [InlineData("carrying", "obl")]
    public void A_participle_with_an_agent_or_in_ing_stays_the_nouns(string participle, string relation)
    {
        // "troops given rifles by Chad ." and "troops carrying rifles in Chad .": a passive participle with its agent, and
        // one in "-ing" (a caption), describe the noun.
        string[] forms = ["troops", participle, "rifles", participle == "given" ? "by" : "in", "Chad", "."];
        string[] upos = ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"];
        int[] heads = [0, 1, 2, 5, 2, 1];
        string[] relations = ["root", "acl", "obj", "case", relation, "punct"];

        ActiveVerbsTakenForModifiers.Mend(upos, forms, heads, relations);

        heads.Should().Equal(0, 1, 2, 5, 2, 1);
    }
}

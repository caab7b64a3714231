using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class CompoundsSplitAfterAPrepositionTests
{
    [Fact]
    public void A_bare_noun_after_a_prepositional_phrase_and_hung_before_it_heads_that_phrase()
    {
        // "denied reports of arms transfers to Chad": 1 denied, 2 reports, 3 of, 4 arms, 5 transfers, 6 to, 7 Chad.
        string[] upos = ["VERB", "NOUN", "ADP", "NOUN", "NOUN", "ADP", "PROPN"];
        int[] heads = [0, 1, 4, 2, 1, 7, 5];
        string[] relations = ["root", "obj", "case", "nmod", "obl", "case", "nmod"];

        CompoundsSplitAfterAPreposition.Mend(upos, heads, relations);

        heads.Should().Equal(0, 1, 5, 5, 2, 7, 5);
        relations.Should().Equal("root", "obj", "case", "compound", "nmod", "case", "nmod");
    }

    [Fact]
    public void A_noun_that_is_a_subject_or_has_its_own_modifier_is_left_where_it_is()
    {
        // "in recent weeks drones struck": 1 in, 2 recent, 3 weeks, 4 drones, 5 struck.
        int[] subjectHeads = [3, 3, 5, 5, 0];
        string[] subjectRelations = ["case", "amod", "obl", "nsubj", "root"];
        // "spoke of arms, the new deliveries": 1 spoke, 2 of, 3 arms, 4 the, 5 deliveries (with its own determiner).
        int[] modifiedHeads = [0, 3, 1, 5, 1];
        string[] modifiedRelations = ["root", "case", "obl", "det", "obl"];

        CompoundsSplitAfterAPreposition.Mend(["ADP", "ADJ", "NOUN", "NOUN", "VERB"], subjectHeads, subjectRelations);
        CompoundsSplitAfterAPreposition.Mend(["VERB", "ADP", "NOUN", "DET", "NOUN"], modifiedHeads, modifiedRelations);

        subjectHeads.Should().Equal(3, 3, 5, 5, 0);
        modifiedHeads.Should().Equal(0, 3, 1, 5, 1);
    }

    [Fact]
    public void The_shipped_model_reads_a_compound_of_a_plural_noun_after_of_as_one_phrase()
    {
        var tree = SyntaxModel.English.Analyze("Minsk rejected reports of arms transfers to Russia.").Single();

        var transfers = tree.Words.Single(w => w.Form == "transfers");
        (tree[transfers.Head].Form, transfers.Relation).Should().Be(("reports", "nmod"));
        tree.Words.Single(w => w.Form == "arms").Relation.Should().Be("compound");
    }
}

using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class ReducedRelativesTakenForClausesTests
{
    [Fact]
    public void A_participle_read_as_the_subject_clause_describes_its_noun_which_becomes_the_subject()
    {
        // "data compiled by researchers show shipments": 1 data, 2 compiled, 3 by, 4 researchers, 5 show, 6 shipments.
        int[] heads = [2, 5, 4, 2, 0, 5];
        string[] relations = ["nsubj:pass", "nsubj", "case", "obl:agent", "root", "obj"];

        ReducedRelativesTakenForClauses.Mend(["NOUN", "VERB", "ADP", "NOUN", "VERB", "NOUN"], heads, relations);

        (heads[0], relations[0]).Should().Be((5, "nsubj"));
        (heads[1], relations[1]).Should().Be((1, "acl"));
        heads[3].Should().Be(2, "the agent stays with its participle");
    }

    [Fact]
    public void A_passive_clause_with_its_auxiliary_stays_a_clause()
    {
        // "that data were compiled shows care": 1 data, 2 were, 3 compiled, 4 shows, 5 care.
        int[] heads = [3, 3, 4, 0, 4];
        string[] relations = ["nsubj:pass", "aux:pass", "csubj", "root", "obj"];

        ReducedRelativesTakenForClauses.Mend(["NOUN", "AUX", "VERB", "VERB", "NOUN"], heads, relations);

        heads.Should().Equal(3, 3, 4, 0, 4);
    }
}

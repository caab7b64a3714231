using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class SubjectsTakenForObjectsTests
{
    // "officials say trucks from Minsk carried shells": 1 officials, 2 say, 3 trucks, 4 from, 5 Minsk, 6 carried, 7 shells.
    private static readonly string[] Upos = ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "VERB", "NOUN"];

    [Fact]
    public void An_object_followed_by_its_verbs_subjectless_clause_becomes_that_clauses_subject()
    {
        int[] heads = [2, 0, 2, 5, 3, 2, 6];
        string[] relations = ["nsubj", "root", "obj", "case", "nmod", "ccomp", "obj"];

        SubjectsTakenForObjects.Mend(Upos, heads, relations);

        (heads[2], relations[2]).Should().Be((6, "nsubj"));
        heads.Where((_, i) => i != 2).Should().Equal(2, 0, 5, 3, 2, 6);
    }

    [Fact]
    public void A_clause_with_a_subject_of_its_own_leaves_the_object_where_it_is()
    {
        // "officials told reporters Minsk carried shells": 1 officials, 2 told, 3 reporters, 4 Minsk, 5 carried, 6 shells.
        int[] heads = [2, 0, 2, 5, 2, 5];
        string[] relations = ["nsubj", "root", "obj", "nsubj", "ccomp", "obj"];

        SubjectsTakenForObjects.Mend(["NOUN", "VERB", "NOUN", "PROPN", "VERB", "NOUN"], heads, relations);

        (heads[2], relations[2]).Should().Be((2, "obj"));
    }

    [Theory]
    [InlineData("obj")]
    [InlineData("ccomp")]
    public void A_noun_phrase_before_a_passive_clause_becomes_its_passive_subject(string hungAs)
    {
        // "officials said exports were suspended": 1 officials, 2 said, 3 exports, 4 were, 5 suspended; "exports" hung from
        // "said" as its object, or as a complement of its own.
        int[] heads = [2, 0, 2, 5, 2];
        string[] relations = ["nsubj", "root", hungAs, "aux:pass", "ccomp"];

        SubjectsTakenForObjects.Mend(["NOUN", "VERB", "NOUN", "AUX", "VERB"], heads, relations);

        (heads[2], relations[2]).Should().Be((5, "nsubj:pass"));
    }
}

using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class AdjectivesTakenForPredicatesTests
{
    // "sources familiar with the talks said Chad sold rifles": 1 sources, 2 familiar, 3 with, 4 the, 5 talks, 6 said,
    // 7 Chad, 8 sold, 9 rifles.
    private static readonly string[] Tags = ["NOUN", "ADJ", "ADP", "DET", "NOUN", "VERB", "PROPN", "VERB", "NOUN"];

    [Fact]
    public void An_adjective_read_as_the_root_with_the_verb_hung_from_it_describes_the_noun_the_verb_has_for_subject()
    {
        // The parser's reading: "familiar" is the root, "sources" its subject; "said" its adverbial clause, with "talks" for
        // subject and "with" for marker.
        int[] heads = [2, 0, 6, 5, 6, 2, 8, 6, 8];
        string[] relations = ["nsubj", "root", "mark", "det", "nsubj", "advcl", "nsubj", "ccomp", "obj"];

        AdjectivesTakenForPredicates.Mend(Tags, heads, relations);

        heads.Should().Equal(6, 1, 5, 5, 2, 0, 8, 6, 8);
        relations.Should().Equal("nsubj", "amod", "case", "det", "obl", "root", "nsubj", "ccomp", "obj");
    }

    // The parser's other readings: "familiar" is what "said" says, or its subject, with "sources" for subject; its phrase is
    // already its own.
    [Theory]
    [InlineData("ccomp")]
    [InlineData("nsubj")]
    public void An_adjective_read_as_what_the_verb_says_or_as_its_subject_describes_the_verbs_subject(string relation)
    {
        int[] heads = [2, 6, 5, 5, 2, 0, 8, 6, 8];
        string[] relations = ["nsubj", relation, "case", "det", "obl", "root", "nsubj", "ccomp", "obj"];

        AdjectivesTakenForPredicates.Mend(Tags, heads, relations);

        heads.Should().Equal(6, 1, 5, 5, 2, 0, 8, 6, 8);
        relations.Should().Equal("nsubj", "amod", "case", "det", "obl", "root", "nsubj", "ccomp", "obj");
    }

    [Fact]
    public void An_adjective_hung_from_the_clause_before_it_whose_phrase_the_verb_took_for_subject_describes_the_noun()
    {
        // "Chad sold rifles, people familiar with the deal said": 1 Chad, 2 sold, 3 rifles, 4 ",", 5 people, 6 familiar, 7 with,
        // 8 the, 9 deal, 10 said. The parser's reading: "familiar" is joined to "sold", "deal" is the subject of "said" and "with"
        // its conjunction.
        string[] tags = ["PROPN", "VERB", "NOUN", "PUNCT", "NOUN", "ADJ", "ADP", "DET", "NOUN", "VERB"];
        int[] heads = [2, 10, 2, 6, 6, 2, 10, 9, 10, 0];
        string[] relations = ["nsubj", "ccomp", "obj", "punct", "nsubj", "conj", "mark", "det", "nsubj", "root"];

        AdjectivesTakenForPredicates.Mend(tags, heads, relations);

        heads.Should().Equal(2, 10, 2, 6, 10, 5, 9, 9, 6, 0);
        relations.Should().Equal("nsubj", "ccomp", "obj", "punct", "nsubj", "amod", "case", "det", "obl", "root");
    }

    [Fact]
    public void An_adjective_with_its_copula_is_a_predicate_and_keeps_its_reading()
    {
        // "sources were familiar with the talks": 1 sources, 2 were, 3 familiar, 4 with, 5 the, 6 talks.
        string[] tags = ["NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN"];
        int[] heads = [3, 3, 0, 6, 6, 3];
        string[] relations = ["nsubj", "cop", "root", "case", "det", "obl"];

        AdjectivesTakenForPredicates.Mend(tags, heads, relations);

        heads.Should().Equal(3, 3, 0, 6, 6, 3);
    }
}

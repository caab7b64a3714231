using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class InterjectedParticiplesTakenForModifiersTests
{
    // "the Harbour Times , citing port sources , said so .": 1 the, 2 Harbour, 3 Times, 4 ",", 5 citing, 6 port, 7 sources,
    // 8 ",", 9 said, 10 so, 11 ".".
    private static readonly string[] Forms = ["the", "Harbour", "Times", ",", "citing", "port", "sources", ",", "said", "so", "."];
    private static readonly string[] Upos = ["DET", "PROPN", "PROPN", "PUNCT", "VERB", "NOUN", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"];

    // Parsed with "sources" for the subject, "citing" its adjective and the outlet's name a compound of it; or with "Times" for
    // the subject and "sources" an apposition of it.
    [Theory]
    [InlineData(new[] { 3, 3, 7, 3, 7, 7, 9, 7, 0, 9, 9 },
        new[] { "det", "compound", "compound", "punct", "amod", "compound", "nsubj", "punct", "root", "advmod", "punct" })]
    [InlineData(new[] { 3, 3, 9, 7, 7, 7, 3, 3, 0, 9, 9 },
        new[] { "det", "compound", "nsubj", "punct", "amod", "compound", "appos", "punct", "root", "advmod", "punct" })]
    public void A_participle_read_as_the_adjective_of_a_noun_governs_it_and_modifies_the_verb_whose_subject_is_before_the_comma(
        int[] heads, string[] relations)
    {
        InterjectedParticiplesTakenForModifiers.Mend(Upos, Forms, heads, relations);

        // The commas stay where the parser hung them.
        heads.Should().Equal(3, 3, 9, heads[3], 9, 7, 5, heads[7], 0, 9, 9);
        relations.Should().Equal("det", "compound", "nsubj", "punct", "advcl", "compound", "obj", "punct", "root", "advmod", "punct");
    }

    [Fact]
    public void A_verb_with_a_subject_before_the_phrase_is_left_alone()
    {
        // "on Monday , rising costs , we said so .": "rising" describes the costs; "said" has its own subject.
        string[] forms = ["on", "Monday", ",", "rising", "costs", ",", "we", "said", "so", "."];
        string[] upos = ["ADP", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"];
        int[] heads = [2, 8, 5, 5, 8, 5, 8, 0, 8, 8];
        string[] relations = ["case", "obl", "punct", "amod", "obl", "punct", "nsubj", "root", "advmod", "punct"];

        InterjectedParticiplesTakenForModifiers.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 8, 5, 5, 8, 5, 8, 0, 8, 8);
        relations.Should().Equal("case", "obl", "punct", "amod", "obl", "punct", "nsubj", "root", "advmod", "punct");
    }
}

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

    [Fact]
    public void A_participle_set_off_at_the_end_governs_the_noun_after_it_and_modifies_the_verb_before_its_comma()
    {
        // "jets arrived , radio reported , citing port sources .": 1 jets, 2 arrived, 3 ",", 4 radio, 5 reported, 6 ",",
        // 7 citing, 8 port, 9 sources, 10 ".". Parsed with "citing" an adjective of "sources", joined to the first verb.
        string[] forms = ["jets", "arrived", ",", "radio", "reported", ",", "citing", "port", "sources", "."];
        string[] upos = ["NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT", "VERB", "NOUN", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 5, 5, 2, 9, 9, 9, 2, 2];
        string[] relations = ["nsubj", "root", "punct", "nsubj", "parataxis", "punct", "amod", "compound", "conj", "punct"];

        InterjectedParticiplesTakenForModifiers.Mend(upos, forms, heads, relations);

        (heads[6], relations[6]).Should().Be((5, "advcl"));
        (heads[8], relations[8]).Should().Be((7, "obj"));
    }

    [Fact]
    public void A_participle_at_the_end_whose_noun_has_a_verb_of_its_own_is_left_alone()
    {
        // "rates rose , rising costs hurt firms .": 1 rates, 2 rose, 3 ",", 4 rising, 5 costs, 6 hurt, 7 firms, 8 ".".
        string[] forms = ["rates", "rose", ",", "rising", "costs", "hurt", "firms", "."];
        string[] upos = ["NOUN", "VERB", "PUNCT", "VERB", "NOUN", "VERB", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 6, 5, 6, 2, 6, 2];
        string[] relations = ["nsubj", "root", "punct", "amod", "nsubj", "parataxis", "obj", "punct"];

        InterjectedParticiplesTakenForModifiers.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 6, 5, 6, 2, 6, 2);
        relations.Should().Equal("nsubj", "root", "punct", "amod", "nsubj", "parataxis", "obj", "punct");
    }
}

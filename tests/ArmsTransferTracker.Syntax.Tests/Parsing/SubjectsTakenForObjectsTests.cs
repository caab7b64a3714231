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

    [Fact]
    public void A_clause_hung_as_an_unjoined_conjunct_becomes_a_complement_with_the_object_as_its_subject()
    {
        // "monitors say flights from Dubai carried rifles": 1 monitors, 2 say, 3 flights, 4 from, 5 Dubai, 6 carried, 7 rifles.
        int[] heads = [2, 0, 2, 5, 3, 2, 6];
        string[] relations = ["nsubj", "root", "obj", "case", "nmod", "conj", "obj"];

        SubjectsTakenForObjects.Mend(["NOUN", "VERB", "NOUN", "ADP", "PROPN", "VERB", "NOUN"], heads, relations);

        (heads[2], relations[2], relations[5]).Should().Be((6, "nsubj", "ccomp"));
    }

    [Theory]
    [InlineData(4, "cc", "and")]
    [InlineData(4, "punct", ",")]
    [InlineData(2, "obl", "to")]
    public void A_conjunct_joined_by_a_word_or_after_the_verbs_other_words_stays_a_conjunct(int hungOn, string relation, string form)
    {
        // "officials met envoys WORD signed deals": 1 officials, 2 met, 3 envoys, 4 WORD, 5 signed, 6 deals; WORD is a
        // conjunction or a comma of the conjunct, or a word of the verb's own ("to" standing for a phrase hung from it).
        int[] heads = [2, 0, 2, hungOn == 4 ? 5 : 2, 2, 5];
        string[] relations = ["nsubj", "root", "obj", relation, "conj", "obj"];
        var upos = new[] { "NOUN", "VERB", "NOUN", form == "," ? "PUNCT" : form == "and" ? "CCONJ" : "ADP", "VERB", "NOUN" };

        SubjectsTakenForObjects.Mend(upos, heads, relations);

        (heads[2], relations[2], relations[4]).Should().Be((2, "obj", "conj"));
    }

    [Fact]
    public void A_copulas_adjective_hung_as_a_conjunct_takes_no_subject_from_the_object()
    {
        // "Minsk sent missiles is false", from a parse gone wrong before it: 1 Minsk, 2 sent, 3 missiles, 4 is, 5 false.
        int[] heads = [2, 0, 2, 5, 2];
        string[] relations = ["nsubj", "root", "obj", "cop", "conj"];

        SubjectsTakenForObjects.Mend(["PROPN", "VERB", "NOUN", "AUX", "ADJ"], heads, relations);

        (heads[2], relations[2], relations[4]).Should().Be((2, "obj", "conj"));
    }
}

using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class SourcesTakenForModifiersTests
{
    [Theory]
    [InlineData(2, "acl", 2)]
    [InlineData(0, "root", 6)]
    public void A_verb_after_a_source_and_its_name_heads_the_clause_with_the_source_its_subject(int verbHead, string verbRelation,
        int sourceHead)
    {
        // "A spokesman , Ali Musa , neither confirmed nor denied it .": 1 A, 2 spokesman, 3 ",", 4 Ali, 5 Musa, 6 ",", 7 neither,
        // 8 confirmed, 9 nor, 10 denied, 11 it, 12 "."; parsed with "confirmed" a participle of "spokesman", or as the root
        // with the source hung beside it.
        string[] forms = ["A", "spokesman", ",", "Ali", "Musa", ",", "neither", "confirmed", "nor", "denied", "it", "."];
        string[] upos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADV", "VERB", "CCONJ", "VERB", "PRON", "PUNCT"];
        int[] heads = [2, sourceHead == 2 ? 0 : 8, 4, 2, 4, 8, 8, verbHead, 10, 8, 10, sourceHead == 2 ? 2 : 8];
        string[] relations = ["det", sourceHead == 2 ? "root" : "parataxis", "punct", "appos", "flat", "punct", "advmod",
            verbRelation, "cc", "conj", "obj", "punct"];

        SourcesTakenForModifiers.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 8, 4, 2, 4, 4, 8, 0, 10, 8, 10, 8);
        relations.Should().Equal("det", "nsubj", "punct", "appos", "flat", "punct", "advmod", "root", "cc", "conj", "obj", "punct");
    }

    [Fact]
    public void A_phrase_a_preposition_marks_or_a_capitalised_word_of_a_name_stays()
    {
        // "Pedro Sanchez , like other socialists , said so .", parsed with "said" beside the name: "like" marks no apposition.
        string[] marked = ["Pedro", "Sanchez", ",", "like", "other", "socialists", ",", "said", "so", "."];
        string[] markedUpos = ["PROPN", "PROPN", "PUNCT", "ADP", "ADJ", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"];
        int[] markedHeads = [0, 1, 6, 6, 6, 1, 1, 1, 8, 1];
        string[] markedRelations = ["root", "flat", "punct", "case", "amod", "nmod", "punct", "parataxis", "advmod", "punct"];
        // "Buses , DTC Buses , Call Center Cabs .": "Call" is a word of a name, not a verb after the list.
        string[] named = ["Buses", ",", "DTC", "Buses", ",", "Call", "Center", "Cabs", "."];
        string[] namedUpos = ["NOUN", "PUNCT", "PROPN", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"];
        int[] namedHeads = [0, 4, 4, 1, 6, 1, 8, 6, 1];
        string[] namedRelations = ["root", "punct", "compound", "appos", "punct", "parataxis", "compound", "obj", "punct"];

        SourcesTakenForModifiers.Mend(markedUpos, marked, markedHeads, markedRelations);
        SourcesTakenForModifiers.Mend(namedUpos, named, namedHeads, namedRelations);

        markedHeads.Should().Equal(0, 1, 6, 6, 6, 1, 1, 1, 8, 1);
        namedHeads.Should().Equal(0, 4, 4, 1, 6, 1, 8, 6, 1);
    }
}

using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class SubjectsTakenIntoTheClauseBeforeTests
{
    [Fact]
    public void The_phrase_after_the_comma_hung_inside_the_clause_is_the_subject_of_the_verb_joined_to_it()
    {
        // "Chad sent rifles , Sudan 's army told reporters .": 1 Chad, 2 sent, 3 rifles, 4 ",", 5 Sudan, 6 's, 7 army, 8 told,
        // 9 reporters, 10 "."; parsed with "army" an oblique of "sent" and "told" a conjunct of it with no subject.
        string[] forms = ["Chad", "sent", "rifles", ",", "Sudan", "'s", "army", "told", "reporters", "."];
        string[] upos = ["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 2, 7, 7, 5, 2, 2, 8, 2];
        string[] relations = ["nsubj", "root", "obj", "punct", "nmod:poss", "case", "obl", "conj", "obj", "punct"];

        SubjectsTakenIntoTheClauseBefore.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 7, 7, 5, 8, 2, 8, 2);
        relations.Should().Equal("nsubj", "root", "obj", "punct", "nmod:poss", "case", "nsubj", "conj", "obj", "punct");
    }

    [Fact]
    public void The_phrase_is_the_subject_of_a_root_verb_whose_complement_came_before_the_comma()
    {
        // "Chad sent rifles , a report has found .": "report" parsed as an oblique of "sent", which is "found"'s complement.
        string[] forms = ["Chad", "sent", "rifles", ",", "a", "report", "has", "found", "."];
        string[] upos = ["PROPN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"];
        int[] heads = [2, 8, 2, 6, 6, 2, 8, 0, 8];
        string[] relations = ["nsubj", "ccomp", "obj", "punct", "det", "obl", "aux", "root", "punct"];

        SubjectsTakenIntoTheClauseBefore.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 8, 2, 6, 6, 8, 8, 0, 8);
        relations.Should().Equal("nsubj", "ccomp", "obj", "punct", "det", "nsubj", "aux", "root", "punct");
    }

    [Theory]
    [InlineData(7, "parataxis")]
    [InlineData(3, "conj")]
    public void A_source_whose_name_is_set_off_by_commas_is_the_subject_and_its_and_joins_the_verb(int nameHead, string verbRelation)
    {
        // "Chad sent rifles , and a spokesman , Ali Musa , said so .": 1 Chad, 2 sent, 3 rifles, 4 ",", 5 and, 6 a, 7 spokesman,
        // 8 ",", 9 Ali, 10 Musa, 11 ",", 12 said, 13 so, 14 "."; parsed with "spokesman" a conjunct of "rifles", "Ali Musa" an
        // apposition of "spokesman" or of "rifles", and "said" hung beside the clause or joined to "sent", with no subject.
        string[] forms = ["Chad", "sent", "rifles", ",", "and", "a", "spokesman", ",", "Ali", "Musa", ",", "said", "so", "."];
        string[] upos = ["PROPN", "VERB", "NOUN", "PUNCT", "CCONJ", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "ADV",
            "PUNCT"];
        int[] heads = [2, 0, 2, 7, 7, 7, 3, 9, nameHead, 9, 12, 2, 12, 2];
        string[] relations = ["nsubj", "root", "obj", "punct", "cc", "det", "conj", "punct", "appos", "flat", "punct", verbRelation,
            "advmod", "punct"];

        SubjectsTakenIntoTheClauseBefore.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 7, 12, 7, 12, 9, 7, 9, 12, 2, 12, 2);
        relations.Should().Equal("nsubj", "root", "obj", "punct", "cc", "det", "nsubj", "punct", "appos", "flat", "punct", "conj",
            "advmod", "punct");
    }

    [Fact]
    public void A_bare_participle_after_the_phrase_describes_it_and_takes_no_subject()
    {
        // "Chad sent rifles , part of a package meant for the army .": "meant" hung as a conjunct of "sent" is no verb of speech
        // and has no auxiliary: the package is what it describes.
        string[] forms = ["Chad", "sent", "rifles", ",", "part", "of", "a", "package", "meant", "for", "the", "army", "."];
        string[] upos = ["PROPN", "VERB", "NOUN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 2, 5, 2, 8, 8, 5, 2, 12, 12, 9, 2];
        string[] relations = ["nsubj", "root", "obj", "punct", "obl", "case", "det", "nmod", "conj", "case", "det", "obl", "punct"];

        SubjectsTakenIntoTheClauseBefore.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 5, 2, 8, 8, 5, 2, 12, 12, 9, 2);
        relations.Should().Equal("nsubj", "root", "obj", "punct", "obl", "case", "det", "nmod", "conj", "case", "det", "obl", "punct");
    }

    [Fact]
    public void A_phrase_with_a_preposition_or_a_verb_of_its_own_or_a_word_outside_hung_from_it_stays()
    {
        // "Chad sent rifles , in Abeche said .": a phrase a preposition marks is where or when, not who.
        string[] marked = ["Chad", "sent", "rifles", ",", "in", "Abeche", "said", "."];
        string[] markedUpos = ["PROPN", "VERB", "NOUN", "PUNCT", "ADP", "PROPN", "VERB", "PUNCT"];
        int[] markedHeads = [2, 0, 2, 6, 6, 2, 2, 2];
        string[] markedRelations = ["nsubj", "root", "obj", "punct", "case", "obl", "conj", "punct"];
        // "Chad sent rifles , a spokesman said .": with "sent" itself hung from "spokesman", the phrase is no closed one.
        string[] holding = ["Chad", "sent", "rifles", ",", "a", "spokesman", "said", "."];
        string[] holdingUpos = ["PROPN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"];
        int[] holdingHeads = [2, 6, 2, 6, 6, 0, 2, 6];
        string[] holdingRelations = ["nsubj", "advcl", "obj", "punct", "det", "root", "conj", "punct"];

        SubjectsTakenIntoTheClauseBefore.Mend(markedUpos, marked, markedHeads, markedRelations);
        SubjectsTakenIntoTheClauseBefore.Mend(holdingUpos, holding, holdingHeads, holdingRelations);

        markedHeads.Should().Equal(2, 0, 2, 6, 6, 2, 2, 2);
        markedRelations.Should().Equal("nsubj", "root", "obj", "punct", "case", "obl", "conj", "punct");
        holdingHeads.Should().Equal(2, 6, 2, 6, 6, 0, 2, 6);
        holdingRelations.Should().Equal("nsubj", "advcl", "obj", "punct", "det", "root", "conj", "punct");
    }
}

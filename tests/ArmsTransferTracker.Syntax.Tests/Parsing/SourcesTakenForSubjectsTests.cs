using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class SourcesTakenForSubjectsTests
{
    [Theory]
    [InlineData(7, "advcl", "nsubj")]
    [InlineData(6, "case", "compound")]
    public void A_name_after_according_to_taken_for_the_subject_or_its_compound_is_the_source_of_the_verb(int hungFrom,
        string accordingRelation, string nameRelation)
    {
        // "According to Ali Musa , Chad sent rifles .": 1 According, 2 to, 3 Ali, 4 Musa, 5 ",", 6 Chad, 7 sent, 8 rifles, 9 ".";
        // parsed with "According" a clause of "sent" and "Ali" a second subject of it, or with "Ali" a compound of "Chad".
        string[] forms = ["According", "to", "Ali", "Musa", ",", "Chad", "sent", "rifles", "."];
        string[] upos = ["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"];
        int[] heads = [hungFrom, 1, hungFrom, 3, hungFrom, 7, 0, 7, 7];
        string[] relations = [accordingRelation, "fixed", nameRelation, "flat", "punct", "nsubj", "root", "obj", "punct"];

        SourcesTakenForSubjects.Mend(upos, forms, heads, relations);

        heads.Should().Equal(3, 1, 7, 3, hungFrom, 7, 0, 7, 7);
        relations.Should().Equal("case", "fixed", "obl", "flat", "punct", "nsubj", "root", "obj", "punct");
    }

    [Fact]
    public void A_source_already_marked_by_according_to_stays()
    {
        // "The rifles , according to officials , reached Chad .": the phrase is already the verb's oblique.
        string[] forms = ["The", "rifles", ",", "according", "to", "officials", ",", "reached", "Chad", "."];
        string[] upos = ["DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"];
        int[] heads = [2, 8, 6, 6, 4, 8, 6, 0, 8, 8];
        string[] relations = ["det", "nsubj", "punct", "case", "fixed", "obl", "punct", "root", "obj", "punct"];

        SourcesTakenForSubjects.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 8, 6, 6, 4, 8, 6, 0, 8, 8);
        relations.Should().Equal("det", "nsubj", "punct", "case", "fixed", "obl", "punct", "root", "obj", "punct");
    }
}

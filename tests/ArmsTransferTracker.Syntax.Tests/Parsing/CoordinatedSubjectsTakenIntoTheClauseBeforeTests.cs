using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class CoordinatedSubjectsTakenIntoTheClauseBeforeTests
{
    [Fact]
    public void A_first_source_taken_for_a_conjunct_of_the_clause_before_heads_the_subject()
    {
        // "Iran sent drones , two officials and a diplomat said": 1 Iran, 2 sent, 3 drones, 4 ",", 5 two, 6 officials, 7 and,
        // 8 a, 9 diplomat, 10 said; parsed with "officials" a conjunct of "sent" and "diplomat" alone the subject of "said".
        string[] forms = ["Iran", "sent", "drones", ",", "two", "officials", "and", "a", "diplomat", "said"];
        string[] upos = ["PROPN", "VERB", "NOUN", "PUNCT", "NUM", "NOUN", "CCONJ", "DET", "NOUN", "VERB"];
        int[] heads = [2, 0, 2, 6, 6, 2, 10, 9, 10, 2];
        string[] relations = ["nsubj", "root", "obj", "punct", "nummod", "conj", "cc", "det", "nsubj", "conj"];

        CoordinatedSubjectsTakenIntoTheClauseBefore.Mend(upos, forms, heads, relations);

        (heads[5], relations[5]).Should().Be((10, "nsubj"));
        (heads[8], relations[8]).Should().Be((6, "conj"));
        (heads[6], relations[6]).Should().Be((9, "cc"));
    }

    [Fact]
    public void A_phrase_set_off_by_its_own_comma_before_and_is_left_alone()
    {
        // "Iran sent drones to Sudan , its ally , and officials said": "and" follows a comma; "its ally" describes Sudan.
        string[] forms = ["Iran", "sent", "drones", "to", "Sudan", ",", "its", "ally", ",", "and", "officials", "said"];
        string[] upos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "NOUN", "PUNCT", "CCONJ", "NOUN", "VERB"];
        int[] heads = [2, 0, 2, 5, 2, 8, 8, 5, 12, 12, 12, 2];
        string[] relations = ["nsubj", "root", "obj", "case", "obl", "punct", "nmod:poss", "appos", "punct", "cc", "nsubj", "conj"];
        var before = ((int[])heads.Clone(), (string[])relations.Clone());

        CoordinatedSubjectsTakenIntoTheClauseBefore.Mend(upos, forms, heads, relations);

        (heads, relations).Should().BeEquivalentTo(before);
    }
}

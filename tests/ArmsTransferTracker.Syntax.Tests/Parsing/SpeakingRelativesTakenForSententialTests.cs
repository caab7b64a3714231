using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class SpeakingRelativesTakenForSententialTests
{
    [Fact]
    public void A_relative_clause_that_says_something_hangs_from_the_noun_phrase_before_its_comma()
    {
        // "they asked about a statement issued on Monday , which said Iran sent drones .": 1 they, 2 asked, 3 about, 4 a,
        // 5 statement, 6 issued, 7 on, 8 Monday, 9 ",", 10 which, 11 said, 12 Iran, 13 sent, 14 drones, 15 "."; parsed with
        // "said" a relative clause of the whole clause, hung from "asked".
        string[] forms = ["they", "asked", "about", "a", "statement", "issued", "on", "Monday", ",", "which", "said", "Iran", "sent",
            "drones", "."];
        string[] upos = ["PRON", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PROPN", "VERB", "NOUN",
            "PUNCT"];
        int[] heads = [2, 0, 5, 5, 2, 5, 8, 6, 11, 11, 2, 13, 11, 13, 2];
        string[] relations = ["nsubj", "root", "case", "det", "obl", "acl", "case", "obl", "punct", "nsubj", "advcl:relcl", "nsubj",
            "ccomp", "obj", "punct"];

        SpeakingRelativesTakenForSentential.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 5, 5, 2, 5, 8, 6, 11, 11, 5, 13, 11, 13, 2);
        relations[10].Should().Be("acl:relcl");
    }

    [Fact]
    public void A_clause_that_ends_in_its_verbs_phrase_of_time_leaves_the_relative_where_it_is()
    {
        // "they published it on Friday , which said little": "Friday" is when, not who; no noun phrase ends before the comma.
        string[] forms = ["they", "published", "it", "on", "Friday", ",", "which", "said", "little"];
        string[] upos = ["PRON", "VERB", "PRON", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "ADJ"];
        int[] heads = [2, 0, 2, 5, 2, 8, 8, 2, 8];
        string[] relations = ["nsubj", "root", "obj", "case", "obl", "punct", "nsubj", "advcl:relcl", "obj"];

        SpeakingRelativesTakenForSentential.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 5, 2, 8, 8, 2, 8);
    }

    [Fact]
    public void A_relative_clause_that_says_nothing_still_describes_the_clause_before_it()
    {
        // "the talks failed , which surprised no one": a clause may surprise; it cannot say.
        string[] forms = ["the", "talks", "failed", ",", "which", "surprised", "no", "one"];
        string[] upos = ["DET", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "DET", "NOUN"];
        int[] heads = [2, 3, 0, 6, 6, 3, 8, 6];
        string[] relations = ["det", "nsubj", "root", "punct", "nsubj", "advcl:relcl", "det", "obj"];

        SpeakingRelativesTakenForSentential.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 3, 0, 6, 6, 3, 8, 6);
        relations[5].Should().Be("advcl:relcl");
    }
}

using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class SourcesTakenIntoModifiersTests
{
    // "Iran sold Syria drones that were used , according to officials .": 1 Iran, 2 sold, 3 Syria, 4 drones, 5 that, 6 were,
    // 7 used, 8 ",", 9 according, 10 to, 11 officials, 12 "."; parsed with the source hung on the relative clause's verb.
    private static readonly string[] Forms =
        ["Iran", "sold", "Syria", "drones", "that", "were", "used", ",", "according", "to", "officials", "."];

    private static readonly string[] Upos =
        ["PROPN", "VERB", "PROPN", "NOUN", "PRON", "AUX", "VERB", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT"];

    [Fact]
    public void A_closing_source_hung_inside_a_clause_of_a_noun_vouches_for_the_root_verb()
    {
        int[] heads = [2, 0, 2, 2, 7, 7, 4, 11, 11, 9, 7, 2];
        string[] relations =
            ["nsubj", "root", "iobj", "obj", "nsubj:pass", "aux:pass", "acl:relcl", "punct", "case", "fixed", "obl", "punct"];

        SourcesTakenIntoModifiers.Mend(Upos, Forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 2, 7, 7, 4, 11, 11, 9, 2, 2);
    }

    [Fact]
    public void A_source_of_a_clause_that_is_no_modifier_stays_where_it_is()
    {
        // "Iran sold Syria drones and used them , according to officials .": the source may be the second verb's alone.
        string[] forms = ["Iran", "sold", "Syria", "drones", "and", "used", "them", ",", "according", "to", "officials", "."];
        string[] upos = ["PROPN", "VERB", "PROPN", "NOUN", "CCONJ", "VERB", "PRON", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 2, 2, 6, 2, 6, 11, 11, 9, 6, 2];
        string[] relations = ["nsubj", "root", "iobj", "obj", "cc", "conj", "obj", "punct", "case", "fixed", "obl", "punct"];

        SourcesTakenIntoModifiers.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 2, 6, 2, 6, 11, 11, 9, 6, 2);
    }
}

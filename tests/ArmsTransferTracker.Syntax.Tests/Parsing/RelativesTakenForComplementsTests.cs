using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class RelativesTakenForComplementsTests
{
    // "Washington sanctioned firms that it said had sold drones": 1 Washington, 2 sanctioned, 3 firms, 4 that, 5 it, 6 said,
    // 7 had, 8 sold, 9 drones.
    private static readonly string[] Forms = ["Washington", "sanctioned", "firms", "that", "it", "said", "had", "sold", "drones"];
    private static readonly string[] Tags = ["PROPN", "VERB", "NOUN", "SCONJ", "PRON", "VERB", "AUX", "VERB", "NOUN"];

    [Fact]
    public void A_pronoun_read_as_the_conjunction_of_what_is_said_is_the_subject_of_the_verb_left_without_one()
    {
        // The parser's reading: "said" is what Washington sanctioned, "that" its conjunction, "sold" what it said.
        int[] heads = [2, 0, 2, 6, 6, 2, 8, 6, 8];
        string[] relations = ["nsubj", "root", "obj", "mark", "nsubj", "ccomp", "aux", "ccomp", "obj"];

        RelativesTakenForComplements.Mend(Tags, Forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 8, 6, 3, 8, 6, 8);
        relations.Should().Equal("nsubj", "root", "obj", "nsubj", "nsubj", "acl:relcl", "aux", "ccomp", "obj");
    }

    [Fact]
    public void The_pronoun_of_a_passive_verb_is_its_passive_subject()
    {
        // "Police seized rifles which officials say were sent": 1 Police, 2 seized, 3 rifles, 4 which, 5 officials, 6 say,
        // 7 were, 8 sent.
        string[] forms = ["Police", "seized", "rifles", "which", "officials", "say", "were", "sent"];
        string[] tags = ["NOUN", "VERB", "NOUN", "PRON", "NOUN", "VERB", "AUX", "VERB"];
        int[] heads = [2, 0, 2, 6, 6, 2, 8, 6];
        string[] relations = ["nsubj", "root", "obj", "obj", "nsubj", "ccomp", "aux:pass", "ccomp"];

        RelativesTakenForComplements.Mend(tags, forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 8, 6, 3, 8, 6);
        relations.Should().Equal("nsubj", "root", "obj", "nsubj:pass", "nsubj", "acl:relcl", "aux:pass", "ccomp");
    }

    [Fact]
    public void A_verb_said_with_a_subject_of_its_own_leaves_the_conjunction_as_it_is()
    {
        // "Washington warned firms that it said Iran had sold drones": "Iran" is the subject of "sold".
        string[] forms = ["Washington", "warned", "firms", "that", "it", "said", "Iran", "had", "sold", "drones"];
        string[] tags = ["PROPN", "VERB", "NOUN", "SCONJ", "PRON", "VERB", "PROPN", "AUX", "VERB", "NOUN"];
        int[] heads = [2, 0, 2, 6, 6, 2, 9, 9, 6, 9];
        string[] relations = ["nsubj", "root", "obj", "mark", "nsubj", "ccomp", "nsubj", "aux", "ccomp", "obj"];

        RelativesTakenForComplements.Mend(tags, forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 6, 6, 2, 9, 9, 6, 9);
        relations.Should().Equal("nsubj", "root", "obj", "mark", "nsubj", "ccomp", "nsubj", "aux", "ccomp", "obj");
    }
}

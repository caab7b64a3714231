using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class ModifiersTakenForConjunctsTests
{
    // "Iran sent drones to Russia , South Korean officials said": 1 Iran, 2 sent, 3 drones, 4 to, 5 Russia, 6 ",", 7 South,
    // 8 Korean, 9 officials, 10 said.
    private static readonly string[] Forms = ["Iran", "sent", "drones", "to", "Russia", ",", "South", "Korean", "officials", "said"];
    private static readonly string[] Upos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "NOUN", "VERB"];

    [Fact]
    public void A_conjunct_without_a_coordinator_before_a_subject_noun_modifies_that_noun()
    {
        int[] heads = [2, 10, 2, 5, 2, 8, 8, 5, 10, 0];
        string[] relations = ["nsubj", "ccomp", "obj", "case", "obl", "punct", "compound", "conj", "nsubj", "root"];

        ModifiersTakenForConjuncts.Mend(Upos, Forms, heads, relations);

        (heads[7], relations[7]).Should().Be((9, "compound"));
        heads[6].Should().Be(8, "\"South\" stays with \"Korean\"");
    }

    [Fact]
    public void Coordinated_conjuncts_before_a_subject_noun_modify_that_noun_together()
    {
        // "... to Ukraine , Danish and Dutch officials said": "and" hangs from "Dutch".
        string[] forms = ["Denmark", "sent", "jets", "to", "Ukraine", ",", "Danish", "and", "Dutch", "officials", "said"];
        string[] upos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN", "VERB"];
        int[] heads = [2, 11, 2, 5, 2, 7, 5, 9, 5, 11, 0];
        string[] relations = ["nsubj", "ccomp", "obj", "case", "obl", "punct", "conj", "cc", "conj", "nsubj", "root"];

        ModifiersTakenForConjuncts.Mend(upos, forms, heads, relations);

        (heads[6], relations[6]).Should().Be((10, "compound"));
        (heads[8], relations[8]).Should().Be((7, "conj"));
        heads[7].Should().Be(9, "\"and\" stays with \"Dutch\"");
    }

    [Fact]
    public void A_list_that_ends_before_a_comma_keeps_its_conjuncts()
    {
        // "... to Russia , Belarus and Syria , officials said".
        string[] forms = ["Iran", "sent", "drones", "to", "Russia", ",", "Belarus", "and", "Syria", ",", "officials", "said"];
        string[] upos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "NOUN", "VERB"];
        int[] heads = [2, 12, 2, 5, 2, 7, 5, 9, 5, 12, 12, 0];
        string[] relations = ["nsubj", "ccomp", "obj", "case", "obl", "punct", "conj", "cc", "conj", "punct", "nsubj", "root"];

        ModifiersTakenForConjuncts.Mend(upos, forms, heads, relations);

        (heads[6], relations[6]).Should().Be((5, "conj"));
        (heads[8], relations[8]).Should().Be((5, "conj"));
    }
}

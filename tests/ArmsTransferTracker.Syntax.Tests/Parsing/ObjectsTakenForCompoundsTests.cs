using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class ObjectsTakenForCompoundsTests
{
    [Fact]
    public void A_name_hung_as_the_compound_of_the_verb_before_it_is_the_verbs_object()
    {
        // "Eritrea is arming al-Shabaab .": 1 Eritrea, 2 is, 3 arming, 4 al, 5 -, 6 Shabaab, 7 "."; "al" hung as a compound.
        string[] upos = ["PROPN", "AUX", "VERB", "PROPN", "PUNCT", "PROPN", "PUNCT"];
        int[] heads = [3, 3, 0, 3, 6, 4, 3];
        string[] relations = ["nsubj", "aux", "root", "compound", "punct", "flat", "punct"];

        ObjectsTakenForCompounds.Mend(upos, heads, relations);

        relations[3].Should().Be("obj");
        heads[3].Should().Be(3);
    }

    [Fact]
    public void A_verb_with_an_object_of_its_own_keeps_its_compound()
    {
        // "they marked up the draft .": 1 they, 2 marked, 3 up, 4 the, 5 draft; "up" hung as a compound, as the treebank
        // does, and here even were it tagged a noun the verb has its object already.
        string[] upos = ["PRON", "VERB", "NOUN", "DET", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 2, 5, 2, 2];
        string[] relations = ["nsubj", "root", "compound", "det", "obj", "punct"];

        ObjectsTakenForCompounds.Mend(upos, heads, relations);

        relations[2].Should().Be("compound");
    }
}

using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class GerundsTakenAwayFromTheirAspectVerbTests
{
    [Fact]
    public void A_gerund_read_as_the_modifier_of_the_object_is_the_complement_of_the_verb_before_it()
    {
        // "Minsk keeps buying rifles .": 1 Minsk, 2 keeps, 3 buying, 4 rifles, 5 "."; "buying" hung as "rifles"' modifier.
        string[] upos = ["PROPN", "VERB", "VERB", "NOUN", "PUNCT"];
        string[] forms = ["Minsk", "keeps", "buying", "rifles", "."];
        int[] heads = [2, 0, 4, 2, 2];
        string[] relations = ["nsubj", "root", "amod", "obj", "punct"];

        GerundsTakenAwayFromTheirAspectVerb.Mend(upos, forms, heads, relations);

        (heads[2], relations[2]).Should().Be((2, "xcomp"));
        (heads[3], relations[3]).Should().Be((3, "obj"));
    }

    [Fact]
    public void A_gerund_hung_from_the_verb_of_speech_before_is_the_complement_of_its_aspect_verb()
    {
        // "Kyiv says Moscow has begun shipping shells .": "shipping" hung as an adverbial clause of "says".
        string[] upos = ["PROPN", "VERB", "PROPN", "AUX", "VERB", "VERB", "NOUN", "PUNCT"];
        string[] forms = ["Kyiv", "says", "Moscow", "has", "begun", "shipping", "shells", "."];
        int[] heads = [2, 0, 5, 5, 2, 2, 6, 2];
        string[] relations = ["nsubj", "root", "nsubj", "aux", "ccomp", "advcl", "obj", "punct"];

        GerundsTakenAwayFromTheirAspectVerb.Mend(upos, forms, heads, relations);

        (heads[5], relations[5]).Should().Be((5, "xcomp"));
        heads[6].Should().Be(6);
    }

    [Fact]
    public void A_gerund_after_a_verb_of_no_aspect_keeps_its_head()
    {
        // "Witnesses recalled seeing convoys .": "recalled" begins, keeps or stops nothing, so the parser's reading stays.
        string[] upos = ["NOUN", "VERB", "VERB", "NOUN", "PUNCT"];
        string[] forms = ["Witnesses", "recalled", "seeing", "convoys", "."];
        int[] heads = [2, 0, 4, 2, 2];
        string[] relations = ["nsubj", "root", "amod", "obj", "punct"];

        GerundsTakenAwayFromTheirAspectVerb.Mend(upos, forms, heads, relations);

        (heads[2], relations[2]).Should().Be((4, "amod"));
    }
}

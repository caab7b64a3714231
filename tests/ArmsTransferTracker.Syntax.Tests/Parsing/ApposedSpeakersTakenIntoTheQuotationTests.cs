using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class ApposedSpeakersTakenIntoTheQuotationTests
{
    [Fact]
    public void A_name_and_its_role_after_a_quotation_are_the_subject_of_the_verb_after_them()
    {
        // "" The reports are false , " Colonel Omar Sayed , director of the office , said": the parser hung the name inside
        // the quotation as an oblique of "false" and the role as its apposition.
        string[] forms = ["\"", "The", "reports", "are", "false", ",", "\"", "Colonel", "Omar", "Sayed", ",", "director", "of", "the",
            "office", ",", "said"];
        string[] upos = ["PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP",
            "DET", "NOUN", "PUNCT", "VERB"];
        int[] heads = [5, 3, 5, 5, 17, 5, 5, 10, 10, 5, 12, 5, 15, 15, 12, 5, 0];
        string[] relations = ["punct", "det", "nsubj", "cop", "ccomp", "punct", "punct", "compound", "compound", "obl", "punct", "appos",
            "case", "det", "nmod", "punct", "root"];

        ApposedSpeakersTakenIntoTheQuotation.Mend(upos, forms, heads, relations);

        (heads[9], relations[9]).Should().Be((17, "nsubj"));
        (heads[11], relations[11]).Should().Be((10, "appos"));
        heads[10].Should().Be(12, "the comma before the role hangs from it");
        heads[15].Should().Be(12, "so does the comma after it");
        heads[4].Should().Be(17, "the quotation stays what the verb says");
    }

    [Fact]
    public void A_verb_with_a_subject_keeps_its_words()
    {
        // "Omar Sayed , director of the office , he said": a name at the start of the sentence, and "said" has "he".
        string[] forms = ["Omar", "Sayed", ",", "director", "of", "the", "office", ",", "he", "said"];
        string[] upos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB"];
        int[] heads = [10, 1, 4, 1, 7, 7, 4, 10, 10, 0];
        string[] relations = ["obj", "flat", "punct", "appos", "case", "det", "nmod", "punct", "nsubj", "root"];
        var before = ((int[])heads.Clone(), (string[])relations.Clone());

        ApposedSpeakersTakenIntoTheQuotation.Mend(upos, forms, heads, relations);

        (heads, relations).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void A_name_that_opens_the_sentence_is_no_name_after_a_quotation()
    {
        // "Omar Sayed , director of the office , said": no quotation before the name, and nothing before it to look at.
        string[] forms = ["Omar", "Sayed", ",", "director", "of", "the", "office", ",", "said"];
        string[] upos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB"];
        int[] heads = [9, 1, 4, 1, 7, 7, 4, 9, 0];
        string[] relations = ["obj", "flat", "punct", "appos", "case", "det", "nmod", "punct", "root"];
        var before = ((int[])heads.Clone(), (string[])relations.Clone());

        ApposedSpeakersTakenIntoTheQuotation.Mend(upos, forms, heads, relations);

        (heads, relations).Should().BeEquivalentTo(before);
    }
}

using ArmsTransferTracker.Extraction.Attribution;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

public class PhraseHeadsTests
{
    [Theory]
    [InlineData("cannot comment", "can", "not")]
    [InlineData("don't know", "do", "n't")]
    [InlineData("will not comment", "wo", "n't")]
    public void A_phrase_is_found_as_the_tokenizer_splits_its_contraction(string phrase, string auxiliary, string negation)
    {
        // "We <auxiliary> <negation> <verb> .", the verb the head.
        var verb = phrase.Split(' ')[^1];
        var tree = HandParse.Sentence(("We", "PRON", "we", 4, "nsubj"), (auxiliary, "AUX", null, 4, "aux"),
            (negation, "PART", "not", 4, "advmod"), (verb, "VERB", null, 0, "root"), (".", "PUNCT", null, 4, "punct")).Tree!;
        string[][] phrases = [phrase.Split(' ')];

        PhraseHeads.Of(tree, phrases).Should().Equal(4);
    }
}

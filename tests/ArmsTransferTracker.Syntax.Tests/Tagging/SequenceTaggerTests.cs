using ArmsTransferTracker.Syntax.Tagging;
using ArmsTransferTracker.Syntax.Words;

namespace ArmsTransferTracker.Syntax.Tests.Tagging;

/// <summary>The tagger keeps the sums of words and tag contexts it has met; a sentence must not tag otherwise for it.</summary>
public class SequenceTaggerTests
{
    private static readonly SyntaxModel Shipped = SyntaxModel.English;

    [Fact]
    public void A_tagger_that_has_kept_sums_from_other_sentences_tags_each_sentence_as_a_new_tagger_does()
    {
        var sentences = TestData.Development.Select(s => s.Words.Select(w => WordKeys.Of(w.Form)).ToArray()).ToList();
        var kept = new SequenceTagger(Shipped.Tagger.Model.Model);
        var keptSupertags = new SequenceTagger(Shipped.Supertagger.Model.Model);

        foreach (var words in sentences)
        {
            var tags = kept.Tag(words, []);
            var supertags = keptSupertags.Tag(words, tags);

            tags.Should().Equal(new SequenceTagger(Shipped.Tagger.Model.Model).Tag(words, []));
            supertags.Should().Equal(new SequenceTagger(Shipped.Supertagger.Model.Model).Tag(words, tags));
        }
    }
}

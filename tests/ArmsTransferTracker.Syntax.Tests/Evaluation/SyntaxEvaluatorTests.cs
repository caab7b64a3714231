using ArmsTransferTracker.Syntax.Evaluation;
using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Syntax.Tests.Evaluation;

public class SyntaxEvaluatorTests
{
    [Fact]
    public void The_score_line_has_the_form_the_issue_asks_for()
    {
        var score = new SyntaxScore(Words: 2000, RightTags: 1902, RightHeads: 1728, RightArcs: 1662, Elapsed: TimeSpan.FromSeconds(0.5));

        score.ToString().Should().Be("UPOS 95.10 UAS 86.40 LAS 83.10 tokens/s 4000");
    }

    [Fact]
    public void Relations_are_compared_on_their_universal_part_and_every_word_counts()
    {
        // A sentence of our own parsed by the shipped model against a key whose subtypes differ from any parse's:
        // "nmod:poss" against "nmod:poss" counts, and so would "nmod:x" against "nmod:poss".
        var key = new TreebankSentence("Iran's drones flew .", [
            new("Iran", "Iran", "PROPN", "NNP", 3, "nmod:anything"),
            new("'s", "'s", "PART", "POS", 1, "case"),
            new("drones", "drone", "NOUN", "NNS", 4, "nsubj"),
            new("flew", "fly", "VERB", "VBD", 0, "root"),
            new(".", ".", "PUNCT", ".", 4, "punct"),
        ]);

        var score = SyntaxEvaluator.Evaluate(SyntaxModel.English, [key]);

        score.Words.Should().Be(5, "punctuation counts");
        score.RightArcs.Should().Be(5, "the parse is right once subtypes are set aside");
    }
}

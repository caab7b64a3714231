using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class DependencyParserTests
{
    [Fact]
    public void The_best_transition_is_the_first_legal_one_of_the_highest_legal_score()
    {
        // Scores drawn from a few values, so that ties are common, over as many transitions as parsers have and fewer.
        var random = new Random(7);
        foreach (var count in new[] { 3, 8, 9, 62, 104 })
        {
            for (var trial = 0; trial < 500; trial++)
            {
                var scores = Enumerable.Range(0, count).Select(_ => (float)random.Next(-3, 4)).ToArray();
                var legal = Enumerable.Range(0, count).Select(_ => random.Next(4) > 0).ToArray();
                var expected = -1;
                for (var t = 0; t < count; t++)
                {
                    if (legal[t] && (expected < 0 || scores[t] > scores[expected])) expected = t;
                }

                DependencyParser.Best(scores, legal).Should().Be(expected);
            }
        }
    }
}

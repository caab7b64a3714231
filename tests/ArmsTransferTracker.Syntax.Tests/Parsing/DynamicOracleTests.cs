using ArmsTransferTracker.Syntax.Parsing;
using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class DynamicOracleTests
{
    private static readonly List<string> Labels =
        TestData.SmallTraining.SelectMany(s => s.Words).Select(w => w.Relation).Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Following_transitions_of_least_cost_builds_the_gold_tree_of_every_sentence()
    {
        var random = new Random(1);
        foreach (var sentence in TestData.SmallTraining)
        {
            var (heads, labels) = Gold(sentence);

            var (built, lost) = Run(heads, labels, random, deviate: 0);

            lost.Should().Be(0);
            built.Heads.Should().Equal(heads[1..], string.Join(' ', sentence.Words.Select(w => w.Form)));
            built.Labels.Should().Equal(labels[1..]);
        }
    }

    [Fact]
    public void The_cost_of_each_mistake_is_exactly_the_number_of_gold_arcs_it_loses()
    {
        // The defining property of an exact dynamic oracle: after random mistakes, the arcs the final tree gets wrong
        // add up to the extra cost of the transitions taken.
        var random = new Random(2);
        var mistakes = 0;
        foreach (var sentence in TestData.SmallTraining)
        {
            var (heads, labels) = Gold(sentence);

            var (built, lost) = Run(heads, labels, random, deviate: 0.15);

            var wrong = Enumerable.Range(1, heads.Length - 1)
                .Count(i => built.Heads[i - 1] != heads[i] || built.Labels[i - 1] != labels[i]);
            wrong.Should().Be(lost);
            mistakes += wrong;
        }
        mistakes.Should().BeGreaterThan(500, "the walk strays from the gold path often enough to test the costs");
    }

    private static (int[] Heads, int[] Labels) Gold(TreebankSentence sentence)
    {
        var heads = new[] { ParserState.NoWord }.Concat(sentence.Words.Select(w => w.Head)).ToArray();
        var labels = new[] { 0 }.Concat(sentence.Words.Select(w => Labels.IndexOf(w.Relation))).ToArray();
        Projectivizer.Projectivize(heads);
        return (heads, labels);
    }

    // Walks from the start to the end, taking a transition of least cost, or a random legal one with some probability.
    private static ((int[] Heads, int[] Labels) Tree, int Lost) Run(int[] heads, int[] labels, Random random, double deviate)
    {
        var system = new TransitionSystem(Labels);
        var oracle = new DynamicOracle(system);
        var state = new ParserState();
        var legal = new bool[system.Count];
        var costs = new int[system.Count];
        var lost = 0;
        state.Start(heads.Length - 1);
        while (!state.IsTerminal)
        {
            system.Legal(state, legal);
            oracle.Costs(state, heads, labels, legal, costs);
            var allowed = Enumerable.Range(0, system.Count).Where(t => legal[t]).ToList();
            var least = allowed.Min(t => costs[t]);
            var taken = random.NextDouble() < deviate ? allowed[random.Next(allowed.Count)] : allowed.First(t => costs[t] == least);
            lost += costs[taken] - least;
            system.Apply(state, taken);
        }
        var n = heads.Length - 1;
        return ((Enumerable.Range(1, n).Select(state.Head).ToArray(), Enumerable.Range(1, n).Select(state.Label).ToArray()), lost);
    }
}

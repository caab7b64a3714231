using ArmsTransferTracker.Syntax.Parsing;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class RankTitlesTests
{
    private static IReadOnlyList<int> Stacked(string sentence) =>
        RankTitles.Stacked([.. sentence.Split(' ').Select(w => new TextToken(w, 0, 0))]);

    [Fact]
    public void Every_rank_before_the_last_of_a_stack_before_a_name_is_set_aside()
    {
        Stacked("Maj. Gen. Ali Omar said").Should().Equal(0);
        Stacked("the spokesman , Lt. Col. Ana Ruiz , said").Should().Equal(3);
        Stacked("Gen. Ali Omar said").Should().BeEmpty("a single rank is what the treebank writes");
        Stacked("promoted to Maj. Gen. last year").Should().BeEmpty("no name follows the ranks");
    }

    [Fact]
    public void The_name_after_stacked_ranks_stays_the_subject_of_its_sentence()
    {
        var tree = SyntaxModel.English
            .Analyze("Brig. Gen. Samuel Okafor, the army's spokesman, who spoke in Abuja, said the rifles had arrived.").Single();
        (int Head, string Relation) Arc(string form) =>
            tree.Words.Single(w => w.Form == form) is var w ? (w.Head, w.Relation) : default;
        int Index(string form) => tree.Words.Single(w => w.Form == form).Index;

        Arc("Brig.").Should().Be((Index("Gen."), "compound"));
        Arc("Gen.").Head.Should().Be(Index("Samuel"));
        Arc("Samuel").Should().Be((Index("said"), "nsubj"));
        Arc("said").Relation.Should().Be("root");
    }
}

using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class ProjectivizerTests
{
    [Fact]
    public void A_projective_tree_is_left_as_it_is()
    {
        // "Iran sent drones": sent is the root; Iran and drones hang from it.
        int[] heads = [-1, 2, 0, 2];

        Projectivizer.Projectivize(heads).Should().Be(0);

        heads.Should().Equal(-1, 2, 0, 2);
    }

    [Fact]
    public void A_crossing_arc_is_lifted_to_its_heads_head()
    {
        // "A hearing is scheduled on the issue today": "on the issue" (5-7) modifies "hearing" (2) across "scheduled" (4).
        int[] heads = [-1, 2, 4, 4, 0, 7, 7, 2, 4];

        Projectivizer.Projectivize(heads).Should().Be(1);

        heads[7].Should().Be(4, "the issue now hangs from the verb, above the words it crossed");
        heads.Where((_, i) => i != 7).Should().Equal(-1, 2, 4, 4, 0, 7, 7, 4);
    }
}

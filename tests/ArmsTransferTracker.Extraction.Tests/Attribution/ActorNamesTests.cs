using ArmsTransferTracker.Extraction.Attribution;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>How the attribution stage names the actors its speakers' phrases refer to.</summary>
public class ActorNamesTests
{
    [Fact]
    public void Coordinated_groups_of_officials_are_two_actors_each_of_its_own_side()
    {
        var phrase = new ActorPhrase(4, "Finnish and Estonian officials", ActorKind.Officials, null, "Finland", ActorReference.Named);

        ActorNames.SplitCoordinated(phrase).Select(p => (p.Name, p.Affiliation)).Should()
            .Equal(("Finnish officials", "Finland"), ("Estonian officials", "Estonia"));
    }

    [Fact]
    public void A_single_group_of_officials_stays_one_actor()
    {
        var phrase = new ActorPhrase(2, "Estonian officials", ActorKind.Officials, null, "Estonia", ActorReference.Named);

        ActorNames.SplitCoordinated(phrase).Should().ContainSingle().Which.Should().Be(phrase);
    }
}

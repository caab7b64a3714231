using System.Globalization;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Pages.Network;
using static ArmsTransferTracker.Web.Pages.Network.IndexModel;

namespace ArmsTransferTracker.Web.Tests.Pages.Network;

public sealed class NetworkDrawingTests
{
    private static readonly Party Alpha = new(1, "Alpha");
    private static readonly Party Beta = new(2, "Beta");
    private static readonly Party Gamma = new(3, "Gamma");

    private static Flow Flow(Party supplier, Party recipient, int asserted, int contested = 0) =>
        new(supplier, recipient,
            new Dictionary<ClaimStatus, int> { [ClaimStatus.Asserted] = asserted, [ClaimStatus.Contested] = contested });

    [Fact]
    public void The_same_flows_are_drawn_the_same_way_whatever_their_order()
    {
        Flow[] flows = [Flow(Gamma, Alpha, 1), Flow(Alpha, Beta, 3), Flow(Beta, Alpha, 2)];

        var once = NetworkDrawing.Lay(flows);
        var again = NetworkDrawing.Lay([.. flows.Reverse()]);

        again.Nodes.Should().Equal(once.Nodes);
        again.Edges.OrderBy(e => e.Path).Should().Equal(once.Edges.OrderBy(e => e.Path));
        once.Nodes.Select(n => n.Party.Name).Should().Equal("Alpha", "Beta", "Gamma");
        once.Nodes.Select(n => (n.X, n.Y)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Flows_both_ways_between_two_parties_curve_apart_and_the_larger_is_wider()
    {
        var drawing = NetworkDrawing.Lay([Flow(Alpha, Beta, 3), Flow(Beta, Alpha, 1)]);

        var (there, back) = (drawing.Edges[0], drawing.Edges[1]);
        var control = (DrawnEdge e) => e.Path.Split(' ')[4..6];
        control(there).Should().NotEqual(control(back));
        double.Parse(there.Width, CultureInfo.InvariantCulture).Should().Be(NetworkDrawing.MaxWidth);
        double.Parse(back.Width, CultureInfo.InvariantCulture).Should().BeInRange(NetworkDrawing.MinWidth, NetworkDrawing.MaxWidth - 1);
    }

    [Fact]
    public void A_tie_takes_the_more_disputed_status()
    {
        Flow(Alpha, Beta, asserted: 2, contested: 2).Dominant.Should().Be(ClaimStatus.Contested);
        Flow(Alpha, Beta, asserted: 3, contested: 2).Dominant.Should().Be(ClaimStatus.Asserted);
    }

    [Fact]
    public void A_long_name_is_cut_short_in_the_drawing()
    {
        var drawing = NetworkDrawing.Lay([Flow(new Party(4, "Democratic People's Republic of Korea"), Alpha, 1)]);

        drawing.Nodes.Single(n => n.Party.Id == 4).Label.Should().Be("Democratic People's…").And.HaveLength(DrawnNode.MaxLabel);
    }
}

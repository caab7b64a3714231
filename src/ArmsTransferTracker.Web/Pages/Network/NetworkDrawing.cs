using System.Globalization;
using static ArmsTransferTracker.Web.Pages.Network.IndexModel;

namespace ArmsTransferTracker.Web.Pages.Network;

/// <summary>A party placed on the circle, with where its label goes and which way the label runs from there.</summary>
public sealed record DrawnNode(Party Party, string X, string Y, string LabelX, string LabelY, string Anchor)
{
    public const int MaxLabel = 20;

    /// <summary>The name, cut short with an ellipsis past <see cref="MaxLabel"/> letters (the node's tooltip has it whole).</summary>
    public string Label => Party.Name.Length <= MaxLabel ? Party.Name : Party.Name[..(MaxLabel - 1)].TrimEnd() + "…";
}

/// <summary>A flow as a curved arrow between its parties: its path and stroke width.</summary>
public sealed record DrawnEdge(Flow Flow, string Path, string Width);

/// <summary>
/// A deterministic layout, drawn by the server as inline SVG (no script): the parties on a circle in order of name, each flow
/// a curve that bends to its right (so the flows both ways between two parties part), ending in an arrowhead at the
/// recipient, its width growing with the square root of its claims (so that one large flow does not reduce the rest to
/// hairlines).
/// </summary>
public sealed record NetworkDrawing(IReadOnlyList<DrawnNode> Nodes, IReadOnlyList<DrawnEdge> Edges)
{
    public const int Size = 800;
    public const double NodeRadius = 6;
    public const double ArrowLength = 12;
    public const double MinWidth = 1.5;
    public const double MaxWidth = 9;
    private const double Centre = Size / 2.0;
    // Room outside the circle for a label of MaxLabel letters.
    private const double CircleRadius = 235;
    private const double LabelGap = 10;

    // How far a curve's middle leaves the straight line, as a share of the line's length.
    private const double Bend = 0.12;

    public string ViewBox => $"0 0 {Size} {Size}";

    public static NetworkDrawing Lay(IReadOnlyList<Flow> flows)
    {
        var parties = flows
            .SelectMany(f => new[] { f.Supplier, f.Recipient })
            .DistinctBy(p => p.Id)
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id)
            .ToList();
        var places = new Dictionary<int, (double X, double Y)>();
        var nodes = new List<DrawnNode>();
        for (var i = 0; i < parties.Count; i++)
        {
            // From the top, clockwise.
            var angle = (2 * Math.PI * i / parties.Count) - (Math.PI / 2);
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            places[parties[i].Id] = (Centre + (CircleRadius * cos), Centre + (CircleRadius * sin));
            var labelRadius = CircleRadius + NodeRadius + LabelGap;
            var anchor = Math.Abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            nodes.Add(new DrawnNode(parties[i], Number(places[parties[i].Id].X), Number(places[parties[i].Id].Y),
                Number(Centre + (labelRadius * cos)), Number(Centre + (labelRadius * sin)), anchor));
        }
        var most = flows.Count == 0 ? 1 : flows.Max(f => f.Claims);
        var edges = flows
            .Select(f => new DrawnEdge(f, Curve(places[f.Supplier.Id], places[f.Recipient.Id]),
                Number(MinWidth + ((MaxWidth - MinWidth) * Math.Sqrt((double)f.Claims / most)))))
            .ToList();
        return new NetworkDrawing(nodes, edges);
    }

    /// <summary>A quadratic curve from one node's rim to the other's, short of it by the arrowhead drawn past its end.</summary>
    private static string Curve((double X, double Y) from, (double X, double Y) to)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        // The right of the direction of travel, on a screen whose y axis points down.
        var control = (X: ((from.X + to.X) / 2) - (Bend * dy), Y: ((from.Y + to.Y) / 2) + (Bend * dx));
        var start = Toward(from, control, NodeRadius + 1);
        var end = Toward(to, control, NodeRadius + 2 + ArrowLength);
        return $"M {Number(start.X)} {Number(start.Y)} Q {Number(control.X)} {Number(control.Y)} {Number(end.X)} {Number(end.Y)}";
    }

    private static (double X, double Y) Toward((double X, double Y) point, (double X, double Y) target, double distance)
    {
        var (dx, dy) = (target.X - point.X, target.Y - point.Y);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        return (point.X + (dx / length * distance), point.Y + (dy / length * distance));
    }

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}

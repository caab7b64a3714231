using System.Globalization;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Tests.Pages.Network;

/// <summary>A row of the network's table: the parties' ids and names, the claims, by status, and the link to them.</summary>
public sealed record TableFlow(
    (int Supplier, int Recipient) Parties, string Supplier, string Recipient, int Claims, Dictionary<ClaimStatus, int> ByStatus,
    string Href);

/// <summary>An edge of the drawing: the parties' ids, its claims, status class, stroke width, link and tooltip.</summary>
public sealed record DrawnFlow((int Supplier, int Recipient) Parties, int Claims, string Status, double Width, string Href, string Title);

/// <summary>Reads the flows off <c>/network</c> as a reader (the table) and a viewer (the drawing) meet them.</summary>
public static class NetworkDocument
{
    public static List<TableFlow> Table(IHtmlDocument document) =>
    [
        .. document.QuerySelectorAll("table.flows tbody tr").Select(row => new TableFlow(
            (Id(row.GetAttribute("data-supplier-id")), Id(row.GetAttribute("data-recipient-id"))),
            row.QuerySelector(".supplier")!.TextContent.Trim(),
            row.QuerySelector(".recipient")!.TextContent.Trim(),
            Id(row.QuerySelector(".claims")!.TextContent),
            Enum.GetValues<ClaimStatus>()
                .Select(status => (status, Count: Id(row.QuerySelector($"td.{status.ToString().ToLowerInvariant()}")!.TextContent)))
                .Where(s => s.Count > 0)
                .ToDictionary(s => s.status, s => s.Count),
            row.QuerySelector(".claims a")!.GetAttribute("href")!)),
    ];

    public static List<DrawnFlow> Edges(IHtmlDocument document) =>
    [
        .. document.QuerySelectorAll("svg.network-drawing g.edges a").Select(link =>
        {
            var path = link.QuerySelector("path")!;
            return new DrawnFlow(
                (Id(link.GetAttribute("data-supplier-id")), Id(link.GetAttribute("data-recipient-id"))),
                Id(link.GetAttribute("data-claims")),
                path.ClassList.Should().ContainSingle(c => c != "edge").Subject,
                double.Parse(path.GetAttribute("stroke-width")!, CultureInfo.InvariantCulture),
                link.GetAttribute("href")!,
                link.QuerySelector("title")!.TextContent);
        }),
    ];

    private static int Id(string? text) => int.Parse(text!.Trim(), CultureInfo.InvariantCulture);
}

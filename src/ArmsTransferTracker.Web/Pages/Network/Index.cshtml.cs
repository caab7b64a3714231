using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Finding;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Network;

/// <summary>
/// Who is said to supply whom: one flow per supplier and recipient, counting the claims between them by status (an editor's
/// status over what the sources make it), drawn and tabled. The filters are the list's (<see cref="ClaimFilter"/>), so the
/// flows count exactly the claims <c>/</c> lists under them, and each flow links there. One query, grouped in the database
/// (after one per name the filters give).
/// </summary>
public sealed class IndexModel(TrackerDbContext db) : ClaimFilterPageModel
{
    /// <summary>Flows drawn at most: past a few dozen lines a circle stops being readable; the table lists every flow.</summary>
    public const int MostDrawn = 60;

    public const int FlowsPerPage = 100;

    /// <summary>Column and legend order; also which status colours a flow whose statuses tie: the more disputed one, so that
    /// a dispute is not hidden behind as many claims that are not disputed.</summary>
    public static IReadOnlyList<ClaimStatus> Statuses { get; } =
        [ClaimStatus.Contested, ClaimStatus.Denied, ClaimStatus.Asserted, ClaimStatus.Unconfirmed];

    /// <summary>Every flow the filters keep, most claims first.</summary>
    public IReadOnlyList<Flow> Flows { get; private set; } = [];

    public NetworkDrawing? Drawing { get; private set; }

    /// <summary>The table's page, from 1.</summary>
    public int TablePage { get; private set; } = 1;

    public IReadOnlyList<Flow> TableRows { get; private set; } = [];

    public bool HasNextPage => (long)TablePage * FlowsPerPage < Flows.Count;

    public async Task OnGetAsync(ClaimFilter filter, CancellationToken cancellationToken)
    {
        if (Read(filter) is not { } query)
        {
            return;
        }
        TablePage = query.Page;
        // Grouped on the status each claim keeps (an editor's, else its sources'); the parties are named once a group, not
        // once a claim.
        var groups = await (await db.MatchingAsync(query, cancellationToken))
            .GroupBy(c => new { c.SupplierId, c.RecipientId, c.Status })
            .Select(g => new
            {
                g.Key,
                Supplier = db.Actors.Where(a => a.Id == g.Key.SupplierId).Select(a => a.Name).Single(),
                Recipient = db.Actors.Where(a => a.Id == g.Key.RecipientId).Select(a => a.Name).Single(),
                Claims = g.Count(),
            })
            .ToListAsync(cancellationToken);
        Flows = groups
            .GroupBy(g => (g.Key.SupplierId, g.Key.RecipientId))
            .Select(pair =>
            {
                var first = pair.First();
                var byStatus = pair.ToDictionary(g => g.Key.Status, g => g.Claims);
                return new Flow(new Party(first.Key.SupplierId, first.Supplier), new Party(first.Key.RecipientId, first.Recipient),
                    byStatus);
            })
            .OrderByDescending(f => f.Claims)
            .ThenBy(f => f.Supplier.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Recipient.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Supplier.Id)
            .ThenBy(f => f.Recipient.Id)
            .ToList();
        TableRows = [.. Flows.Skip((TablePage - 1) * FlowsPerPage).Take(FlowsPerPage)];
        Drawing = NetworkDrawing.Lay(Flows.Take(MostDrawn).ToList());
    }

    /// <summary>The claims of a flow on the list, under this view's other filters; the list's first page.</summary>
    public string ClaimsHref(Flow flow) => "/" + QueryString.Create(
        (Filter with { Supplier = flow.Supplier.Name, Recipient = flow.Recipient.Name })
            .RouteValues(1)
            .Where(v => v.Key != "page"));

    /// <summary>This view's filters, on another page of the table.</summary>
    public string PageHref(int page) => "/network" + QueryString.Create(Filter.RouteValues(page));

    public sealed record Party(int Id, string Name);

    /// <summary>The claims that <see cref="Supplier"/> sent arms to <see cref="Recipient"/>, counted by status.</summary>
    public sealed record Flow(Party Supplier, Party Recipient, IReadOnlyDictionary<ClaimStatus, int> ByStatus)
    {
        public int Claims => ByStatus.Values.Sum();

        public int Count(ClaimStatus status) => ByStatus.GetValueOrDefault(status);

        /// <summary>The status most of its claims have; ties go by <see cref="Statuses"/>.</summary>
        public ClaimStatus Dominant => Statuses.MaxBy(Count);

        /// <summary>"Iran → Russia: 3 claims (2 asserted, 1 contested)".</summary>
        public string Summary
        {
            get
            {
                var parts = Statuses.Where(s => Count(s) > 0).Select(s => $"{Count(s)} {Display.Status(s)}");
                var claims = Claims == 1 ? "1 claim" : $"{Claims} claims";
                return $"{Supplier.Name} → {Recipient.Name}: {claims} ({string.Join(", ", parts)})";
            }
        }
    }
}

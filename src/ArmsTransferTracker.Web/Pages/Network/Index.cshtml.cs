using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Finding;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Network;

/// <summary>
/// Who is said to supply whom: one flow per supplier and recipient, counting the claims between them by status (an editor's
/// status over what the sources make it), drawn and tabled. The filters are the list's (<see cref="ClaimFilter"/>), so the
/// flows count exactly the claims <c>/</c> lists under them, and each flow links there. One query, grouped in the database.
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
        // The status filter is applied below, to the status each group has: the list's query would count every claim's sources.
        var matching = db.Matching(query with { Status = null });
        var stances = db.Stances.Visible();
        // Whether any source supports and whether any denies is all a status needs, so EXISTS rather than counting sources; the
        // parties are named once a group, not once a claim.
        var groups = await db.Claims
            .AsNoTracking()
            .Where(c => matching.Contains(c.Id))
            .GroupBy(c => new
            {
                c.SupplierId,
                c.RecipientId,
                c.StatusOverride,
                Supported = stances.Any(s => s.ClaimId == c.Id && s.Value == StanceValue.Supports),
                Denied = stances.Any(s => s.ClaimId == c.Id && s.Value == StanceValue.Denies),
            })
            .Select(g => new
            {
                g.Key,
                Supplier = db.Actors.Where(a => a.Id == g.Key.SupplierId).Select(a => a.Name).Single(),
                Recipient = db.Actors.Where(a => a.Id == g.Key.RecipientId).Select(a => a.Name).Single(),
                Claims = g.Count(),
            })
            .ToListAsync(cancellationToken);
        Flows = groups
            .Select(g => (g.Key.SupplierId, g.Supplier, g.Key.RecipientId, g.Recipient, g.Claims,
                Status: g.Key.StatusOverride ?? SourceTally.StatusOf(g.Key.Supported, g.Key.Denied)))
            .Where(g => query.Status is null || g.Status == query.Status)
            .GroupBy(g => (g.SupplierId, g.RecipientId))
            .Select(pair =>
            {
                var first = pair.First();
                var byStatus = pair.GroupBy(g => g.Status).ToDictionary(status => status.Key, status => status.Sum(g => g.Claims));
                return new Flow(new Party(first.SupplierId, first.Supplier), new Party(first.RecipientId, first.Recipient), byStatus);
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

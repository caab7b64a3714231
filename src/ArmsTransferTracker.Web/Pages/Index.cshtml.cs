using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Export;
using ArmsTransferTracker.Web.Finding;
using ArmsTransferTracker.Web.Operations;
using Microsoft.AspNetCore.OutputCaching;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>
/// The claims, filtered, sorted and paged as the query string says (so a view can be bookmarked), with how many
/// independent sources support, deny or stay neutral on each: an actor counts once per story, so the same actor quoted in
/// an article and in its copies (a reprinted wire story) is one source.
/// </summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class IndexModel(TrackerDbContext db, ClaimTotals totals) : ClaimFilterPageModel
{
    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    public ClaimPage? Found { get; private set; }

    public async Task OnGetAsync(ClaimFilter filter, CancellationToken cancellationToken)
    {
        if (Read(filter) is not { } query)
        {
            return;
        }
        Found = await db.FindAsync(query, totals, cancellationToken);
        Claims = Found.Items
            .Select(c => new ClaimRow(
                new ClaimTitle(c.Id, c.Supplier, c.Item, c.Recipient, c.Sources) { Override = c.Override }, c.Category, c.Latest))
            .ToList();
    }

    /// <summary>
    /// The filters and sort of this view, on another page. Not a tag helper's route data: Razor Pages' routing takes a
    /// "page" value for the name of a page.
    /// </summary>
    public string PageHref(int page) => "/" + QueryString.Create(Filter.RouteValues(page));

    /// <summary>The claims of this view, every page of them, in its sort: a download.</summary>
    public string ExportHref(string route) => route + QueryString.Create(Filter.FilterValues(sorted: true));

    /// <summary>The feed of this view's claims, which orders them by their last change whatever the sort.</summary>
    public string FeedHref => ClaimFeed.Route + QueryString.Create(Filter.FilterValues(sorted: false));

    public sealed record ClaimRow(ClaimTitle Title, string Category, DateOnly? Latest)
    {
        public int Id => Title.Id;

        public SourceTally Sources => Title.Sources;
    }
}

using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Review;

/// <summary>
/// The review queue: stances the extractor found that no editor has looked at, the least sure first, each with its quote
/// in context and one-key confirm and reject. Filters narrow it to a claim, an outlet or an actor.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public int? ClaimId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OutletId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ActorId { get; set; }

    /// <summary>How many stances wait under the current filters; the page shows the first <see cref="PageSize"/>.</summary>
    public int Waiting { get; private set; }

    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    public IReadOnlyList<FilterOption> Claims { get; private set; } = [];

    public IReadOnlyList<FilterOption> Outlets { get; private set; } = [];

    public IReadOnlyList<FilterOption> Actors { get; private set; } = [];

    /// <summary>How each claim named on the page, in the queue or the claim filter, is titled.</summary>
    public IReadOnlyDictionary<int, ClaimTitle> ClaimTitles { get; private set; } = new Dictionary<int, ClaimTitle>();

    /// <summary>This page with its filters, where the confirm and reject buttons come back to.</summary>
    public string Self => Url.Page("/Review/Index", new { ClaimId, OutletId, ActorId }) ?? "/review";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var unreviewed = db.Stances.AsNoTracking().Where(s => s.Origin == StanceOrigin.Extracted && s.Review == StanceReview.Unreviewed);
        Claims = await unreviewed.GroupBy(s => new { s.ClaimId, s.Claim.Sentence }).OrderBy(g => g.Key.Sentence)
            .Select(g => new FilterOption(g.Key.ClaimId, g.Key.Sentence, g.Count())).ToListAsync(cancellationToken);
        Outlets = await unreviewed.Where(s => s.Article.OutletId != null)
            .GroupBy(s => new { Id = s.Article.OutletId!.Value, s.Article.Outlet!.Name })
            .OrderBy(g => g.Key.Name).Select(g => new FilterOption(g.Key.Id, g.Key.Name, g.Count())).ToListAsync(cancellationToken);
        Actors = await unreviewed.GroupBy(s => new { s.ActorId, s.Actor.Name }).OrderBy(g => g.Key.Name)
            .Select(g => new FilterOption(g.Key.ActorId, g.Key.Name, g.Count())).ToListAsync(cancellationToken);

        var filtered = unreviewed
            .Where(s => ClaimId == null || s.ClaimId == ClaimId)
            .Where(s => OutletId == null || s.Article.OutletId == OutletId)
            .Where(s => ActorId == null || s.ActorId == ActorId);
        Waiting = await filtered.CountAsync(cancellationToken);
        var rows = await filtered
            // A stance without a confidence (found before confidences were kept) is as unsure as any.
            .OrderBy(s => s.Confidence ?? 0)
            .ThenBy(s => s.Id)
            .Take(PageSize)
            .Select(s => new
            {
                s.Id,
                s.Version,
                s.Value,
                s.Review,
                s.ReviewedBy,
                s.Confidence,
                s.Rules,
                s.ActorId,
                Actor = s.Actor.Name,
                s.ClaimId,
                s.ArticleId,
                s.Article.Headline,
                s.Article.OutletId,
                Outlet = s.Article.Outlet == null ? null : s.Article.Outlet.Name,
                Quote = s.Evidence.OrderBy(e => e.Position).Select(e => new { e.Position, e.Start, e.End }).FirstOrDefault(),
                Text = s.Evidence.Any() ? s.Article.Text : null,
            })
            .ToListAsync(cancellationToken);
        ClaimTitles = await db.ClaimTitlesAsync(rows.Select(r => r.ClaimId).Concat(Claims.Select(c => c.Id)), cancellationToken);
        Items = rows.Select(r => new ReviewItem(
                new StanceControls(r.Id, r.Version, r.Value, r.Review, r.ReviewedBy, r.Confidence, r.Rules, Self),
                r.ActorId,
                r.Actor,
                ClaimTitles[r.ClaimId],
                r.ArticleId,
                r.Headline,
                r.OutletId,
                r.Outlet,
                r.Quote is null || r.Text is null ? null : QuoteInContext.Of(r.Text, r.Quote.Position, r.Quote.Start, r.Quote.End)))
            .ToList();
    }

    public sealed record FilterOption(int Id, string Name, int Count);

    public sealed record ReviewItem(
        StanceControls Stance,
        int ActorId,
        string Actor,
        ClaimTitle Claim,
        int ArticleId,
        string Headline,
        int? OutletId,
        string? Outlet,
        QuoteInContext? Quote)
    {
        public StanceValue Value => Stance.Value;
    }
}

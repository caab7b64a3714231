using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Claims;

/// <summary>One claim and its sources, grouped by stance.</summary>
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public ClaimView Claim { get; private set; } = null!;

    public IReadOnlyList<StanceGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var claim = await db.Claims
            .AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ClaimView(c.Id, c.Sentence, c.Supplier.Id, c.Supplier.Name, c.Recipient.Id, c.Recipient.Name, c.Item, c.Category, c.Quantity))
            .SingleOrDefaultAsync(cancellationToken);
        if (claim is null)
        {
            return NotFound();
        }

        var stances = await db.Stances
            .AsNoTracking()
            .Where(s => s.ClaimId == id && s.Review != StanceReview.Rejected)
            .Select(s => new StanceRow(
                s.Id,
                s.Value,
                s.Actor.Id,
                s.Actor.Name,
                s.Actor.Kind,
                s.Actor.Role,
                s.Actor.Affiliation == null ? null : s.Actor.Affiliation.Name,
                s.Article.Id,
                s.Article.Headline,
                s.Article.Outlet == null ? null : s.Article.Outlet.Name,
                s.Article.PublishedOn,
                s.Review,
                s.Evidence.OrderBy(e => e.Position).Select(e => new EvidenceRow(e.Position, e.Text)).ToList()))
            .ToListAsync(cancellationToken);

        Claim = claim;
        Groups =
        [
            Group(StanceValue.Supports, "Supports", stances),
            Group(StanceValue.Denies, "Denies", stances),
            Group(StanceValue.Neutral, "Neutral", stances),
        ];
        return Page();
    }

    private static StanceGroup Group(StanceValue value, string title, IEnumerable<StanceRow> stances) =>
        new(value, title, stances
            .Where(s => s.Value == value)
            .OrderByDescending(s => s.PublishedOn.HasValue)
            .ThenByDescending(s => s.PublishedOn)
            .ThenBy(s => s.ActorName, StringComparer.OrdinalIgnoreCase)
            .ToList());

    public sealed record ClaimView(int Id, string Sentence, int SupplierId, string Supplier, int RecipientId, string Recipient, string Item, string Category, string? Quantity);

    public sealed record StanceGroup(StanceValue Value, string Title, IReadOnlyList<StanceRow> Rows)
    {
        public string Slug => Display.Stance(Value);
    }

    public sealed record StanceRow(
        int Id,
        StanceValue Value,
        int ActorId,
        string ActorName,
        ActorKind ActorKind,
        string? Role,
        string? Affiliation,
        int ArticleId,
        string Headline,
        string? Outlet,
        DateOnly? PublishedOn,
        StanceReview Review,
        IReadOnlyList<EvidenceRow> Evidence);

    public sealed record EvidenceRow(int Position, string Text);
}

using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Actors;

/// <summary>An actor and every stance it takes, plus the claims in which it is supplier or recipient.</summary>
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public ActorView Actor { get; private set; } = null!;

    public IReadOnlyList<StanceRow> Stances { get; private set; } = [];

    public IReadOnlyList<PartyRow> Transfers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await db.Actors
            .AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ActorView(
                a.Id,
                a.Name,
                a.Kind,
                a.Role,
                a.AffiliationId,
                a.Affiliation == null ? null : a.Affiliation.Name,
                a.Aliases.OrderBy(x => x.Name).Select(x => x.Name).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return NotFound();
        }

        var stances = await db.Stances
            .AsNoTracking()
            .Where(s => s.ActorId == id && s.Review != StanceReview.Rejected)
            .Select(s => new StanceRow(
                s.Id,
                s.Value,
                s.ClaimId,
                s.Claim.Sentence,
                s.ArticleId,
                s.Article.Headline,
                s.Article.Outlet == null ? null : s.Article.Outlet.Name,
                s.Article.PublishedOn,
                s.Evidence.OrderBy(e => e.Position).Select(e => new EvidenceRow(e.Position, e.Text)).ToList()))
            .ToListAsync(cancellationToken);

        Transfers = await db.Claims
            .AsNoTracking()
            .Where(c => c.SupplierId == id || c.RecipientId == id)
            .OrderBy(c => c.Sentence)
            .Select(c => new PartyRow(c.Id, c.Sentence, c.SupplierId == id ? "supplier" : "recipient"))
            .ToListAsync(cancellationToken);

        Actor = actor;
        Stances = stances
            .OrderByDescending(s => s.PublishedOn.HasValue)
            .ThenByDescending(s => s.PublishedOn)
            .ThenBy(s => s.ClaimSentence, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return Page();
    }

    public sealed record ActorView(int Id, string Name, ActorKind Kind, string? Role, int? AffiliationId, string? Affiliation, List<string> Aliases);

    public sealed record StanceRow(int Id, StanceValue Value, int ClaimId, string ClaimSentence, int ArticleId, string Headline, string? Outlet, DateOnly? PublishedOn, IReadOnlyList<EvidenceRow> Evidence);

    public sealed record EvidenceRow(int Position, string Text);

    public sealed record PartyRow(int ClaimId, string Sentence, string Part);
}

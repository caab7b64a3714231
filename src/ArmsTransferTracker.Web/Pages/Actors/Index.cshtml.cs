using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Actors;

/// <summary>
/// The actors, with how many stances each takes and how many claims name it as a party; filtered by a part of a name (or
/// alias) and by kind. A merged actor is not listed: its names are the survivor's.
/// </summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<ActorRow> Actors { get; private set; } = [];

    /// <summary>The filter as given, to fill the form again.</summary>
    public string? Query { get; private set; }

    public ActorKind? Kind { get; private set; }

    public async Task OnGetAsync(string? q, ActorKind? kind, CancellationToken cancellationToken)
    {
        (Query, Kind) = (q?.Trim(), kind);
        var actors = db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var part = Names.Normalize(q);
            actors = actors.Where(a => a.NormalizedName.Contains(part) || a.Aliases.Any(x => x.NormalizedName.Contains(part)));
        }
        if (kind is { } wanted)
        {
            actors = actors.Where(a => a.Kind == wanted);
        }
        Actors = await actors
            .OrderBy(a => a.NormalizedName)
            .Select(a => new ActorRow(
                a.Id,
                a.Name,
                a.Kind,
                a.AffiliationId,
                a.Affiliation == null ? null : a.Affiliation.Name,
                db.Stances.Count(s => s.ActorId == a.Id && s.Review != StanceReview.Rejected),
                db.Claims.Count(c => c.MergedIntoId == null && (c.SupplierId == a.Id || c.RecipientId == a.Id))))
            .ToListAsync(cancellationToken);
    }

    public sealed record ActorRow(int Id, string Name, ActorKind Kind, int? AffiliationId, string? Affiliation, int Stances, int Claims);
}

using System.Linq.Expressions;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.History;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Actors;

/// <summary>
/// An actor and every stance it takes, the stances of the actors that speak for it (a country's ministry, its officials),
/// and the claims in which it is supplier or recipient. Editors say what it is here, or merge it into another actor; a
/// merged actor's address leads to the survivor, whose page lists the merged names among its own.
/// </summary>
public sealed class DetailsModel(TrackerDbContext db, ActorEdits edits, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ActorView Actor { get; private set; } = null!;

    public IReadOnlyList<StanceRow> Stances { get; private set; } = [];

    /// <summary>Stances of the actors affiliated to this one, e.g. a country's ministry and officials on the country's page.</summary>
    public IReadOnlyList<StanceRow> AffiliatedStances { get; private set; } = [];

    public IReadOnlyList<PartyRow> Transfers { get; private set; } = [];

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    /// <summary>How each claim named on the page is titled.</summary>
    public IReadOnlyDictionary<int, ClaimTitle> ClaimTitles { get; private set; } = new Dictionary<int, ClaimTitle>();

    public bool CanEdit { get; private set; }

    /// <summary>Why the last post was not saved (a conflict or a refusal), shown above the page.</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        // Not permanent: reverting the merge brings the actor back.
        return Actor.MergedIntoId is { } survivor ? Redirect($"/actors/{survivor}") : Page();
    }

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostDescribeAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.DescribeAsync(id, Input.Version, Input.Kind, Input.Role, Input.Affiliation, Editor.From(User), Input.Reason,
                cancellationToken),
            cancellationToken);

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostMergeAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.MergeAsync(id, Input.Version, Input.IntoName, Editor.From(User), Input.Reason, cancellationToken),
            cancellationToken);

    /// <summary>Saved: the actor's page (a merged one leads to the survivor), with the message. Not saved: this page, with why.</summary>
    private async Task<IActionResult> DoneAsync(int id, Task<EditResult> edit, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await edit, $"/actors/{id}", () => LoadAsync(id, cancellationToken), result => Error = result.Message);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
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
                a.Aliases.Select(x => x.Name).ToList(),
                a.Version,
                a.MergedIntoId))
            .SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return false;
        }
        // The names of actors merged into this one are its names too.
        var merged = await db.Actors
            .AsNoTracking()
            .Where(a => a.MergedIntoId == id)
            .Select(a => new { a.Name, Aliases = a.Aliases.Select(x => x.Name).ToList() })
            .ToListAsync(cancellationToken);
        Actor = actor with
        {
            Aliases = actor.Aliases.Concat(merged.SelectMany(m => m.Aliases.Prepend(m.Name))).Distinct()
                .Order(StringComparer.OrdinalIgnoreCase).ToList(),
        };
        Stances = await StancesAsync(s => s.ActorId == id, cancellationToken);
        AffiliatedStances = await StancesAsync(s => s.Actor.AffiliationId == id, cancellationToken);
        Transfers = await db.Claims
            .AsNoTracking()
            .Where(c => c.MergedIntoId == null && (c.SupplierId == id || c.RecipientId == id))
            .OrderBy(c => c.Sentence)
            .Select(c => new PartyRow(c.Id, c.SupplierId == id ? "supplier" : "recipient"))
            .ToListAsync(cancellationToken);
        ClaimTitles = await db.ClaimTitlesAsync(
            Stances.Concat(AffiliatedStances).Select(s => s.ClaimId).Concat(Transfers.Select(t => t.ClaimId)), cancellationToken);
        History = await db.HistoryOfAsync(ChangeSubject.Actor, id, cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        (Input.Version, Input.Kind, Input.Role, Input.Affiliation) = (actor.Version, actor.Kind, actor.Role, actor.Affiliation);
        return true;
    }

    /// <summary>The stances <paramref name="which"/> picks, newest article first (undated last), rejected ones left out.</summary>
    private async Task<IReadOnlyList<StanceRow>> StancesAsync(Expression<Func<Stance, bool>> which, CancellationToken cancellationToken)
    {
        var stances = await db.Stances
            .AsNoTracking()
            .Where(which)
            .Where(s => s.Review != StanceReview.Rejected)
            .Select(s => new StanceRow(
                s.Id,
                s.Value,
                s.ActorId,
                s.Actor.Name,
                s.ClaimId,
                s.Claim.Sentence,
                s.ArticleId,
                s.Article.Headline,
                s.Article.OutletId,
                s.Article.Outlet == null ? null : s.Article.Outlet.Name,
                s.Article.PublishedOn,
                s.Evidence.OrderBy(e => e.Position).Select(e => new EvidenceRow(e.Position, e.Text)).ToList()))
            .ToListAsync(cancellationToken);
        return stances
            .OrderByDescending(s => s.PublishedOn.HasValue)
            .ThenByDescending(s => s.PublishedOn)
            .ThenBy(s => s.ClaimSentence, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public sealed class InputModel
    {
        /// <summary>The actor's version when the editor saw it: a save from an older version is refused.</summary>
        public int Version { get; set; }

        public ActorKind Kind { get; set; }

        public string? Role { get; set; }

        /// <summary>The name of the actor this one speaks for; blank: none.</summary>
        public string? Affiliation { get; set; }

        /// <summary>The name of the actor to merge this one into.</summary>
        public string? IntoName { get; set; }

        public string? Reason { get; set; }
    }

    public sealed record ActorView(
        int Id,
        string Name,
        ActorKind Kind,
        string? Role,
        int? AffiliationId,
        string? Affiliation,
        List<string> Aliases,
        int Version,
        int? MergedIntoId);

    public sealed record StanceRow(
        int Id,
        StanceValue Value,
        int ActorId,
        string ActorName,
        int ClaimId,
        string ClaimSentence,
        int ArticleId,
        string Headline,
        int? OutletId,
        string? Outlet,
        DateOnly? PublishedOn,
        IReadOnlyList<EvidenceRow> Evidence);

    public sealed record EvidenceRow(int Position, string Text);

    public sealed record StanceList(IReadOnlyList<StanceRow> Rows, bool ShowActor, IReadOnlyDictionary<int, ClaimTitle> ClaimTitles);

    public sealed record PartyRow(int ClaimId, string Part);
}

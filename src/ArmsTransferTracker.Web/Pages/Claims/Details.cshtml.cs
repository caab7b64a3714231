using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Pages.Claims;

/// <summary>
/// One claim and its sources, grouped by stance. A source is an actor in one story: the actor's stance in a copy of an
/// article (the same wire story in another paper) is the same source as in the original, so it is listed under the
/// original's row rather than counted again.
/// </summary>
public sealed class DetailsModel(TrackerDbContext db, IAuthorizationService authorization) : PageModel
{
    /// <summary>Whether the reader is an editor, who sees how each stance was found and the controls that change it.</summary>
    public bool CanEdit { get; private set; }

    public ClaimView Claim { get; private set; } = null!;

    public IReadOnlyList<StanceGroup> Groups { get; private set; } = [];

    /// <summary>Actors in distinct stories, whatever their stance; copies add none.</summary>
    public int IndependentSources { get; private set; }

    /// <summary>The articles that speak of the claim, oldest first, with who said what in each: how the claim grew or was contested.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

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
                s.Article.CopyOfId ?? s.Article.Id,
                s.Review,
                s.Evidence.OrderBy(e => e.Position).Select(e => new EvidenceRow(e.Position, e.Text)).ToList(),
                s.Version,
                s.ReviewedBy,
                s.Confidence,
                s.Rules))
            .ToListAsync(cancellationToken);

        Claim = claim;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        IndependentSources = stances.Select(s => (s.ActorId, s.StoryId)).Distinct().Count();
        Groups =
        [
            Group(StanceValue.Supports, "Supports", stances),
            Group(StanceValue.Denies, "Denies", stances),
            Group(StanceValue.Neutral, "Neutral", stances),
        ];
        Timeline = stances
            .GroupBy(s => s.ArticleId)
            .Select(article => new TimelineEntry(
                article.Key,
                article.First().Headline,
                article.First().Outlet,
                article.First().PublishedOn,
                article.First().StoryId != article.Key,
                article.OrderBy(s => s.Value).ThenBy(s => s.ActorName, StringComparer.OrdinalIgnoreCase).Select(s => new TimelineVoice(s.ActorName, s.Value)).ToList()))
            // Undated articles last: a date is never guessed.
            .OrderBy(e => e.PublishedOn ?? DateOnly.MaxValue)
            .ThenBy(e => e.ArticleId)
            .ToList();
        return Page();
    }

    private static StanceGroup Group(StanceValue value, string title, IEnumerable<StanceRow> stances) =>
        new(value, title, stances
            .Where(s => s.Value == value)
            .GroupBy(s => (s.ActorId, s.StoryId))
            .Select(Source)
            .OrderByDescending(s => s.Stance.PublishedOn.HasValue)
            .ThenByDescending(s => s.Stance.PublishedOn)
            .ThenBy(s => s.Stance.ActorName, StringComparer.OrdinalIgnoreCase)
            .ToList());

    /// <summary>One actor's stance in one story: the original's row, or the first printing's when the original has none, with the other printings under it.</summary>
    private static SourceRow Source(IEnumerable<StanceRow> printings)
    {
        var ordered = printings
            .OrderByDescending(s => s.ArticleId == s.StoryId)
            .ThenBy(s => s.PublishedOn ?? DateOnly.MaxValue)
            .ThenBy(s => s.ArticleId)
            .ToList();
        return new SourceRow(ordered[0], ordered.Skip(1).ToList());
    }

    public sealed record ClaimView(int Id, string Sentence, int SupplierId, string Supplier, int RecipientId, string Recipient, string Item, string Category, string? Quantity);

    public sealed record StanceGroup(StanceValue Value, string Title, IReadOnlyList<SourceRow> Rows)
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
        // The original's id for a copy, the article's own otherwise: stances in one story are one source.
        int StoryId,
        StanceReview Review,
        IReadOnlyList<EvidenceRow> Evidence,
        int Version,
        string? ReviewedBy,
        double? Confidence,
        string? Rules)
    {
        public StanceControls Controls(int claimId) =>
            new(Id, Version, Value, Review, ReviewedBy, Confidence, Rules, $"/claims/{claimId}#stance-{Id}");
    }

    public sealed record EvidenceRow(int Position, string Text);

    public sealed record TimelineEntry(int ArticleId, string Headline, string? Outlet, DateOnly? PublishedOn, bool IsCopy, IReadOnlyList<TimelineVoice> Voices);

    public sealed record TimelineVoice(string Actor, StanceValue Value);

    /// <summary>An independent source: <see cref="Stance"/> as printed first, and <see cref="AlsoPrintedIn"/> its copies.</summary>
    public sealed record SourceRow(StanceRow Stance, IReadOnlyList<StanceRow> AlsoPrintedIn);
}

using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.History;
using ArmsTransferTracker.Web.Operations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.OutputCaching;

namespace ArmsTransferTracker.Web.Pages.Claims;

/// <summary>
/// One claim and its sources, grouped by stance. A source is an actor in one story: the actor's stance in a copy of an
/// article (the same wire story in another paper) is the same source as in the original, so it is listed under the
/// original's row rather than counted again. Editors correct the claim here, merge it into another or split stances off;
/// a merged claim's address leads to the claim it was merged into.
/// </summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class DetailsModel(TrackerDbContext db, ClaimEdits edits, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Whether the reader is an editor, who sees how each stance was found and the controls that change it.</summary>
    public bool CanEdit { get; private set; }

    public ClaimView Claim { get; private set; } = null!;

    /// <summary>The claim as claimed, with how it stands with its sources.</summary>
    public ClaimTitle Title { get; private set; } = null!;

    /// <summary>Why the claim has its status, from its independent sources.</summary>
    public string StatusReason { get; private set; } = "";

    public IReadOnlyList<StanceGroup> Groups { get; private set; } = [];

    /// <summary>The claim as schema.org ClaimReview-style JSON-LD, already encoded for a script element.</summary>
    public string JsonLd { get; private set; } = "";

    /// <summary>Actors in distinct stories, whatever their stance; copies add none.</summary>
    public int IndependentSources { get; private set; }

    /// <summary>
    /// The articles that speak of the claim, oldest first, with who said what in each: how the claim grew or was contested.
    /// </summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>Claims sharing a party with this one, to merge it into.</summary>
    public IReadOnlyList<ClaimOption> MergeTargets { get; private set; } = [];

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    /// <summary>Why the last post was not saved (a conflict or a refusal), shown above the page, and a page it points to.</summary>
    public string? Error { get; private set; }

    public string? SeeAlso { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        // Not permanent: reverting the merge brings the claim back.
        return Claim.MergedIntoId is { } survivor ? Redirect($"/claims/{survivor}") : Page();
    }

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostEditAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.EditAsync(id, Input.Version, Input.Fields, Editor.From(User), Input.Reason, cancellationToken),
            cancellationToken);

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostMergeAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.MergeAsync(id, Input.Version, Input.IntoNumber ?? Input.IntoId ?? 0, Editor.From(User), Input.Reason,
                cancellationToken),
            cancellationToken);

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostSplitAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.SplitAsync(id, Input.Version, Input.StanceIds, Input.Fields, Editor.From(User), Input.Reason,
                cancellationToken),
            cancellationToken);

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostOverrideStatusAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.OverrideStatusAsync(id, Input.Version, Input.Status, Editor.From(User), Input.Reason, cancellationToken),
            cancellationToken);

    [RequirePolicy(Policies.Edit)]
    public Task<IActionResult> OnPostClearStatusAsync(int id, CancellationToken cancellationToken) =>
        DoneAsync(id, edits.ClearStatusAsync(id, Input.Version, Editor.From(User), Input.Reason, cancellationToken), cancellationToken);

    /// <summary>Saved: the claim (or the one split off), with the message. Not saved: this page, with why and the claim
    /// as it is now.</summary>
    private async Task<IActionResult> DoneAsync(int id, Task<EditResult> edit, CancellationToken cancellationToken)
    {
        var result = await edit;
        return await this.AnswerAsync(result, result.SeeAlso ?? $"/claims/{id}", () => LoadAsync(id, cancellationToken),
            refused => (Error, SeeAlso) = (refused.Message, refused.SeeAlso));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var claim = await db.Claims
            .AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ClaimView(
                c.Id, c.Sentence, c.Supplier.Id, c.Supplier.Name, c.Recipient.Id, c.Recipient.Name, c.Item, c.Category, c.Quantity,
                c.Version, c.MergedIntoId,
                c.StatusOverride == null
                    ? null
                    : new StatusOverride(c.StatusOverride.Value, c.StatusOverrideReason!, c.StatusOverrideBy!, c.StatusOverrideAt!.Value)))
            .SingleOrDefaultAsync(cancellationToken);
        if (claim is null)
        {
            return false;
        }

        var stances = await db.Stances
            .IgnoreQueryFilters([TrackerDbContext.HiddenStancesQuotes])
            .AsNoTracking()
            .Where(s => s.ClaimId == id)
            .Visible()
            .Select(s => new StanceRow(
                s.Id,
                s.Value,
                s.Actor.Id,
                s.Actor.Name,
                s.Actor.Kind,
                s.Actor.Role,
                s.Actor.AffiliationId,
                s.Actor.Affiliation == null ? null : s.Actor.Affiliation.Name,
                s.Article.Id,
                s.Article.Headline,
                s.Article.Url,
                s.Article.OutletId,
                s.Article.Outlet == null ? null : s.Article.Outlet.Name,
                s.Article.PublishedOn,
                s.Article.ImportedAt,
                s.Article.CopyOfId ?? s.Article.Id,
                s.Review,
                s.Evidence.OrderBy(e => e.Position).Select(e => new EvidenceRow(e.Position, e.Text)).ToList(),
                s.Version,
                s.ReviewedBy,
                s.Confidence,
                s.Rules))
            .ToListAsync(cancellationToken);

        Claim = claim;
        var sources = stances
            .GroupBy(s => (s.ActorId, s.StoryId, s.Value))
            .Select(source => new CountedSource(
                source.Key.Value,
                CountedSource.SideOf(source.Key.ActorId, source.First().AffiliationId, claim.SupplierId, claim.RecipientId),
                source.First().ActorKind == ActorKind.Government))
            .ToList();
        StatusReason = Domain.StatusReason.Explain(sources);
        Title = new ClaimTitle(claim.Id, claim.Supplier, claim.Item, claim.Recipient, Domain.StatusReason.Tally(sources))
        {
            Linked = false,
            Override = claim.StatusOverride?.Status,
        };
        JsonLd = ClaimJsonLd.Write($"{Request.Scheme}://{Request.Host}", claim, Title.Status,
            claim.StatusOverride?.Reason ?? StatusReason, stances);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        IndependentSources = stances.Select(s => (s.ActorId, s.StoryId)).Distinct().Count();
        Groups =
        [
            Group(StanceValue.Supports, "Supports", stances),
            Group(StanceValue.Denies, "Denies", stances),
            Group(StanceValue.Neutral, "Neutral", stances),
        ];
        Timeline = TimelineOf(stances);
        MergeTargets = CanEdit ? await MergeTargetsAsync(claim, cancellationToken) : [];
        History = await db.HistoryOfAsync(ChangeSubject.Claim, id, cancellationToken);
        Input.Version = claim.Version;
        return true;
    }

    /// <summary>Claims sharing a party with this one, for the merge form only editors see.</summary>
    private async Task<List<ClaimOption>> MergeTargetsAsync(ClaimView claim, CancellationToken cancellationToken)
    {
        var parties = new[] { claim.SupplierId, claim.RecipientId };
        var targets = await db.Claims
            .AsNoTracking()
            .Where(c => c.Id != claim.Id && c.MergedIntoId == null)
            .Where(c => parties.Contains(c.SupplierId) || parties.Contains(c.RecipientId))
            .OrderBy(c => c.Sentence)
            .ThenBy(c => c.Category)
            .Take(50)
            .Select(c => new { c.Id, c.Category })
            .ToListAsync(cancellationToken);
        var titles = await db.ClaimTitlesAsync(targets.Select(t => t.Id), cancellationToken);
        return targets.Select(t => new ClaimOption(titles[t.Id], t.Category)).ToList();
    }

    /// <summary>The fields of the edit and split forms, filled with the claim as it is.</summary>
    public ClaimFieldsForm FieldsForm(string prefix) =>
        new(prefix, Claim.Supplier, Claim.Recipient, Claim.Item, Claim.Category, Claim.Quantity);

    /// <summary>
    /// The claim's articles in date order (published, else imported), each with its voices; a voice whose actor took
    /// another stance in an earlier article is marked, as when a government first denied and later acknowledged.
    /// </summary>
    private static List<TimelineEntry> TimelineOf(IReadOnlyList<StanceRow> stances)
    {
        var lastStance = new Dictionary<int, StanceValue>();
        return stances
            .GroupBy(s => s.ArticleId)
            .Select(article => article.First())
            .OrderBy(s => s.PublishedOn ?? DateOnly.FromDateTime(s.ImportedAt))
            .ThenBy(s => s.ImportedAt)
            .ThenBy(s => s.ArticleId)
            .Select(first => new TimelineEntry(
                first.ArticleId, first.Headline, first.OutletId, first.Outlet, first.PublishedOn, first.ImportedAt,
                first.StoryId != first.ArticleId,
                stances.Where(s => s.ArticleId == first.ArticleId)
                    .OrderBy(s => s.Value)
                    .ThenBy(s => s.ActorName, StringComparer.OrdinalIgnoreCase)
                    .Select(s => new TimelineVoice(s.ActorName, s.Value, Earlier(s)))
                    .ToList()))
            .ToList();

        StanceValue? Earlier(StanceRow stance)
        {
            var earlier = lastStance.TryGetValue(stance.ActorId, out var value) && value != stance.Value ? value : (StanceValue?)null;
            lastStance[stance.ActorId] = stance.Value;
            return earlier;
        }
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

    /// <summary>
    /// One actor's stance in one story: the original's row, or the first printing's when the original has none,
    /// with the other printings under it.
    /// </summary>
    private static SourceRow Source(IEnumerable<StanceRow> printings)
    {
        var ordered = printings
            .OrderByDescending(s => s.ArticleId == s.StoryId)
            .ThenBy(s => s.PublishedOn ?? DateOnly.MaxValue)
            .ThenBy(s => s.ArticleId)
            .ToList();
        return new SourceRow(ordered[0], ordered.Skip(1).ToList());
    }

    public sealed class InputModel
    {
        /// <summary>The claim's version when the editor saw it: a save from an older version is refused.</summary>
        public int Version { get; set; }

        public string? Supplier { get; set; }

        public string? Recipient { get; set; }

        public string? Item { get; set; }

        public string? Category { get; set; }

        public string? Quantity { get; set; }

        /// <summary>The claim to merge into, picked from the list; <see cref="IntoNumber"/>, typed, wins over it.</summary>
        public int? IntoId { get; set; }

        public int? IntoNumber { get; set; }

        /// <summary>The stances to split off into a new claim.</summary>
        public List<int> StanceIds { get; set; } = [];

        public string? Reason { get; set; }

        /// <summary>The status an editor sets over what the sources say.</summary>
        public ClaimStatus? Status { get; set; }

        public ClaimFields Fields => new(Supplier, Recipient, Item, Category, Quantity);
    }

    public sealed record ClaimView(
        int Id,
        string Sentence,
        int SupplierId,
        string Supplier,
        int RecipientId,
        string Recipient,
        string Item,
        string Category,
        string? Quantity,
        int Version, int? MergedIntoId,
        StatusOverride? StatusOverride);

    public sealed record ClaimOption(ClaimTitle Title, string Category);

    public sealed record ClaimFieldsForm(string Prefix, string Supplier, string Recipient, string Item, string Category, string? Quantity);

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
        int? AffiliationId,
        string? Affiliation,
        int ArticleId,
        string Headline,
        string? ArticleUrl,
        int? OutletId,
        string? Outlet,
        DateOnly? PublishedOn,
        DateTime ImportedAt,
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

    public sealed record TimelineEntry(
        int ArticleId,
        string Headline,
        int? OutletId,
        string? Outlet,
        DateOnly? PublishedOn,
        DateTime ImportedAt,
        bool IsCopy,
        IReadOnlyList<TimelineVoice> Voices);

    /// <summary>One actor's stance in one article; <see cref="ChangedFrom"/> is its different stance before, if any.</summary>
    public sealed record TimelineVoice(string Actor, StanceValue Value, StanceValue? ChangedFrom);

    /// <summary>An independent source: <see cref="Stance"/> as printed first, and <see cref="AlsoPrintedIn"/> its copies.</summary>
    public sealed record SourceRow(StanceRow Stance, IReadOnlyList<StanceRow> AlsoPrintedIn);
}

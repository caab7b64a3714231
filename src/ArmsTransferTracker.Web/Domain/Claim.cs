using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Domain;

/// <summary>The part of a claim an editor can change, as history keeps it before and after each change.
/// History written before status overrides existed reads as no override.</summary>
public sealed record ClaimState(
    int SupplierId,
    int RecipientId,
    string Item,
    string Category,
    string? Quantity,
    int? MergedIntoId,
    StatusOverride? StatusOverride = null);

/// <summary>An editor's word on a claim's status, over what its sources say: the status, why, who and when.</summary>
public sealed record StatusOverride(ClaimStatus Status, string Reason, string By, DateTime At);

/// <summary>
/// A transfer claim: supplier sent an item of a category to recipient.
/// One row per supplier, recipient and category, whatever the number of articles.
/// </summary>
public sealed class Claim
{
    private readonly List<Stance> _stances = [];

    private Claim()
    {
    }

    public Claim(Actor supplier, Actor recipient, string item, string category, string? quantity)
    {
        Set(supplier, recipient, item, category, quantity);
    }

    public int Id { get; private set; }

    public int SupplierId { get; private set; }

    public Actor Supplier { get; private set; } = null!;

    public int RecipientId { get; private set; }

    public Actor Recipient { get; private set; } = null!;

    public string Item { get; private set; } = "";

    /// <summary>One of <see cref="Categories.All"/>.</summary>
    public string Category { get; private set; } = "";

    public string? Quantity { get; private set; }

    /// <summary>The canonical sentence, e.g. "Iran transferred short-range ballistic missiles to Russia".</summary>
    public string Sentence { get; private set; } = "";

    public IReadOnlyCollection<Stance> Stances => _stances;

    /// <summary>The claim an editor merged this one into; its address leads there.</summary>
    public int? MergedIntoId { get; private set; }

    public Claim? MergedInto { get; private set; }

    /// <summary>Bumped by every editor's change: two editors saving from the same version cannot both succeed.</summary>
    public int Version { get; private set; }

    /// <summary>The status an editor set over what the sources say, if any.</summary>
    public ClaimStatus? StatusOverride { get; private set; }

    public string? StatusOverrideReason { get; private set; }

    public string? StatusOverrideBy { get; private set; }

    public DateTime? StatusOverrideAt { get; private set; }

    // What the list sorts, filters and counts claims on, and the feed orders them by, without reading a stance. The context
    // keeps them (ClaimCounts) on every save that touches the claim, its stances, their articles or their history; nothing
    // else sets them.

    /// <summary>Independent sources that support the claim, as <see cref="SourceTally"/> counts them.</summary>
    public int SupportingSources { get; private set; }

    public int DenyingSources { get; private set; }

    public int NeutralSources { get; private set; }

    /// <summary>The three counts added up: what the list sorts on for "number of independent sources".</summary>
    public int Sources { get; private set; }

    /// <summary>The newest publication date among its articles, if any has one.</summary>
    public DateOnly? LatestPublishedOn { get; private set; }

    /// <summary>
    /// Whether <see cref="LatestPublishedOn"/> is known: claims without a date sort last on every database (PostgreSQL puts
    /// nulls first in a descending order, SQLite last), through an index on this and the date.
    /// </summary>
    public bool Dated { get; private set; }

    /// <summary>The status pages show: the editor's (<see cref="StatusOverride"/>), else what its sources make it.</summary>
    public ClaimStatus Status { get; private set; }

    /// <summary>
    /// When it last changed, for the feeds: the latest of its shown and rejected stances' recording and of the editors'
    /// changes to it or to one of those stances (reverts too). Unknown for a claim with neither.
    /// </summary>
    public DateTime? ChangedAt { get; private set; }

    public ClaimState State => new(SupplierId, RecipientId, Item, Category, Quantity, MergedIntoId, Override);

    private StatusOverride? Override => StatusOverride is { } status
        ? new StatusOverride(status, StatusOverrideReason!, StatusOverrideBy!, StatusOverrideAt!.Value)
        : null;

    /// <summary>An editor says what the claim's status is, whatever its sources say, and why.</summary>
    public void OverrideStatus(ClaimStatus status, string reason, string editor, DateTime atUtc)
    {
        if (atUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Times must be UTC.", nameof(atUtc));
        }
        // To the microsecond, as PostgreSQL keeps it: history's state after must read the same as the row read back.
        var at = atUtc.AddTicks(-(atUtc.Ticks % TimeSpan.TicksPerMicrosecond));
        SetOverride(new StatusOverride(status, Names.Require(reason, nameof(reason)), Names.Require(editor, nameof(editor)), at));
        Version++;
    }

    /// <summary>The claim's status is again what its sources say.</summary>
    public void ClearStatusOverride()
    {
        SetOverride(null);
        Version++;
    }

    /// <summary>Fills in a quantity an earlier source did not give.</summary>
    public void Complete(string? quantity) => Quantity ??= Names.Optional(quantity);

    /// <summary>An editor corrects who sent what to whom.</summary>
    public void Edit(Actor supplier, Actor recipient, string item, string category, string? quantity)
    {
        Set(supplier, recipient, item, category, quantity);
        Version++;
    }

    /// <summary>This claim is the same as <paramref name="target"/>: its stances move there (the caller moves them).</summary>
    public void MergeInto(Claim target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (ReferenceEquals(target, this) || target.MergedIntoId is not null)
        {
            throw new ArgumentException("A claim merges into another claim that is not itself merged.", nameof(target));
        }
        (MergedInto, MergedIntoId) = (target, target.Id);
        Version++;
    }

    /// <summary>Puts back a state history kept, with the actors and the claim it names.</summary>
    public void Restore(ClaimState state, Actor supplier, Actor recipient, Claim? mergedInto)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (supplier.Id != state.SupplierId || recipient.Id != state.RecipientId || mergedInto?.Id != state.MergedIntoId)
        {
            throw new ArgumentException("The actors and claim must be the ones the state names.", nameof(state));
        }
        Set(supplier, recipient, state.Item, state.Category, state.Quantity);
        (MergedInto, MergedIntoId) = (mergedInto, mergedInto?.Id);
        SetOverride(state.StatusOverride);
        Version++;
    }

    private void SetOverride(StatusOverride? value) =>
        (StatusOverride, StatusOverrideReason, StatusOverrideBy, StatusOverrideAt) = (value?.Status, value?.Reason, value?.By, value?.At);

    private void Set(Actor supplier, Actor recipient, string item, string category, string? quantity)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        ArgumentNullException.ThrowIfNull(recipient);
        if (!Categories.All.Contains(category))
        {
            throw new ArgumentException($"Unknown category '{category}'.", nameof(category));
        }
        if (ReferenceEquals(supplier, recipient) || (supplier.Id != 0 && supplier.Id == recipient.Id))
        {
            throw new ArgumentException("A claim's supplier and recipient are two actors.", nameof(recipient));
        }
        (Supplier, Recipient) = (supplier, recipient);
        // New actors have no id yet: EF sets the keys from the navigations when it saves.
        if (supplier.Id != 0 && recipient.Id != 0)
        {
            (SupplierId, RecipientId) = (supplier.Id, recipient.Id);
        }
        Item = Names.Require(item, nameof(item));
        Category = category;
        Quantity = Names.Optional(quantity);
        Sentence = $"{supplier.Name} transferred {Item} to {recipient.Name}";
    }
}

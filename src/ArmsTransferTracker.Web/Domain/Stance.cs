using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Domain;

public enum StanceOrigin { Extracted, Editor }

public enum StanceReview { Unreviewed, Confirmed, Rejected }

/// <summary>The part of a stance an editor can change, as history keeps it before and after each change.</summary>
public sealed record StanceState(
    int ClaimId,
    int ActorId,
    StanceValue Value,
    StanceReview Review,
    string? ReviewedBy,
    DateTime? ReviewedAt,
    bool Removed);

/// <summary>
/// What one actor says about one claim in one article, with the quotes that show it. Every change records who made it and
/// when; an editor's change counts as a review, so re-extraction leaves the stance as the editor left it.
/// </summary>
public sealed class Stance
{
    /// <summary>Who records stances found by the extractor.</summary>
    public const string Extractor = "extractor";

    private readonly List<Evidence> _evidence = [];

    private Stance()
    {
    }

    private Stance(
        Claim claim, Actor actor, Article article, StanceValue value, StanceOrigin origin, string recordedBy, DateTime recordedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(article);
        Claim = claim;
        Actor = actor;
        Article = article;
        Value = value;
        Origin = origin;
        RecordedBy = Names.Require(recordedBy, nameof(recordedBy));
        RecordedAt = RequireUtc(recordedAtUtc, nameof(recordedAtUtc));
    }

    public static Stance Extracted(Claim claim, Actor actor, Article article, StanceValue value, DateTime recordedAtUtc) =>
        new(claim, actor, article, value, StanceOrigin.Extracted, Extractor, recordedAtUtc);

    /// <summary>A stance the extractor found, with how sure it was and the rules that produced it.</summary>
    public static Stance Extracted(
        Claim claim, Actor actor, Article article, StanceValue value, double confidence, IEnumerable<string> rules, DateTime recordedAtUtc)
    {
        var stance = Extracted(claim, actor, article, value, recordedAtUtc);
        stance.Confidence = confidence is >= 0 and <= 1
            ? confidence
            : throw new ArgumentOutOfRangeException(nameof(confidence), "A confidence lies between 0 and 1.");
        stance.Rules = string.Join(RuleSeparator, rules);
        return stance;
    }

    public static Stance ByEditor(Claim claim, Actor actor, Article article, StanceValue value, string editor, DateTime recordedAtUtc) =>
        new(claim, actor, article, value, StanceOrigin.Editor, editor, recordedAtUtc);

    public int Id { get; private set; }

    public int ClaimId { get; private set; }

    public Claim Claim { get; private set; } = null!;

    public int ActorId { get; private set; }

    public Actor Actor { get; private set; } = null!;

    public int ArticleId { get; private set; }

    public Article Article { get; private set; } = null!;

    public StanceValue Value { get; private set; }

    public StanceOrigin Origin { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }

    public StanceReview Review { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    /// <summary>How sure the extractor was (0 to 1); null for an editor's stance.</summary>
    public double? Confidence { get; private set; }

    /// <summary>The names of the extraction rules that produced the stance, joined by <see cref="RuleSeparator"/>.</summary>
    public string? Rules { get; private set; }

    public const string RuleSeparator = ", ";

    /// <summary>The claim the extractor put the stance on, once an editor has moved it elsewhere: re-extraction leaves it moved.</summary>
    public int? ExtractedOnClaimId { get; private set; }

    /// <summary>Removed by an editor: hidden everywhere, kept for history and so that re-extraction does not bring it back.</summary>
    public bool Removed { get; private set; }

    /// <summary>Bumped by every change: two editors saving from the same version cannot both succeed.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<Evidence> Evidence => _evidence;

    public StanceState State => new(ClaimId, ActorId, Value, Review, ReviewedBy, ReviewedAt, Removed);

    /// <summary>
    /// Quotes <c>Article.Text[start..end]</c> as evidence; the text must be exactly that slice.
    /// Returns false when the same span is already evidence.
    /// </summary>
    public bool AddEvidence(int start, int end, string text)
    {
        var articleText = Article.Text;
        if (start < 0 || end <= start || end > articleText.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(start), $"Evidence [{start}, {end}) lies outside the article text (length {articleText.Length}).");
        }
        if (!articleText.AsSpan(start, end - start).SequenceEqual(text))
        {
            throw new ArgumentException("Evidence text differs from the article text at its offsets.", nameof(text));
        }
        if (_evidence.Any(e => e.Start == start && e.End == end))
        {
            return false;
        }
        // After a re-extraction dropped quotes, positions go on from the highest, so kept quotes keep their anchors.
        _evidence.Add(new Evidence(this, _evidence.Count == 0 ? 1 : _evidence.Max(e => e.Position) + 1, start, end, text));
        return true;
    }

    /// <summary>
    /// A new run of the extractor found this unreviewed stance again: it takes the run's value, confidence and rules, and
    /// keeps its id (so links to it and its quotes keep working). The run's quotes are then added, and <see cref="RetainEvidence"/>
    /// drops the ones it no longer gives.
    /// </summary>
    public void RecordExtraction(StanceValue value, double confidence, IEnumerable<string> rules, DateTime atUtc)
    {
        if (Origin != StanceOrigin.Extracted || Review != StanceReview.Unreviewed)
        {
            throw new InvalidOperationException("Only an unreviewed stance the extractor found is replaced by a new run.");
        }
        (Value, Confidence, Rules, RecordedAt) = (value, confidence, string.Join(RuleSeparator, rules), RequireUtc(atUtc, nameof(atUtc)));
        Version++;
    }

    /// <summary>Drops every quote but those at <paramref name="spans"/>; the kept ones keep their positions.</summary>
    public void RetainEvidence(IReadOnlyCollection<(int Start, int End)> spans) =>
        _evidence.RemoveAll(e => !spans.Contains((e.Start, e.End)));

    public void Confirm(string editor, DateTime atUtc) => SetReview(StanceReview.Confirmed, editor, atUtc);

    public void Reject(string editor, DateTime atUtc) => SetReview(StanceReview.Rejected, editor, atUtc);

    /// <summary>The editor says the actor takes another stance on the claim: the stance is reviewed, with its new value.</summary>
    public void ChangeValue(StanceValue value, string editor, DateTime atUtc)
    {
        Value = value;
        SetReview(StanceReview.Confirmed, editor, atUtc);
    }

    /// <summary>The editor says the quote is about another claim.</summary>
    public void MoveTo(Claim claim, string editor, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (Origin == StanceOrigin.Extracted)
        {
            ExtractedOnClaimId ??= ClaimId;
        }
        Claim = claim;
        ClaimId = claim.Id;
        SetReview(StanceReview.Confirmed, editor, atUtc);
    }

    /// <summary>
    /// A merge made the stance's claim or actor part of another: the stance follows to the survivor, reviewed or not as it was
    /// (re-extraction follows merges too, so it finds the stance there).
    /// </summary>
    public void FollowMerge(Claim claim, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(actor);
        (Claim, ClaimId, Actor, ActorId) = (claim, claim.Id, actor, actor.Id);
        Version++;
    }

    /// <summary>Who removed it and when is in history.</summary>
    public void Remove()
    {
        Removed = true;
        Version++;
    }

    /// <summary>Puts back a state history kept (reverting a change), with the claim and actor that state names.</summary>
    public void Restore(StanceState state, Claim claim, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (claim.Id != state.ClaimId || actor.Id != state.ActorId)
        {
            throw new ArgumentException("The claim and actor must be the ones the state names.", nameof(state));
        }
        (Claim, ClaimId, Actor, ActorId) = (claim, claim.Id, actor, actor.Id);
        (Value, Review, ReviewedBy, ReviewedAt, Removed) = (state.Value, state.Review, state.ReviewedBy, state.ReviewedAt, state.Removed);
        Version++;
    }

    private void SetReview(StanceReview review, string editor, DateTime atUtc)
    {
        Review = review;
        ReviewedBy = Names.Require(editor, nameof(editor));
        ReviewedAt = RequireUtc(atUtc, nameof(atUtc));
        Version++;
    }

    private static DateTime RequireUtc(DateTime value, string parameter) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("Times must be UTC.", parameter);
}

/// <summary>A verbatim quote backing a stance: <c>Text == Article.Text[Start..End]</c> (UTF-16 offsets, end exclusive).</summary>
public sealed class Evidence
{
    private Evidence()
    {
    }

    internal Evidence(Stance stance, int position, int start, int end, string text)
    {
        Stance = stance;
        Position = position;
        Start = start;
        End = end;
        Text = text;
    }

    public int Id { get; private set; }

    public int StanceId { get; private set; }

    public Stance Stance { get; private set; } = null!;

    /// <summary>1-based order of the quote within its stance; the article page's anchor is <c>ev-{StanceId}-{Position}</c>.</summary>
    public int Position { get; private set; }

    public int Start { get; private set; }

    public int End { get; private set; }

    public string Text { get; private set; } = "";
}

using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Domain;

public enum StanceOrigin { Extracted, Editor }

public enum StanceReview { Unreviewed, Confirmed, Rejected }

/// <summary>What one actor says about one claim in one article, with the quotes that show it. Every change records who made it and when.</summary>
public sealed class Stance
{
    /// <summary>Who records stances found by the extractor.</summary>
    public const string Extractor = "extractor";

    private readonly List<Evidence> _evidence = [];

    private Stance()
    {
    }

    private Stance(Claim claim, Actor actor, Article article, StanceValue value, StanceOrigin origin, string recordedBy, DateTime recordedAtUtc)
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

    public IReadOnlyCollection<Evidence> Evidence => _evidence;

    /// <summary>Quotes <c>Article.Text[start..end]</c> as evidence; the text must be exactly that slice. Returns false when the same span is already evidence.</summary>
    public bool AddEvidence(int start, int end, string text)
    {
        var articleText = Article.Text;
        if (start < 0 || end <= start || end > articleText.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Evidence [{start}, {end}) lies outside the article text (length {articleText.Length}).");
        }
        if (!articleText.AsSpan(start, end - start).SequenceEqual(text))
        {
            throw new ArgumentException("Evidence text differs from the article text at its offsets.", nameof(text));
        }
        if (_evidence.Any(e => e.Start == start && e.End == end))
        {
            return false;
        }
        _evidence.Add(new Evidence(this, _evidence.Count + 1, start, end, text));
        return true;
    }

    public void Confirm(string editor, DateTime atUtc) => SetReview(StanceReview.Confirmed, editor, atUtc);

    public void Reject(string editor, DateTime atUtc) => SetReview(StanceReview.Rejected, editor, atUtc);

    private void SetReview(StanceReview review, string editor, DateTime atUtc)
    {
        Review = review;
        ReviewedBy = Names.Require(editor, nameof(editor));
        ReviewedAt = RequireUtc(atUtc, nameof(atUtc));
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

namespace ArmsTransferTracker.Web.Domain;

/// <summary>How a claim stands with its sources: what a page says beside the claim, since a claim is never a fact.</summary>
public enum ClaimStatus { Unconfirmed, Asserted, Denied, Contested }

/// <summary>
/// A claim's independent sources by stance. A source is an actor in one story: the same actor in an article and in its
/// reprints is one source, as the claim page counts them.
/// </summary>
public sealed record SourceTally(int Supports, int Denies, int Neutral)
{
    public static SourceTally None { get; } = new(0, 0, 0);

    /// <summary>
    /// Asserted: supported and denied by none; denied: denied and supported by none; contested: both; unconfirmed: neither
    /// (only neutral sources, or none left).
    /// </summary>
    public ClaimStatus Status => (Supports > 0, Denies > 0) switch
    {
        (true, true) => ClaimStatus.Contested,
        (true, false) => ClaimStatus.Asserted,
        (false, true) => ClaimStatus.Denied,
        _ => ClaimStatus.Unconfirmed,
    };
}

using ArmsTransferTracker.Extraction;

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
    public ClaimStatus Status => StatusOf(Supports > 0, Denies > 0);

    /// <summary>The status from whether any source supports the claim and whether any denies it.</summary>
    public static ClaimStatus StatusOf(bool supported, bool denied) => (supported, denied) switch
    {
        (true, true) => ClaimStatus.Contested,
        (true, false) => ClaimStatus.Asserted,
        (false, true) => ClaimStatus.Denied,
        _ => ClaimStatus.Unconfirmed,
    };
}

/// <summary>Which party to the transfer a source speaks for: the supplier or recipient itself, or an actor affiliated with it.</summary>
public enum ClaimSide { Neither, Supplier, Recipient }

/// <summary>One independent source of a claim (an actor in one story), with its stance and the side it speaks for.</summary>
public sealed record CountedSource(StanceValue Value, ClaimSide Side, bool IsGovernment)
{
    /// <summary>The side of an actor, from its id and affiliation and the claim's parties.</summary>
    public static ClaimSide SideOf(int actorId, int? affiliationId, int supplierId, int recipientId) =>
        actorId == supplierId || affiliationId == supplierId ? ClaimSide.Supplier
        : actorId == recipientId || affiliationId == recipientId ? ClaimSide.Recipient
        : ClaimSide.Neither;
}

/// <summary>
/// Why a claim has its status, in words: "2 independent sources assert it; the supplier's government denies it". A party's
/// own side is named, since a government denying that it sent or received arms weighs differently from an outsider.
/// </summary>
public static class StatusReason
{
    public static SourceTally Tally(IReadOnlyCollection<CountedSource> sources) => new(
        sources.Count(s => s.Value == StanceValue.Supports),
        sources.Count(s => s.Value == StanceValue.Denies),
        sources.Count(s => s.Value == StanceValue.Neutral));

    public static string Explain(IReadOnlyCollection<CountedSource> sources)
    {
        var clauses = new[]
            {
                (Value: StanceValue.Supports, One: "asserts it", Many: "assert it"),
                (Value: StanceValue.Denies, One: "denies it", Many: "deny it"),
                (Value: StanceValue.Neutral, One: "takes no position", Many: "take no position"),
            }
            .Select(verb => Clause(sources.Where(s => s.Value == verb.Value).ToList(), verb.One, verb.Many))
            .OfType<string>()
            .ToList();
        return clauses.Count == 0 ? "No source speaks of it." : string.Join("; ", clauses);
    }

    private static string? Clause(IReadOnlyList<CountedSource> sources, string one, string many)
    {
        if (sources.Count == 0)
        {
            return null;
        }
        var subjects = new[] { ClaimSide.Supplier, ClaimSide.Recipient }
            .Select(side => Party(sources.Where(s => s.Side == side).ToList(), side == ClaimSide.Supplier ? "supplier" : "recipient"))
            .OfType<string>()
            .ToList();
        var others = sources.Count(s => s.Side == ClaimSide.Neither);
        if (others > 0)
        {
            subjects.Insert(0, others == 1 ? "1 independent source" : $"{others} independent sources");
        }
        var verb = subjects.Count == 1 && sources.Count == 1 ? one : many;
        return $"{string.Join(" and ", subjects)} {verb}";
    }

    private static string? Party(IReadOnlyList<CountedSource> sources, string party) => sources.Count switch
    {
        0 => null,
        1 => sources[0].IsGovernment ? $"the {party}'s government" : $"the {party}'s side",
        _ => $"{sources.Count} sources on the {party}'s side",
    };
}

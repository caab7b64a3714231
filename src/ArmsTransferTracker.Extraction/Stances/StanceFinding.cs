using ArmsTransferTracker.Extraction.Mentions;

namespace ArmsTransferTracker.Extraction.Stances;

/// <summary>
/// The fifth stage's result: an actor's stance on a transfer between two sides, with the goods named, the evidence,
/// a confidence, and the names of the rules that produced it.
/// </summary>
public sealed record StanceFinding(
    string Supplier,
    string Recipient,
    IReadOnlyList<WeaponMention> Goods,
    string? Quantity,
    ExtractedActor Actor,
    StanceValue Value,
    EvidenceSpan Evidence,
    double Confidence,
    IReadOnlyList<string> Rules);

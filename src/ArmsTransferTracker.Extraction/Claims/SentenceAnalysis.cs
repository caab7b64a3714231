namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>Everything found in one sentence: places, weapons, transfer events and speakers.</summary>
public sealed record SentenceAnalysis(
    Sentence Sentence,
    List<PlaceMention> Places,
    List<WeaponMention> Weapons,
    List<TransferEvent> Events,
    List<Speaker> Speakers);

/// <summary>A stance found in the text, before claims are merged: who, on which supplier and recipient, about what goods.</summary>
public sealed record StanceFinding(
    string Supplier,
    string Recipient,
    IReadOnlyList<WeaponMention> Weapons,
    ExtractedActor Actor,
    StanceValue Value,
    EvidenceSpan Evidence,
    int Order,
    string? Quantity);

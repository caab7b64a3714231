using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Transfers;

/// <summary>Whether a transfer is told as done, or as a plan, a condition or hearsay.</summary>
public enum FrameMood
{
    /// <summary>Told as having happened or happening: "Iran sent drones".</summary>
    Fact,
    /// <summary>Intended, promised, possible or future: "plans to send", "will deliver", "could supply".</summary>
    Plan,
    /// <summary>Under a condition or a question: "if Iran sends", "whether Iran sent".</summary>
    Condition,
    /// <summary>Relayed without being asserted: "Iran has reportedly sent".</summary>
    Hearsay,
}

/// <summary>
/// A side of a transfer as the sentence names it: a canonical state or group, or a pronoun ("it has never supplied")
/// whose referent a later stage finds, or nothing.
/// </summary>
public sealed record FrameParty(string? Place, string? Pronoun)
{
    public static readonly FrameParty None = new(null, null);

    /// <summary>The name a group described by where it fights goes by when the story names no armed group ("Tigray rebels").</summary>
    public string? RegionalName { get; init; }

    /// <summary>Every side of one kind only: "any militant group" is no state.</summary>
    public bool ArmedGroupsOnly { get; init; }

    /// <summary>Every side of a war ("either side", "any party to the conflict"), not anyone a supplier might arm.</summary>
    public bool SidesOfAWar { get; init; }

    /// <summary>The state every side is in, when named: "any party in Sudan".</summary>
    public string? Within { get; init; }

    public bool IsNamed => Place is not null;
}

/// <summary>
/// The third stage's result: a transfer read off a trigger's arguments. <see cref="Trigger"/> is the 1-based word of
/// the verb or noun; <see cref="Rules"/> names the rules that read it.
/// </summary>
public sealed record TransferFrame(
    StorySentence Sentence,
    int Trigger,
    FrameParty Supplier,
    FrameParty Recipient,
    IReadOnlyList<WeaponMention> Goods,
    string? Quantity,
    bool Negated,
    FrameMood Mood,
    IReadOnlyList<string> Rules)
{
    public bool IsClaim => Mood is FrameMood.Fact or FrameMood.Hearsay;
}

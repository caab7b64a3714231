namespace ArmsTransferTracker.Extraction.Attribution;

/// <summary>How a phrase refers to its actor.</summary>
public enum ActorReference
{
    /// <summary>By name: "Viktar Lasouski", "the Belarusian Defence Ministry", "Track Signal".</summary>
    Named,
    /// <summary>By pronoun: "he said", "it added".</summary>
    Pronoun,
    /// <summary>By a role noun after "the": "the minister said", "the ministry added".</summary>
    Role,
}

/// <summary>
/// A speaker as the sentence names it: the head word of its phrase, the name the phrase gives (trimmed of time words,
/// relative clauses and appositions), its kind, role and affiliation, and how it refers.
/// </summary>
public sealed record ActorPhrase(int Head, string Name, ActorKind Kind, string? Role, string? Affiliation, ActorReference Reference);

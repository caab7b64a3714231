using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Attribution;

/// <summary>
/// What a speaker does with what it governs: asserts it, denies it, leaves it open, or leaves it unsaid ("did not say
/// when the missiles were shipped": the transfer is the speaker's, but no stance on it).
/// </summary>
public enum Cue { Asserts, Denies, Neutral, Unsaid }

/// <summary>
/// The fourth stage's result: a speaker and what the speaker says. <see cref="Scope"/> holds the 1-based words the
/// attribution governs (a transfer whose trigger is among them is the speaker's); <see cref="Verb"/> is the word that
/// carries the attribution ("said", "denied", "according").
/// </summary>
public sealed record Attribution(
    StorySentence Sentence,
    int Verb,
    ActorPhrase Speaker,
    Cue Cue,
    IReadOnlySet<int> Scope,
    IReadOnlyList<string> Rules)
{
    public bool Governs(int word) => Scope.Contains(word);

    /// <summary>The document the speaker speaks in or by: "said in a report" (new), "the report by X said" (named again).</summary>
    public DocumentReference? Document { get; init; }
}

/// <summary>A document noun by its lemma, and whether it is named again ("the report") or new ("a report").</summary>
public sealed record DocumentReference(string Lemma, bool Definite);

using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Transfers;

namespace ArmsTransferTracker.Extraction.Stances;

/// <summary>What the earlier stages read in one sentence: its mentions, transfers and attributions.</summary>
public sealed record SentenceReading(
    SentenceMentions Mentions,
    IReadOnlyList<TransferFrame> Frames,
    IReadOnlyList<Attribution.Attribution> Attributions)
{
    public Story.StorySentence Sentence => Mentions.Sentence;
}

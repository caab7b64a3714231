using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Merging;
using ArmsTransferTracker.Extraction.Stances;
using ArmsTransferTracker.Extraction.Story;
using ArmsTransferTracker.Extraction.Transfers;

namespace ArmsTransferTracker.Extraction;

/// <summary>
/// The extraction engine's stages, in order: story sentences (parsed where they can matter), mentions, transfer frames,
/// attributions, stances, merged claims. Each stage reads the typed results of the ones before and changes none of them.
/// </summary>
public static class ClaimPipeline
{
    public static IReadOnlyList<ExtractedClaim> Extract(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var story = StoryReader.Read(document);
        var readings = story.Sentences.Select(Read).ToList();
        var namedKinds = readings.SelectMany(r => r.Mentions.Weapons).Where(w => !w.Generic && !w.CatchAll).Select(w => w.Category)
            .ToHashSet();
        return ClaimMerger.Merge(StanceReader.Read(story, readings), namedKinds);
    }

    private static SentenceReading Read(StorySentence sentence)
    {
        var mentions = SentenceMentions.Find(sentence);
        return new SentenceReading(mentions, FrameReader.Read(mentions), AttributionReader.Read(mentions));
    }
}

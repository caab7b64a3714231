using SpeakerAttribution = ArmsTransferTracker.Extraction.Attribution.Attribution;
using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Stances;
using ArmsTransferTracker.Extraction.Story;
using ArmsTransferTracker.Extraction.Transfers;

namespace ArmsTransferTracker.Extraction.Tests;

/// <summary>
/// The engine's stages run one by one over a passage, as <see cref="ClaimPipeline"/> runs them, so that a test can read
/// what each stage made: the story sentences, then per sentence its mentions, frames and attributions, then the stances.
/// </summary>
public sealed class StageRun
{
    private readonly Lazy<IReadOnlyList<StanceFinding>> findings;

    private StageRun(StoryText story)
    {
        Story = story;
        Readings = story.Sentences.Select(Read).ToList();
        findings = new(() => StanceReader.Read(Story, Readings));
    }

    public StoryText Story { get; }

    public string Text => Story.Document.Text;

    public IReadOnlyList<SentenceReading> Readings { get; }

    public IEnumerable<TransferFrame> Frames => Readings.SelectMany(r => r.Frames);

    public IEnumerable<SpeakerAttribution> Attributions => Readings.SelectMany(r => r.Attributions);

    public IReadOnlyList<StanceFinding> Findings => findings.Value;

    /// <summary>Runs every stage over a passage whose lines are the article's lines, written by an outlet or by none.</summary>
    public static StageRun Of(string text, string? outlet = null) => new(StoryReader.Read(TestData.Article(text, outlet)));

    // The same three stages ClaimPipeline runs on each story sentence.
    private static SentenceReading Read(StorySentence sentence)
    {
        var mentions = SentenceMentions.Find(sentence);
        return new SentenceReading(mentions, FrameReader.Read(mentions), AttributionReader.Read(mentions));
    }
}

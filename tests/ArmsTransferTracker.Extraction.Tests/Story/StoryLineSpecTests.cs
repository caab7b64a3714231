using Xunit.Abstractions;

namespace ArmsTransferTracker.Extraction.Tests.Story;

/// <summary>
/// The spec of the story stage (StoryReader): chrome lines dropped, datelines cut, headline and quotations marked:
/// story-lines.spec.
/// </summary>
public class StoryLineSpecTests(ITestOutputHelper output) : StageSpecTests(output, "Story", "story-lines.spec", StageLines.Story);

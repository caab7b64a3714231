using Xunit.Abstractions;

namespace ArmsTransferTracker.Extraction.Tests.Mentions;

/// <summary>The spec of the mentions stage (Places, Weapons): states, armed groups and goods named: mentions.spec.</summary>
public class MentionSpecTests(ITestOutputHelper output) : StageSpecTests(output, "Mentions", "mentions.spec", StageLines.Mentions);

using Xunit.Abstractions;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>The spec of the attribution stage (AttributionReader): who says what, with which cue: attributions.spec.</summary>
public class AttributionSpecTests(ITestOutputHelper output)
    : StageSpecTests(output, "Attribution", "attributions.spec", StageLines.Attributions);

using Xunit.Abstractions;

namespace ArmsTransferTracker.Extraction.Tests.Stances;

/// <summary>The spec of the stance stage (StanceReader): who takes which stance on which transfer: stances.spec.</summary>
public class StanceSpecTests(ITestOutputHelper output) : StageSpecTests(output, "Stances", "stances.spec", StageLines.Stances);

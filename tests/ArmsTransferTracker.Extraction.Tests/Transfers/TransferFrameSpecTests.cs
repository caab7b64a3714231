using Xunit.Abstractions;

namespace ArmsTransferTracker.Extraction.Tests.Transfers;

/// <summary>The spec of the transfer stage (FrameReader): one frame per transfer told: transfer-frames.spec.</summary>
public class TransferFrameSpecTests(ITestOutputHelper output)
    : StageSpecTests(output, "Transfers", "transfer-frames.spec", StageLines.Frames);

namespace ArmsTransferTracker.Extraction;

/// <summary>Settings of the engine itself, the same wherever it runs, so no appsettings key or environment variable changes them.</summary>
public static class ExtractionOptions
{
    /// <summary>
    /// Stances below this confidence are left out by <c>extract</c> and <c>eval</c> unless <c>--min-confidence</c> says
    /// otherwise. Tuned on dev + dev2 together (<c>eval-rules</c> with <c>--min-confidence</c>), so that neither set alone
    /// decides it; 0 keeps every stance until the engine's confidences are measured again after its rebuild.
    /// </summary>
    public const double DefaultMinConfidence = 0;
}

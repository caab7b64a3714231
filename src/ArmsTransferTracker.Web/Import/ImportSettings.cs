namespace ArmsTransferTracker.Web.Import;

/// <summary>Limits on what import accepts, from the <c>Import</c> section of configuration.</summary>
public sealed class ImportSettings
{
    public const string Section = "Import";

    /// <summary>The largest file, paste or fetched page accepted (default 5 MB).</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Loopback, private and link-local addresses are refused unless this is set (tests serve pages from loopback).</summary>
    public bool AllowPrivateAddresses { get; set; }
}

public static class Sizes
{
    /// <summary>"5 MB", "512 KB", "12 bytes": sizes as people read them.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.0} MB",
        >= 1024 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };
}

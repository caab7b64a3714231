using ArmsTransferTracker.Web.Settings;

namespace ArmsTransferTracker.Web.Import;

/// <summary>Limits on what import accepts, from the <c>Import</c> section of configuration, checked at start-up.</summary>
public sealed class ImportSettings
{
    public const string Section = "Import";

    /// <summary>The largest file, paste or fetched page accepted (default 5 MB).</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How long fetching a URL may take, in seconds (default 15).</summary>
    public int FetchTimeoutSeconds { get; set; } = 15;

    public TimeSpan FetchTimeout => TimeSpan.FromSeconds(FetchTimeoutSeconds);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Loopback, private and link-local addresses are refused unless this is set (tests serve pages from loopback).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Reads the section over the defaults; the bounds keep every limit one the server can apply.</summary>
    public void Read(SettingsReader settings)
    {
        MaxBytes = settings.WholeNumber(nameof(MaxBytes), MaxBytes, 1, 100 * 1024 * 1024, "bytes");
        FetchTimeoutSeconds = settings.WholeNumber(nameof(FetchTimeoutSeconds), FetchTimeoutSeconds, 1, 600, "seconds");
        MaxRedirects = settings.WholeNumber(nameof(MaxRedirects), MaxRedirects, 0, 20, "redirects");
        AllowPrivateAddresses = settings.Flag(nameof(AllowPrivateAddresses), AllowPrivateAddresses);
        // Read as a TimeSpan, "30" was 30 days, which no fetch can wait: the old key is refused rather than misread.
        settings.Replaced("FetchTimeout", nameof(FetchTimeoutSeconds), "in plain seconds", "30");
    }
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

using ArmsTransferTracker.Web.Data;
using Serilog;

namespace ArmsTransferTracker.Web.Logging;

public static class SerilogSetup
{
    /// <summary>
    /// Makes Serilog the app's logger, writing to the console and to a daily file <c>{DataDirectory}/logs/tracker-.log</c>.
    /// The logger is built when first needed, from the final configuration (tests override it), and disposed with the host.
    /// Command-line verbs pass <paramref name="console"/> false: their standard output is theirs (JSON, progress, summary).
    /// Each host keeps its own logger, not the static one, so that hosts side by side (tests) never close each other's.
    /// The file is shared: a verb run while the server runs writes to the same file rather than find it locked.
    /// </summary>
    public static IServiceCollection AddTrackerSerilog(this IServiceCollection services, bool console = true) =>
        services.AddSerilog((provider, settings) =>
        {
            var storage = provider.GetRequiredService<StorageSettings>();
            settings.ReadFrom.Configuration(provider.GetRequiredService<IConfiguration>()).Enrich.FromLogContext();
            if (console)
            {
                settings.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
            settings.WriteTo.File(
                Path.Combine(storage.LogsDirectory, "tracker-.log"),
                rollingInterval: RollingInterval.Day,
                shared: true,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        }, preserveStaticLogger: true);
}

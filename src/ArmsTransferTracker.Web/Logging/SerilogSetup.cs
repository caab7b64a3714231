using ArmsTransferTracker.Web.Data;
using Serilog;
using Serilog.Extensions.Logging;

namespace ArmsTransferTracker.Web.Logging;

public static class SerilogSetup
{
    /// <summary>
    /// Replaces the default providers with Serilog writing to the console and to a daily file <c>{DataDirectory}/logs/tracker-.log</c>.
    /// The logger is built when first needed, from the final configuration (tests override it), and disposed with the host.
    /// Command-line verbs pass <paramref name="console"/> false: their standard output is theirs (JSON, progress, summary).
    /// </summary>
    public static ILoggingBuilder AddTrackerSerilog(this ILoggingBuilder logging, bool console = true)
    {
        logging.ClearProviders();
        logging.Services.AddSingleton<ILoggerProvider>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var storage = sp.GetRequiredService<StorageSettings>();
            var settings = new LoggerConfiguration()
                .ReadFrom.Configuration(configuration)
                .Enrich.FromLogContext();
            if (console)
            {
                settings.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
            var logger = settings
                .WriteTo.File(
                    Path.Combine(storage.LogsDirectory, "tracker-.log"),
                    rollingInterval: RollingInterval.Day,
                    outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
                .CreateLogger();
            return new SerilogLoggerProvider(logger, dispose: true);
        });
        return logging;
    }
}

using Serilog.AspNetCore;

namespace ArmsTransferTracker.Web.Logging;

/// <summary>Serilog's request log: one line per request with method, path, final status and duration in milliseconds.</summary>
public static class RequestLogging
{
    public static void Configure(RequestLoggingOptions options, IServiceProvider services)
    {
        options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        // The host's own logger: the static one is left alone, so that hosts side by side (tests) keep their own files.
        options.Logger = services.GetRequiredService<Serilog.ILogger>();
    }
}

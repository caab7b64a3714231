using System.Diagnostics;

namespace ArmsTransferTracker.Web.Logging;

/// <summary>One log line per request: method, path, final status and duration in milliseconds.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        // Captured first: status-code pages and the error page re-execute the request under another path.
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms", method, path, context.Response.StatusCode, elapsed);
        }
    }
}

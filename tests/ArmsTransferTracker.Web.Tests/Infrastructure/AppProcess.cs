using System.Diagnostics;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>The built app run as its own process, as a user runs it: its exit code and what it wrote.</summary>
public static class AppProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <summary>
    /// Runs the app with <paramref name="args"/> and environment <paramref name="environment"/>, on no real port. The
    /// limit only stops a run that would never end (a server), failing the test, rather than waiting for it forever.
    /// </summary>
    public static async Task<Result> RunAsync(string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ArmsTransferTracker.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"the app was still running after 3 minutes: {string.Join(' ', args)}");
        }
        return new Result(process.ExitCode, await output, await errors);
    }
}

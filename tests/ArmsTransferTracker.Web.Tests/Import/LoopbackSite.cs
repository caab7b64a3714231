using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ArmsTransferTracker.Web.Tests.Import;

/// <summary>
/// A real web server on 127.0.0.1 serving the kinds of pages URL import meets: an article, errors, loops, images, slow and huge answers.
/// </summary>
public sealed class LoopbackSite : IAsyncLifetime
{
    public const string ArticleHtml = """
        <html><head><title>Drones reach Ethiopia</title><meta property="og:site_name" content="Harbour Wire"></head>
        <body><article><h1>Drones reach Ethiopia</h1>
        <p>ADDIS ABABA — Turkey has delivered armed drones to Ethiopia, officials said.</p></article></body></html>
        """;

    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/article", () => Results.Content(ArticleHtml, "text/html; charset=utf-8"));
        _app.MapGet("/moved", () => Results.Redirect("/article"));
        _app.MapGet("/loop/{n:int}", (int n) => Results.Redirect($"/loop/{n + 1}"));
        _app.MapGet("/missing", () => Results.NotFound());
        _app.MapGet("/broken", () => Results.StatusCode(500));
        _app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"));
        // Never answers: a fetch of it times out whatever the timeout and however loaded the machine.
        _app.MapGet("/slow", async (CancellationToken stop) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stop);
            return Results.Content(ArticleHtml, "text/html");
        });
        _app.MapGet("/huge", () => Results.Content(new string('x', 64 * 1024), "text/plain"));
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

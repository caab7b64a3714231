using ArmsTransferTracker.Web.Import;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>The app with the two Freedonia articles stored through the importer's storing step (besides the seeds).</summary>
public sealed class FreedoniaFactory : TrackerFactory, IAsyncLifetime
{
    public ImportResult A { get; private set; } = null!;

    public ImportResult B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        A = await StoreAsync(Samples.ArticleA(), "freedonia-a.txt");
        B = await StoreAsync(Samples.ArticleB(), "freedonia-b.txt");
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

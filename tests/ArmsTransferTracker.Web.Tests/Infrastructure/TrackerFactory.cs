using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Extraction;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>
/// The app over an in-process server, with its own data directory (SQLite database and logs) that is deleted on dispose,
/// and the seeds directory pointed at the repository's seeds/ as copied to the test output.
/// </summary>
public class TrackerFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDirectory;

    public TrackerFactory()
        : this(NewDataDirectory(), ownsDirectory: true)
    {
    }

    private TrackerFactory(string dataDirectory, bool ownsDirectory)
    {
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
    }

    /// <summary>A factory over an existing data directory that the caller deletes (to start the app twice on one database).</summary>
    public static TrackerFactory On(string dataDirectory) => new(dataDirectory, ownsDirectory: false);

    public static string SeedsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    public string DataDirectory { get; }

    public static string NewDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "att-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: the friendly error page, as in production.
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            // No pooling: once the factory is disposed nothing holds the database file open.
            ["ConnectionStrings:Tracker"] = "Data Source={DataDirectory}/tracker.db;Pooling=False",
            ["Database:Provider"] = "Sqlite",
            ["Seeds:Directory"] = SeedsDirectory,
        }));
    }

    /// <summary>Runs the importer's storing step inside the app, as the pages will read it.</summary>
    public async Task<ImportResult> StoreAsync(ExtractedArticle article, string fileName)
    {
        using var scope = Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        return await importer.StoreAsync(Samples.SourceOf(article, fileName), article);
    }

    public async Task<T> QueryAsync<T>(Func<TrackerDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
        {
            DeleteDirectory(DataDirectory);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDirectory)
        {
            DeleteDirectory(DataDirectory);
        }
        GC.SuppressFinalize(this);
    }

    public static void DeleteDirectory(string directory)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

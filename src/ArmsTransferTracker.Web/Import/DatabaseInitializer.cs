using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ArmsTransferTracker.Web.Import;

/// <summary>
/// Runs before the server accepts requests: applies the migrations (creating the database on first start) and imports every
/// file of the seeds directory. Seeds already imported are recognised by their content hash, so a restart adds nothing.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, StorageSettings storage, ILogger<DatabaseInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
        }
        await ImportSeedsAsync(cancellationToken);
    }

    /// <summary>
    /// Creates the data directory and database if need be and applies pending migrations; the command-line verbs call it too.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var storage = services.GetRequiredService<StorageSettings>();
        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(storage.DataDirectory);
        }
        var db = services.GetRequiredService<TrackerDbContext>();
        // Created up front: on PostgreSQL, EF otherwise logs a failed query against the missing history table on every first start.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            services.GetRequiredService<ILogger<DatabaseInitializer>>()
                .LogInformation("Applying migrations {Migrations} to {Provider} database", pending, storage.Provider);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportSeedsAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(storage.SeedsDirectory))
        {
            logger.LogWarning("Seeds directory {Directory} does not exist; nothing to import", storage.SeedsDirectory);
            return;
        }

        var files = Directory.EnumerateFiles(storage.SeedsDirectory)
            // Articles only: the folder may hold their answer key and its description too (the repository's seeds/ does).
            .Where(f => !Path.GetFileName(f).StartsWith('.') && ArticleDecoder.KindOf(f, null) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();
        int imported = 0, skipped = 0, failed = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            try
            {
                var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
                // A fresh context per file keeps one failure from leaving half-tracked entities behind for the next.
                await using var scope = scopes.CreateAsyncScope();
                var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
                var outcome = await importer.ImportAsync(
                    new ArticleSource(bytes, name, ContentTypes.FromFileName(name)), null, cancellationToken);
                switch (outcome.Status)
                {
                    case ImportStatus.Duplicate:
                        skipped++;
                        break;
                    case ImportStatus.Imported:
                        imported++;
                        break;
                    default:
                        failed++;
                        logger.LogError("Seed {File}: {Message}", name, outcome.Message);
                        break;
                }
            }
            catch (Exception e) when (e is IOException or DbUpdateException)
            {
                failed++;
                logger.LogError(e, "Could not import seed {File}", name);
            }
        }
        logger.LogInformation("Seeds in {Directory}: {Imported} imported, {Skipped} already there, {Failed} failed",
            storage.SeedsDirectory, imported, skipped, failed);
    }
}

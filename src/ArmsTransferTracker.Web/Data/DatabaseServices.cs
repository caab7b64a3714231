using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ArmsTransferTracker.Web.Data;

public static class DatabaseServices
{
    /// <summary>
    /// Registers <see cref="StorageSettings"/> and <see cref="TrackerDbContext"/> as the configured provider's context; both
    /// read configuration when first resolved, so tests can override it.
    /// </summary>
    public static IServiceCollection AddTrackerDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp => StorageSettings.From(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));

        // One query per load, EF's default, said outright: left unsaid, EF warns of it on every import (an actor with its
        // aliases and those of the actor it was merged into), in every new user's console.
        services.AddDbContext<SqliteTrackerDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<StorageSettings>().ConnectionString,
                sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            // SQLite changes a table's keys by rebuilding it between PRAGMA foreign_keys switches, which no transaction can
            // hold, and EF warns of it on every first start. Every SQLite rebuild runs so: it is logged as information.
            .ConfigureWarnings(warnings =>
                warnings.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information))));
        services.AddDbContext<PostgresTrackerDbContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<StorageSettings>().ConnectionString,
                postgres => postgres.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)));
        services.AddScoped<TrackerDbContext>(sp => sp.GetRequiredService<StorageSettings>().Provider switch
        {
            DatabaseProvider.Postgres => sp.GetRequiredService<PostgresTrackerDbContext>(),
            _ => sp.GetRequiredService<SqliteTrackerDbContext>(),
        });
        return services;
    }
}

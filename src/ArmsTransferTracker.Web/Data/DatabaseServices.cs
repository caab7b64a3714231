using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

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

        // Pooled: a request takes a context set up before, rather than set one up for its few queries. One query per load,
        // EF's default, said outright: left unsaid, EF warns of it on every import (an actor with its aliases and those of
        // the actor it was merged into), in every new user's console.
        services.AddDbContextPool<SqliteTrackerDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<StorageSettings>().ConnectionString,
                sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            // SQLite changes a table's keys by rebuilding it between PRAGMA foreign_keys switches, which no transaction can
            // hold, and EF warns of it on every first start. Every SQLite rebuild runs so: it is logged as information.
            .ConfigureWarnings(warnings =>
                warnings.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information))));
        services.AddDbContextPool<PostgresTrackerDbContext>((sp, options) =>
            options.UseNpgsql(Prepared(sp.GetRequiredService<StorageSettings>().ConnectionString),
                postgres => postgres.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)));
        services.AddScoped<TrackerDbContext>(sp => sp.GetRequiredService<StorageSettings>().Provider switch
        {
            DatabaseProvider.Postgres => sp.GetRequiredService<PostgresTrackerDbContext>(),
            _ => sp.GetRequiredService<SqliteTrackerDbContext>(),
        });
        services.AddScoped<RequestDataVersion>();
        return services;
    }

    /// <summary>
    /// The statements a connection sends again and again are prepared on it, unless the connection string says otherwise:
    /// PostgreSQL then plans a page's queries once per connection rather than on every request (twice the claim pages a
    /// second on 100,000 claims).
    /// </summary>
    private static string Prepared(string connectionString)
    {
        // Npgsql's own builder knows every keyword, set or not; the plain one knows only those given.
        if (new DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Max Auto Prepare"))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }
}

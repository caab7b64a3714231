using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ArmsTransferTracker.Web.Tests.Data;

/// <summary>PostgreSQL, the path for users who outgrow one machine: the same migrations, the same app.</summary>
public sealed class PostgresTests : IAsyncLifetime
{
    private readonly List<string> _databases = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    private async Task<string> NewDatabaseAsync()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        _databases.Add(database);
        return database;
    }

    private static TrackerDbContext Context(string connectionString) =>
        new PostgresTrackerDbContext(new DbContextOptionsBuilder<PostgresTrackerDbContext>().UseNpgsql(connectionString).Options);

    [PostgresFact]
    public async Task Migrations_build_the_same_schema_as_the_model_on_postgres()
    {
        var migrated = await NewDatabaseAsync();
        var created = await NewDatabaseAsync();
        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }
        await using (var db = Context(created))
        {
            (await db.Database.EnsureCreatedAsync()).Should().BeTrue();
        }

        var fromModel = await SchemaAsync(created);
        var fromMigrations = await SchemaAsync(migrated);

        fromModel.Should().HaveCountGreaterThan(50);
        fromMigrations.Except(fromModel).Should().BeEmpty("the migrations create nothing the model lacks");
        fromModel.Except(fromMigrations).Should().BeEmpty("the model has nothing the migrations do not create");
    }

    [PostgresFact]
    public async Task The_app_on_postgres_imports_the_seeds_once_and_serves_their_claims()
    {
        var database = await NewDatabaseAsync();

        await using (var first = new PostgresTrackerFactory(database))
        {
            var index = await Html.GetDocumentAsync(first.CreateClient(), "/");
            index.QuerySelectorAll("li.claim").Should().NotBeEmpty();
        }
        await using var second = new PostgresTrackerFactory(database);
        second.CreateClient();

        (await second.QueryAsync(db => db.Articles.Select(a => a.FileName).OrderBy(f => f).ToListAsync()))
            .Should().Equal(Directory.EnumerateFiles(TrackerFactory.SeedsDirectory).Select(Path.GetFileName).Order());
    }

    /// <summary>
    /// Columns with type, nullability and identity; indexes; constraints: the schema as PostgreSQL describes it. The
    /// full-text index (each searched table's SearchVector column and its GIN index) is left out: the migrations build it
    /// outside the model.
    /// </summary>
    private static async Task<List<string>> SchemaAsync(string connectionString)
    {
        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task ReadAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
                    .Select(i => reader.IsDBNull(i) ? "null" : reader.GetValue(i).ToString())));
            }
        }
        await ReadAsync("""
            SELECT 'column', table_name, column_name, udt_name, is_nullable, coalesce(column_default, ''),
                is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' AND column_name <> 'SearchVector'
            """);
        await ReadAsync("""
            SELECT 'index', tablename, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory' AND indexname NOT LIKE '%\_SearchVector'
            """);
        await ReadAsync("""
            SELECT 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
            """);
        return lines.Order(StringComparer.Ordinal).ToList();
    }
}

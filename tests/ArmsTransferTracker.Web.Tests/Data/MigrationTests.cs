using System.Text;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Finding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ArmsTransferTracker.Web.Tests.Data;

/// <summary>The migrations must build exactly the schema the model describes, and the tool's snapshots must match the model.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly SqliteConnection _migrated = Open();
    private readonly SqliteConnection _created = Open();

    public void Dispose()
    {
        _migrated.Dispose();
        _created.Dispose();
    }

    [Fact]
    public void Migrations_build_the_same_schema_as_the_model()
    {
        using (var db = Context(_migrated))
        {
            db.Database.Migrate();
        }
        using (var db = Context(_created))
        {
            db.Database.EnsureCreated().Should().BeTrue();
        }

        var fromModel = SqliteSchema.Read(_created);
        var fromMigrations = SqliteSchema.Read(_migrated);

        fromModel.Should().Contain(l => l.StartsWith("table ", StringComparison.Ordinal))
            .And.HaveCountGreaterThan(50, "the schema reader must see the model's tables, columns, indexes and keys");
        fromMigrations.Except(fromModel).Should().BeEmpty("the migrations create nothing the model lacks");
        fromModel.Except(fromMigrations).Should().BeEmpty("the model has nothing the migrations do not create; write a migration for it");
        fromMigrations.Should().Equal(fromModel);
    }

    [Fact]
    public void Each_providers_snapshot_is_the_model_so_no_migration_is_missing()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        sqlite.Database.HasPendingModelChanges().Should()
            .BeFalse("run: dotnet ef migrations add NAME --context SqliteTrackerDbContext --output-dir Data/Migrations/Sqlite");
        postgres.Database.HasPendingModelChanges().Should()
            .BeFalse("run: dotnet ef migrations add NAME --context PostgresTrackerDbContext --output-dir Data/Migrations/Postgres");
    }

    [Fact]
    public void The_schema_comparison_sees_a_change_to_a_column()
    {
        using (var db = Context(_created))
        {
            db.Database.EnsureCreated();
        }
        var before = SqliteSchema.Read(_created);
        using (var command = _created.CreateCommand())
        {
            command.CommandText = "ALTER TABLE Claims ADD COLUMN Note TEXT NULL; CREATE INDEX IX_Claims_Item ON Claims (Item);";
            command.ExecuteNonQuery();
        }

        SqliteSchema.Read(_created).Except(before).Should().BeEquivalentTo([
            "column Claims.Note TEXT NULL default=none pk=0",
            "index Claims.IX_Claims_Item (Item)",
        ]);
    }

    [Fact]
    public void Every_model_entity_has_a_table_after_migrating()
    {
        using var db = Context(_migrated);
        db.Database.Migrate();

        var tables = SqliteSchema.Read(_migrated).Where(l => l.StartsWith("table ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]);
        tables.Should().BeEquivalentTo(db.Model.GetEntityTypes().Select(e => e.GetTableName()));
        db.Database.GetAppliedMigrations().Should().Equal(db.Database.GetMigrations());
        db.Database.GetPendingMigrations().Should().BeEmpty();
    }

    [Fact]
    public void Migrating_down_to_nothing_drops_every_table()
    {
        using var db = Context(_migrated);
        db.Database.Migrate();

        db.GetService<IMigrator>().Migrate(Migration.InitialDatabase);

        SqliteSchema.Read(_migrated).Should().BeEmpty();
        SqliteSchema.FullTextIndex(_migrated).Should().BeEmpty();
    }

    [Fact]
    public void Reverting_the_claim_counts_leaves_the_full_text_index_and_its_triggers_as_they_were()
    {
        using var db = Context(_migrated);
        var migrations = db.Database.GetMigrations().ToList();
        var claimCounts = migrations.FindIndex(m => m.EndsWith("_ClaimCounts", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        migrator.Migrate(migrations[claimCounts - 1]);
        var before = SqliteSchema.Read(_migrated).Concat(SqliteSchema.FullTextIndex(_migrated)).ToList();

        migrator.Migrate();
        migrator.Migrate(migrations[claimCounts - 1]);

        SqliteSchema.Read(_migrated).Concat(SqliteSchema.FullTextIndex(_migrated)).Should().Equal(before);
        SqliteSchema.FullTextIndex(_migrated).Should().Contain(l => l.Contains("ClaimSearch_Update", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rows_stored_before_the_full_text_index_was_built_are_found_and_later_rows_too()
    {
        await using var db = Context(_migrated);
        var migrations = db.Database.GetMigrations().ToList();
        var textSearch = migrations.FindIndex(m => m.EndsWith("_TextSearch", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[textSearch - 1]);
        db.Add(Article("Osterlich supplied howitzers to Vulgaria."));
        // Uncounted: the schema of then has no data version to raise.
        await db.SaveUncountedChangesAsync(CancellationToken.None);

        await migrator.MigrateAsync();
        db.Add(Article("Vulgaria is supplying Osterlich with rifles."));
        await db.SaveChangesAsync();

        var found = await db.SearchArticlesAsync(SearchTerms.Parse("supplies Osterlich"), 0, 10, CancellationToken.None);
        found.Items.Select(a => a.Snippet.Text).Should().BeEquivalentTo(
            "Osterlich supplied howitzers to Vulgaria.", "Vulgaria is supplying Osterlich with rifles.");
        found.Total.Should().Be(2);
    }

    private static Article Article(string text) => new(text[..9], null, null, null, null, [], null, text,
        new ArticleSource(Encoding.UTF8.GetBytes(text), "a.txt", "text/plain"), DateTime.UtcNow);

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static TrackerDbContext Context(SqliteConnection connection) =>
        new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite(connection).Options);
}

using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>A private in-memory SQLite database, migrated, that lives as long as this object.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public TestDatabase()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
    }

    public FixedTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public TrackerDbContext NewContext() =>
        new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite(_connection).Options);

    public ImportSettings Settings { get; } = new();

    public ArticleImporter Importer(TrackerDbContext db) => Importer(db, new ArticleExtractor());

    public ArticleImporter Importer(TrackerDbContext db, ArticleExtractor extractor) =>
        new(db, new ArticleReader(), extractor, Writer(db), Options.Create(Settings), Time, NullLogger<ArticleImporter>.Instance);

    public ArticleReextractor Reextractor(TrackerDbContext db, ArticleExtractor extractor) =>
        new(db, new ArticleReader(), extractor, Writer(db), Time, NullLogger<ArticleReextractor>.Instance);

    public static ExtractionWriter Writer(TrackerDbContext db) => new(db, NullLogger<ExtractionWriter>.Instance);

    public async Task<ImportResult> StoreAsync(ExtractedArticle article, string fileName)
    {
        await using var db = NewContext();
        return await Importer(db).StoreAsync(Samples.SourceOf(article, fileName), article);
    }

    public void Dispose() => _connection.Dispose();
}

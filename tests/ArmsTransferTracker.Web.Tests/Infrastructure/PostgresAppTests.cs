namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>
/// The app on a PostgreSQL database of its own, holding what <paramref name="store"/> puts there (nothing when null), dropped
/// at the end. Without a server (<see cref="PostgresServer.SkipReason"/>) nothing is created and the tests, <see
/// cref="PostgresFactAttribute"/>s, skip. A class fixture derives from it; a test class holds one (<see cref="PostgresAppTests"/>).
/// </summary>
public class PostgresApp(Func<TrackerFactory, Task>? store = null) : IAsyncLifetime
{
    private string _database = "";

    public PostgresTrackerFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null)
        {
            return;
        }
        _database = await PostgresServer.CreateDatabaseAsync();
        Factory = new PostgresTrackerFactory(_database);
        if (store is not null) await store(Factory);
    }

    public async Task DisposeAsync()
    {
        if (_database.Length > 0)
        {
            await Factory.DisposeAsync();
            await PostgresServer.DropDatabaseAsync(_database);
        }
    }
}

/// <summary>Tests of the app on a PostgreSQL database of their own, made before and dropped after each test.</summary>
public abstract class PostgresAppTests(Func<TrackerFactory, Task> store) : IAsyncLifetime
{
    private readonly PostgresApp _app = new(store);

    protected PostgresTrackerFactory Factory => _app.Factory;

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();
}

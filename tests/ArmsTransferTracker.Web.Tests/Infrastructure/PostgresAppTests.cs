namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>
/// Tests of the app on a PostgreSQL database of their own, holding what <paramref name="store"/> puts there before they run;
/// the database is dropped after them. Without a server (<see cref="PostgresServer.SkipReason"/>) nothing is created and
/// the tests, <see cref="PostgresFactAttribute"/>s, skip.
/// </summary>
public abstract class PostgresAppTests(Func<TrackerFactory, Task> store) : IAsyncLifetime
{
    private string _database = "";

    protected PostgresTrackerFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null)
        {
            return;
        }
        _database = await PostgresServer.CreateDatabaseAsync();
        Factory = new PostgresTrackerFactory(_database);
        await store(Factory);
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

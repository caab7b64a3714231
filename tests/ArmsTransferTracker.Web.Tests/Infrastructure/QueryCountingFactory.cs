using System.Data.Common;
using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>The app, counting the queries a request sends: to show that a page costs none per row.</summary>
public sealed class QueryCountingFactory : TrackerFactory
{
    private readonly Counter _counter = new();

    /// <summary>Over a new data directory of its own.</summary>
    public QueryCountingFactory()
    {
    }

    /// <summary>Over an existing data directory (a generated database), which the caller deletes.</summary>
    public QueryCountingFactory(string dataDirectory)
        : base(dataDirectory, ownsDirectory: false)
    {
    }

    /// <summary>The queries sent while answering <paramref name="request"/>, which must succeed.</summary>
    public Task<int> CountAsync(Func<Task<HttpResponseMessage>> request) => CountAsync(async () =>
    {
        using var response = await request();
        response.EnsureSuccessStatusCode();
    });

    /// <summary>The queries sent while <paramref name="work"/> ran.</summary>
    public async Task<int> CountAsync(Func<Task> work)
    {
        Interlocked.Exchange(ref _counter.Commands, 0);
        await work();
        return Volatile.Read(ref _counter.Commands);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteTrackerDbContext>(options => options.AddInterceptors(_counter)));
    }

    /// <summary>Counts the commands EF creates: one for each query it sends.</summary>
    private sealed class Counter : DbCommandInterceptor
    {
        public int Commands;

        public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref Commands);
            return base.CommandCreated(eventData, result);
        }
    }
}

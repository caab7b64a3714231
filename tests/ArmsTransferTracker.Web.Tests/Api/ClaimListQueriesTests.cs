using System.Data.Common;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Tests.Finding;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTransferTracker.Web.Tests.Api;

/// <summary>A page of claims costs the same few queries however many claims it shows: none per row.</summary>
public sealed class ClaimListQueriesTests : IAsyncLifetime
{
    private readonly CountingFactory _factory = new();

    public async Task InitializeAsync() => await FindingWorld.StoreAsync(_factory);

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    [Theory]
    [InlineData("/api/claims?pageSize={0}")]
    [InlineData("/api/claims?pageSize={0}&sort=sources&status=asserted")]
    [InlineData("/?pageSize={0}&recipient=Latveria&from=2023-01-01")]
    public async Task A_page_takes_two_queries_whatever_its_size(string url)
    {
        var client = _factory.CreateClient();
        (await client.GetAsync(string.Format(null, url, 1))).EnsureSuccessStatusCode();

        var one = await _factory.CountAsync(() => client.GetAsync(string.Format(null, url, 1)));
        var hundred = await _factory.CountAsync(() => client.GetAsync(string.Format(null, url, 100)));

        one.Should().Be(2, "one query counts the claims the filters keep, one reads the page");
        hundred.Should().Be(one);
    }

    private sealed class CountingFactory : TrackerFactory
    {
        private readonly Counter _counter = new();

        public async Task<int> CountAsync(Func<Task<HttpResponseMessage>> request)
        {
            Interlocked.Exchange(ref _counter.Commands, 0);
            using var response = await request();
            response.EnsureSuccessStatusCode();
            return Volatile.Read(ref _counter.Commands);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<SqliteTrackerDbContext>(options => options.AddInterceptors(_counter)));
        }
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

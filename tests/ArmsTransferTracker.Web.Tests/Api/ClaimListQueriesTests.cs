using ArmsTransferTracker.Web.Tests.Finding;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Api;

/// <summary>
/// A page of claims costs the same few queries however many claims it shows: none per row. The total is counted once per
/// filter and data version, so a page reads the version and its rows, and first the actors each name filter names.
/// </summary>
public sealed class ClaimListQueriesTests : IAsyncLifetime
{
    private readonly QueryCountingFactory _factory = new();

    public async Task InitializeAsync() => await FindingWorld.StoreAsync(_factory);

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    [Theory]
    [InlineData("/api/claims?pageSize={0}", 0)]
    [InlineData("/api/claims?pageSize={0}&sort=sources&status=asserted", 0)]
    [InlineData("/?pageSize={0}&recipient=Latveria&from=2023-01-01", 1)]
    [InlineData("/?pageSize={0}&supplier=Ruritania&actor=Zenda", 2)]
    [InlineData("/api/claims?pageSize={0}&outlet=Genovia%20Post&sort=sources", 1)]
    public async Task A_page_takes_two_queries_and_one_a_name_whatever_its_size(string url, int names)
    {
        var client = _factory.CreateClient();
        // Each address once: a page of / asked for again is served as kept (Operations/PageCacheTests.cs).
        var first = await _factory.CountAsync(() => client.GetAsync(string.Format(null, url, 10)));

        var one = await _factory.CountAsync(() => client.GetAsync(string.Format(null, url, 1)));
        var hundred = await _factory.CountAsync(() => client.GetAsync(string.Format(null, url, 100)));

        first.Should().Be(3 + names, "the first page also counts the claims the filters keep");
        one.Should().Be(2 + names, "one query reads the data version, under which the total is known, one reads the page");
        hundred.Should().Be(one);
    }
}

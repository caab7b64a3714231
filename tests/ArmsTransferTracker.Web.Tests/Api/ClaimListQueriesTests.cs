using ArmsTransferTracker.Web.Tests.Finding;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Api;

/// <summary>A page of claims costs the same few queries however many claims it shows: none per row.</summary>
public sealed class ClaimListQueriesTests : IAsyncLifetime
{
    private readonly QueryCountingFactory _factory = new();

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
}

using System.Text.Json;
using AngleSharp.Html.Parser;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Tests.Finding;

/// <summary>
/// An editor's status stands over what the sources make it wherever a claim is listed or read: the air defence claim,
/// denied by its only source, is set to asserted.
/// </summary>
public sealed class StatusOverrideListTests(FindingFactory factory) : IClassFixture<FindingFactory>, IAsyncLifetime
{
    private int AirDefence => factory.Ids[FindingWorld.Claim.GenoviaAirDefence];

    public Task InitializeAsync() => factory.QueryAsync(async db =>
    {
        var claim = await db.Claims.FindAsync(AirDefence);
        claim!.OverrideStatus(ClaimStatus.Asserted, "Both governments confirmed the sale later.", "editor@example.org",
            new DateTime(2024, 1, 5, 9, 0, 0, DateTimeKind.Utc));
        return await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<int>> ListedAsync(string status)
    {
        var body = await factory.CreateClient().GetStringAsync($"/api/claims?status={status}");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
    }

    [Fact]
    public async Task The_status_filter_finds_the_claim_under_the_editors_status_only()
    {
        (await ListedAsync("asserted")).Should().Contain(AirDefence);
        (await ListedAsync("denied")).Should().NotContain(AirDefence);
    }

    [Fact]
    public async Task The_api_and_the_list_page_show_the_editors_status()
    {
        var client = factory.CreateClient();
        using var one = JsonDocument.Parse(await client.GetStringAsync($"/api/claims/{AirDefence}"));
        one.RootElement.GetProperty("status").GetString().Should().Be("asserted");

        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?supplier=Genovia&recipient=Ruritania"));
        var titles = page.QuerySelectorAll($"li.claim[data-claim-id='{AirDefence}'] h2").Select(h => h.TextContent).ToList();
        titles.Should().ContainSingle().Which.Should().Contain("asserted").And.NotContain("denied");
    }
}

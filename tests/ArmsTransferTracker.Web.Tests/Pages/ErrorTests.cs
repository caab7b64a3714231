using System.Net;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Pages;

public sealed class ErrorTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task A_failure_while_serving_a_page_gives_the_friendly_500_page()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        // Pull the database away from under the running app: the next query fails.
        TrackerFactory.DeleteDirectory(factory.DataDirectory);
        Directory.CreateDirectory(factory.DataDirectory);

        var document = await client.GetDocumentAsync("/", HttpStatusCode.InternalServerError);

        document.QuerySelector("h1")!.TextContent.Should().Be("Something went wrong");
        document.QuerySelector("main")!.TextContent.Should().NotContain("SqliteException", "no internals reach the reader");
    }
}

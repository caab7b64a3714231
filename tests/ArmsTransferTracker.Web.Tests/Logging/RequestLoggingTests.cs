using System.Net;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Logging;

public sealed class RequestLoggingTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task Each_request_is_one_line_in_the_daily_log_file_with_method_path_status_and_duration()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/articles")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/claims/424242")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var logs = Directory.GetFiles(Path.Combine(factory.DataDirectory, "logs"), "tracker-*.log");
        logs.Should().ContainSingle().Which.Should().MatchRegex(@"tracker-\d{8}\.log$");
        var lines = LogReading.ReadShared(logs[0]);
        lines.Should().ContainSingle(l => l.Contains("GET /articles responded 200 in"))
            .Which.Should().MatchRegex(@"HTTP GET /articles responded 200 in \d+(\.\d)? ms");
        lines.Should().ContainSingle(
            l => l.Contains("GET /claims/424242 responded 404 in"), "the status is the final one, after the 404 page was rendered");
    }
}

using System.Net;
using System.Net.Http.Json;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Logging;

public sealed class SharedLogTests : IAsyncLifetime
{
    private readonly TrackerFactory _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private string[] LogFiles() => Directory.GetFiles(Path.Combine(_server.DataDirectory, "logs"), "tracker-*.log");

    [Fact]
    public async Task A_verb_run_while_the_server_runs_logs_to_the_same_file()
    {
        // The server has its log file open once it has logged a request.
        (await _server.CreateClient().GetAsync("/articles")).StatusCode.Should().Be(HttpStatusCode.OK);
        var article = Path.Combine(_server.DataDirectory, "beside-the-server.txt");
        File.WriteAllText(article, "Freedonia has delivered six patrol boats to Sylvania, the navy said on Monday.\n");

        var exitCode = await ImportCommand.RunAsync([article], [$"--Storage:DataDirectory={_server.DataDirectory}"], new StringWriter());

        exitCode.Should().Be(0);
        var log = LogFiles().Should().ContainSingle("the verb writes to the server's file, not a file of its own").Which;
        var lines = LogReading.ReadShared(log);
        lines.Should().Contain(l => l.Contains("GET /articles responded 200"));
        lines.Should().ContainSingle(l => l.Contains("Imported beside-the-server.txt as article"));
    }

    [Fact]
    public async Task A_refused_url_import_logs_one_information_line_and_no_stack_trace()
    {
        const string Address = "http://127.0.0.1:9/refused-article";
        var client = await _server.TokenClientAsync(Roles.Contributor);

        var answer = await client.PostAsJsonAsync("/api/articles", new { url = Address });

        answer.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var lines = LogReading.ReadShared(LogFiles().Should().ContainSingle().Which);
        lines.Should().ContainSingle(l => l.Contains(Address)).Which.Should().Contain("[INF]").And.Contain("refused");
        lines.Should().NotContain(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal), "a refusal is no program error");
    }
}

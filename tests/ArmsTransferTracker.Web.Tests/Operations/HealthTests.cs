using System.Net;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace ArmsTransferTracker.Web.Tests.Operations;

public sealed class HealthTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task A_running_app_on_its_database_is_alive_and_ready(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task On_a_database_in_a_folder_that_does_not_exist_the_app_is_alive_but_not_ready()
    {
        await using var app = new UnreachableDatabaseFactory(_ => { }, "Data Source={DataDirectory}/missing/tracker.db;Pooling=False");
        var client = app.CreateClient();

        await ShouldBeAliveButNotReadyAsync(client);
        File.Exists(Path.Combine(app.DataDirectory, "missing", "tracker.db")).Should().BeFalse("the check creates no database");
    }

    [Fact]
    public async Task On_a_file_that_is_no_database_the_app_is_alive_but_not_ready()
    {
        await using var app = new UnreachableDatabaseFactory(
            directory => File.WriteAllText(Path.Combine(directory, "tracker.db"), "These are notes, not a database.\n"),
            "Data Source={DataDirectory}/tracker.db;Pooling=False");

        await ShouldBeAliveButNotReadyAsync(app.CreateClient());
    }

    private static async Task ShouldBeAliveButNotReadyAsync(HttpClient client)
    {
        using var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Unhealthy", "the reason is logged, not shown");

        using var live = await client.GetAsync("/health");
        live.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>
    /// The app on a database it cannot use. The start-up migration is left out, as it would stop the app from starting at
    /// all; what is checked is an app whose database goes away, or is replaced, while it runs.
    /// </summary>
    private sealed class UnreachableDatabaseFactory : TrackerFactory
    {
        private readonly string _connectionString;

        public UnreachableDatabaseFactory(Action<string> prepare, string connectionString)
        {
            prepare(DataDirectory);
            _connectionString = connectionString;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(
                new Dictionary<string, string?> { ["ConnectionStrings:Tracker"] = _connectionString }));
            builder.ConfigureTestServices(services =>
                services.Remove(services.Single(s => s.ImplementationType == typeof(DatabaseInitializer))));
        }
    }
}

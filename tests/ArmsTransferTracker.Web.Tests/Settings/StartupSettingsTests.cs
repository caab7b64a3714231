using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Settings;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using ArmsTransferTracker.Web.Tests.Pages.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Tests.Settings;

public sealed class StartupSettingsTests
{
    /// <summary>The app with one more setting on top of the import tests' own.</summary>
    private sealed class SettingFactory(string key, string value) : ImportFactory
    {
        protected override IDictionary<string, string?> ImportSettings =>
            new Dictionary<string, string?>(base.ImportSettings) { [key] = value };
    }

    [Fact]
    public async Task A_fetch_timeout_of_30_is_30_seconds()
    {
        await using var factory = new SettingFactory("Import:FetchTimeoutSeconds", "30");

        var settings = factory.Services.GetRequiredService<IOptions<ImportSettings>>().Value;

        settings.FetchTimeout.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("Import:FetchTimeoutSeconds", "30s", "a whole number of seconds from 1 to 600, e.g. Import__FetchTimeoutSeconds=15")]
    [InlineData("Import:FetchTimeoutSeconds", "0", "a whole number of seconds from 1 to 600")]
    [InlineData("Import:MaxBytes", "5MB", "a whole number of bytes from 1 to 104857600, e.g. Import__MaxBytes=5242880")]
    [InlineData("Import:MaxRedirects", "-1", "a whole number of redirects from 0 to 20, e.g. Import__MaxRedirects=5")]
    [InlineData("Import:AllowPrivateAddresses", "yes", "true or false")]
    [InlineData("Extraction:Engine", "fast", "one of: Words, Parse, e.g. Extraction__Engine=Parse")]
    [InlineData("Database:Provider", "Oracle", "one of: Sqlite, Postgres, e.g. Database__Provider=Sqlite")]
    public async Task A_bad_value_stops_the_start_with_a_message_naming_the_setting_and_an_example(string key, string value, string takes)
    {
        var failures = await StartFailuresAsync(key, value);

        failures.Should().ContainSingle().Which.Should().StartWith($"Setting {key} is \"{value}\"; it takes {takes}");
    }

    [Fact]
    public async Task The_old_fetch_timeout_key_stops_the_start_pointing_to_the_seconds_one()
    {
        var failures = await StartFailuresAsync("Import:FetchTimeout", "30");

        failures.Should().ContainSingle().Which.Should().Be(
            "Setting Import:FetchTimeout (\"30\") is no longer read: set Import:FetchTimeoutSeconds instead, in plain seconds, "
            + "e.g. Import__FetchTimeoutSeconds=30.");
    }

    /// <summary>
    /// The failures that stop the app's services from starting with one setting (the verbs' host, which checks settings as
    /// the server does; WebApplicationFactory hides a failed start behind its own error), and that nothing was created.
    /// </summary>
    private static async Task<IReadOnlyList<string>> StartFailuresAsync(string key, string value)
    {
        var dataDirectory = Path.Combine(TrackerFactory.NewDataDirectory(), "data");
        try
        {
            var start = await FluentActions
                .Awaiting(() => TrackerHost.StartAsync([$"--Storage:DataDirectory={dataDirectory}", $"--{key}={value}"]))
                .Should().ThrowAsync<Exception>();
            File.Exists(Path.Combine(dataDirectory, "tracker.db")).Should().BeFalse();
            return SettingsServices.FailuresIn(start.Which);
        }
        finally
        {
            TrackerFactory.DeleteDirectory(Path.GetDirectoryName(dataDirectory)!);
        }
    }

    [Fact]
    public async Task The_app_with_a_bad_value_exits_non_zero_at_start_up_with_the_message_alone_and_creates_no_database()
    {
        var dataDirectory = TrackerFactory.NewDataDirectory();
        try
        {
            var run = await AppProcess.RunAsync([], new Dictionary<string, string>
            {
                ["Storage__DataDirectory"] = dataDirectory,
                ["Import__FetchTimeoutSeconds"] = "30s",
            });

            run.ExitCode.Should().Be(1);
            run.Errors.Should().Contain("Setting Import:FetchTimeoutSeconds is \"30s\"; it takes a whole number of seconds");
            (run.Output + run.Errors).Should().NotContain("Hosting failed to start")
                .And.NotContain(nameof(OptionsValidationException), "the message says what to fix; a stack trace would bury it");
            File.Exists(Path.Combine(dataDirectory, "tracker.db")).Should().BeFalse();
        }
        finally
        {
            TrackerFactory.DeleteDirectory(dataDirectory);
        }
    }
}

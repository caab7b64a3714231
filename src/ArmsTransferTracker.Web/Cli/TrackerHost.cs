using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Logging;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>The app's services without its web server, for verbs that work on the database: same configuration, same store.</summary>
public static class TrackerHost
{
    public static async Task<IHost> StartAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Standard output belongs to the verb's progress and summary; logs go to the log file.
        builder.Services.AddTrackerSerilog(console: false);
        builder.Services.AddTrackerDatabase();
        builder.Services.AddArticleImport();
        builder.Services.AddTrackerAccounts();
        var host = builder.Build();
        // Settings are checked as the server checks them when it starts, before anything is read or written.
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        await using var scope = host.Services.CreateAsyncScope();
        await DatabaseInitializer.MigrateAsync(scope.ServiceProvider, CancellationToken.None);
        return host;
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>The app on a PostgreSQL database (see <see cref="PostgresServer"/>), its logs in its own data directory.</summary>
public sealed class PostgresTrackerFactory(string connectionString) : TrackerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Tracker"] = connectionString,
        }));
    }
}

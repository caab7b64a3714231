using ArmsTransferTracker.Web.Settings;

namespace ArmsTransferTracker.Web.Data;

/// <summary>
/// Where the tracker keeps its data, resolved once from configuration:
/// <c>Storage:DataDirectory</c> (empty: the user's local application data folder + ArmsTransferTracker),
/// <c>ConnectionStrings:Tracker</c> (may contain <c>{DataDirectory}</c>; default: a SQLite file in the data directory),
/// <c>Database:Provider</c> (Sqlite or Postgres) and <c>Seeds:Directory</c> (relative to the content root).
/// </summary>
public sealed record StorageSettings(string DataDirectory, string ConnectionString, DatabaseProvider Provider, string SeedsDirectory)
{
    public const string DataDirectoryPlaceholder = "{DataDirectory}";

    public string LogsDirectory => Path.Combine(DataDirectory, "logs");

    public static StorageSettings From(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Storage:DataDirectory"];
        var dataDirectory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
                "ArmsTransferTracker")
            : Path.GetFullPath(configured, contentRoot);

        var connectionString = configuration.GetConnectionString("Tracker");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = $"Data Source={DataDirectoryPlaceholder}/tracker.db";
        }
        connectionString = connectionString.Replace(DataDirectoryPlaceholder, dataDirectory, StringComparison.Ordinal);

        var database = new SettingsReader(configuration, "Database");
        var provider = database.OneOf("Provider", DatabaseProvider.Sqlite);
        database.ThrowIfInvalid<StorageSettings>();

        var seeds = configuration["Seeds:Directory"];
        var seedsDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(seeds) ? "seeds" : seeds, contentRoot);

        return new StorageSettings(dataDirectory, connectionString, provider, seedsDirectory);
    }
}

public enum DatabaseProvider { Sqlite, Postgres }

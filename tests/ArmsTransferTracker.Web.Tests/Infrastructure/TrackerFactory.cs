using System.Collections.Concurrent;
using System.Net.Http.Headers;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Extraction;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>
/// The app over an in-process server, with its own data directory (SQLite database and logs) that is deleted on dispose,
/// and the seeds directory pointed at the repository's seeds/ as copied to the test output.
/// </summary>
public class TrackerFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDirectory;

    public TrackerFactory()
        : this(NewDataDirectory(), ownsDirectory: true)
    {
    }

    /// <summary>A factory over <paramref name="dataDirectory"/>, which it deletes on dispose when it owns it.</summary>
    protected TrackerFactory(string dataDirectory, bool ownsDirectory)
    {
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
    }

    /// <summary>A factory over an existing data directory that the caller deletes (to start the app twice on one database).</summary>
    public static TrackerFactory On(string dataDirectory) => new(dataDirectory, ownsDirectory: false);

    public static string SeedsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    public string DataDirectory { get; }

    public static string NewDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "att-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: the friendly error page, as in production.
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            // No pooling: once the factory is disposed nothing holds the database file open.
            ["ConnectionStrings:Tracker"] = "Data Source={DataDirectory}/tracker.db;Pooling=False",
            ["Database:Provider"] = "Sqlite",
            ["Seeds:Directory"] = SeedsDirectory,
        }));
    }

    /// <summary>The password of every user the tests create.</summary>
    public const string Password = "a test passphrase, long enough";

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _users = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new();

    /// <summary>Creates a user with <paramref name="role"/> (none: no role) and <see cref="Password"/>.</summary>
    public async Task<TrackerUser> CreateUserAsync(string email, string? role)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = new TrackerUser(email);
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.Should().BeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        }
        return user;
    }

    /// <summary>The email of this factory's one user with <paramref name="role"/>, created when first asked for.</summary>
    public Task<string> UserAsync(string role) =>
        _users.GetOrAdd(role, r => new Lazy<Task<string>>(async () => (await CreateUserAsync($"{r}@example.org", r)).Email!)).Value;

    /// <summary>A new browser (cookies kept, redirects shown) signed in as this factory's user with <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string role)
    {
        var email = await UserAsync(role);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(email, Password);
        return client;
    }

    /// <summary>A browser signed in with <paramref name="role"/>, or an anonymous one (redirects shown) when it is null.</summary>
    public async Task<HttpClient> ClientAsAsync(string? role) =>
        role is null ? CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }) : await SignedInAsync(role);

    /// <summary>A client that sends a personal API token of this factory's user with <paramref name="role"/>, and no cookie.</summary>
    public async Task<HttpClient> TokenClientAsync(string role)
    {
        var secret = await _tokens.GetOrAdd(role, r => new Lazy<Task<string>>(() => IssueTokenAsync(r))).Value;
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private async Task<string> IssueTokenAsync(string role)
    {
        var email = await UserAsync(role);
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var user = db.Users.Single(u => u.Email == email);
        var (token, secret) = ApiToken.Issue(user, "tests", DateTime.UtcNow);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>Runs the importer's storing step inside the app, as the pages will read it.</summary>
    public async Task<ImportResult> StoreAsync(ExtractedArticle article, string fileName)
    {
        using var scope = Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        return await importer.StoreAsync(Samples.SourceOf(article, fileName), article);
    }

    public async Task<T> QueryAsync<T>(Func<TrackerDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
        {
            DeleteDirectory(DataDirectory);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDirectory)
        {
            DeleteDirectory(DataDirectory);
        }
        GC.SuppressFinalize(this);
    }

    public static void DeleteDirectory(string directory)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using ArmsTransferTracker.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>generate [--claims N] [--stances N] [--seed N] [--database PATH]</c>: fills an empty database with synthetic outlets,
/// articles, actors, claims and stances (<see cref="SyntheticClaims"/>) for load tests: into the SQLite file
/// <c>--database</c> names, else into the configured database. It says what it writes where, and refuses a database that
/// holds anything already, so it never mixes invented claims with real ones.
/// </summary>
public static class GenerateCommand
{
    public const int DefaultClaims = 100_000;
    public const int DefaultStances = 500_000;
    public const int DefaultSeed = 1;

    private const string Usage =
        "usage: generate [--claims N] [--stances N] [--seed N] [--database PATH]   (defaults: 100000 claims, 500000 stances, seed 1;"
        + " PATH: a new SQLite file, else the configured database, which must be empty)";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, [], Console.Out, Console.Error);

    /// <param name="hostArgs">Configuration overrides for the store (tests point it at a temporary database).</param>
    internal static async Task<int> RunAsync(string[] args, string[] hostArgs, TextWriter output, TextWriter errors)
    {
        const string Positive = "a whole number from 1";
        static int? Count(string text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null;
        static int? Seed(string text) => int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (!CommandOption.TryTake(args, "--claims", Positive, Count, DefaultClaims, out var rest, out var claims, out var error)
            || !CommandOption.TryTake(rest, "--stances", Positive, Count, DefaultStances, out rest, out var stances, out error)
            || !CommandOption.TryTake(rest, "--seed", "a whole number", Seed, DefaultSeed, out rest, out var seed, out error))
        {
            await errors.WriteLineAsync(error);
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        if (rest is ["--database", var path])
        {
            hostArgs = [.. hostArgs, $"--ConnectionStrings:Tracker=Data Source={Path.GetFullPath(path)}", "--Database:Provider=Sqlite"];
        }
        else if (rest.Length > 0)
        {
            await errors.WriteLineAsync($"generate does not take \"{string.Join(' ', rest)}\".");
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        if (stances < claims || claims > SyntheticClaims.MaxClaims)
        {
            await errors.WriteLineAsync(
                $"Give at least as many stances as claims (each claim has one), and at most {SyntheticClaims.MaxClaims:N0} claims.");
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        using var host = await TrackerHost.StartAsync(hostArgs);
        var target = Describe(host.Services.GetRequiredService<StorageSettings>());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var articles = await db.Articles.IgnoreQueryFilters().CountAsync();
            if (articles > 0 || await db.Actors.AnyAsync())
            {
                await errors.WriteLineAsync($"Refused: {target} already holds {articles:N0} articles and their actors. generate writes "
                    + "only into an empty database: name a new SQLite file with --database PATH, or point ConnectionStrings__Tracker "
                    + "at an empty database.");
                return 1;
            }
        }

        await output.WriteLineAsync($"Writing {claims:N0} synthetic claims and {stances:N0} stances (seed {seed}) into {target}.");
        var clock = Stopwatch.StartNew();
        var plan = SyntheticClaims.Plan(claims, stances, seed);
        var steps = new SyntheticWriter(host.Services, plan).Steps();
        await ProgressReport.RunAsync("Generating", steps, (step, cancellationToken) => step(cancellationToken), line => line, line => line,
            output);
        await output.WriteLineAsync($"Wrote {claims:N0} claims ({plan.Merges.Count:N0} merged, {plan.Statuses.Count:N0} with an "
            + $"editor's status), {stances:N0} stances, {plan.Articles.Count + plan.Reprints.Count:N0} articles "
            + $"({plan.Reprints.Count:N0} reprints), {plan.Speakers.Count:N0} actors and {plan.Outlets.Count:N0} outlets in "
            + $"{clock.Elapsed.TotalSeconds:N0} s.");
        return 0;
    }

    /// <summary>Where the data goes, without a password.</summary>
    private static string Describe(StorageSettings storage)
    {
        if (storage.Provider == DatabaseProvider.Postgres)
        {
            var postgres = new NpgsqlConnectionStringBuilder(storage.ConnectionString);
            return $"the PostgreSQL database {postgres.Database} on {postgres.Host}:{postgres.Port}";
        }
        return $"the SQLite database {Path.GetFullPath(new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource)}";
    }
}

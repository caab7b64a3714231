using Npgsql;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server tests may use, named by <c>TRACKER_TEST_POSTGRES</c> (a connection string to a database the
/// tests may create databases from; .ci/run starts one on 127.0.0.1). Without it the tests skip, saying why, unless
/// <c>CI</c> is set: there a missing server is a failure, not a skip.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "TRACKER_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string? SkipReason =>
        ConnectionString is null && Environment.GetEnvironmentVariable("CI") is null
            ? $"PostgreSQL is not available: set {Variable} to a connection string (as .ci/run does) to run this test."
            : null;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString
            ?? throw new InvalidOperationException($"CI is set but {Variable} is not: .ci/run must start PostgreSQL and set it.");
        var name = "att_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A fact that needs PostgreSQL: skipped with the reason when no server is configured outside CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

using ArmsTransferTracker.Web.Accounts;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>users add|list|role|remove|token</c>: the tracker's accounts from the command line. There is no default account:
/// <c>users add EMAIL --role admin</c> makes the first. Exit code 0 on success, 1 when the store refused (an unknown user,
/// a password too short, the last admin), 2 on bad usage or when <c>users add</c> gets no password.
/// </summary>
public static class UsersCommand
{
    private const string DefaultTokenName = "command line";

    private static readonly string Usage = $"""
        usage: users add EMAIL --role ROLE         (password asked on a terminal, else read from {PasswordSource.Variable})
               users list
               users role EMAIL ROLE
               users remove EMAIL
               users token EMAIL [--name NAME]    (prints a new API token on standard output, and nothing else there)
        ROLE: {string.Join(", ", Roles.All)}
        """;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, [], Console.Out, Console.Error);

    /// <param name="hostArgs">Configuration overrides for the store (tests point it at a temporary database).</param>
    /// <param name="passwords">Where <c>users add</c> takes the password: by default the terminal or TRACKER_PASSWORD.</param>
    internal static async Task<int> RunAsync(
        string[] args, string[] hostArgs, TextWriter output, TextWriter errors, PasswordSource? passwords = null)
    {
        if (Parse(args, passwords ?? PasswordSource.FromConsole()) is not { } request)
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        if (request.Role is { } role && !Roles.IsKnown(role))
        {
            await errors.WriteLineAsync($"users: there is no role \"{role}\"; the roles are {string.Join(", ", Roles.All)}.");
            return 2;
        }

        using var host = await TrackerHost.StartAsync(hostArgs);
        await using var scope = host.Services.CreateAsyncScope();
        return await request.RunAsync(new UserAccounts(scope.ServiceProvider, output, errors));
    }

    /// <summary>A sub-verb to run, and the role it names, checked before the store is opened.</summary>
    private sealed record Request(string? Role, Func<UserAccounts, Task<int>> RunAsync);

    private static Request? Parse(string[] args, PasswordSource passwords) => args switch
    {
        ["add", var email, "--role", var role] => new(role, accounts => accounts.AddAsync(email, role, passwords)),
        ["add", "--role", var role, var email] => new(role, accounts => accounts.AddAsync(email, role, passwords)),
        ["list"] => new(null, accounts => accounts.ListAsync()),
        ["role", var email, var role] => new(role, accounts => accounts.SetRoleAsync(email, role)),
        ["remove", var email] => new(null, accounts => accounts.RemoveAsync(email)),
        ["token", var email] => new(null, accounts => accounts.IssueTokenAsync(email, DefaultTokenName)),
        ["token", var email, "--name", var name] when !string.IsNullOrWhiteSpace(name) =>
            new(null, accounts => accounts.IssueTokenAsync(email, name)),
        _ => null,
    };
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class UsersCommandTests : IDisposable
{
    private const string Password = TrackerFactory.Password;

    private readonly string _dataDirectory = TrackerFactory.NewDataDirectory();

    public void Dispose() => TrackerFactory.DeleteDirectory(_dataDirectory);

    private sealed record Run(int ExitCode, string Output, string Errors);

    /// <summary>A script's environment, with TRACKER_PASSWORD set to <paramref name="password"/> (null: unset), and no terminal.</summary>
    private static PasswordSource Script(string? password) =>
        new(name => name == PasswordSource.Variable ? password : null, askSecret: null);

    /// <summary>A terminal on which the user types <paramref name="typed"/>, one answer per prompt.</summary>
    private static PasswordSource Terminal(params string[] typed)
    {
        var answers = new Queue<string>(typed);
        return new(_ => null, _ => answers.Dequeue());
    }

    private async Task<Run> UsersAsync(PasswordSource passwords, params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exitCode = await UsersCommand.RunAsync(args, [$"--Storage:DataDirectory={_dataDirectory}"], output, errors, passwords);
        return new Run(exitCode, output.ToString(), errors.ToString());
    }

    private Task<Run> UsersAsync(params string[] args) => UsersAsync(Script(Password), args);

    private async Task<T> QueryAsync<T>(Func<TrackerDbContext, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<SqliteTrackerDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_dataDirectory, "tracker.db")};Pooling=False").Options;
        await using var db = new SqliteTrackerDbContext(options);
        return await query(db);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task Users_added_with_the_password_of_TRACKER_PASSWORD_are_listed_by_email_with_their_roles()
    {
        await UsersAsync("add", "cy@example.org", "--role", Roles.Editor);
        await UsersAsync("add", "--role", Roles.Contributor, "bob@example.org");
        var added = await UsersAsync("add", "ada@example.org", "--role", Roles.Admin);

        added.Should().Be(new Run(0, $"Added ada@example.org as admin.{Environment.NewLine}", ""));
        var listed = await UsersAsync("list");
        listed.ExitCode.Should().Be(0);
        Lines(listed.Output).Should().Equal(
            "ada@example.org  admin        0 active tokens",
            "bob@example.org  contributor  0 active tokens",
            "cy@example.org   editor       0 active tokens");
    }

    [Fact]
    public async Task Without_a_terminal_or_TRACKER_PASSWORD_nothing_is_added_and_the_message_says_how_to_give_a_password()
    {
        var added = await UsersAsync(Script(null), "add", "ada@example.org", "--role", Roles.Admin);

        added.ExitCode.Should().Be(2);
        added.Output.Should().BeEmpty();
        added.Errors.Should().Contain("TRACKER_PASSWORD").And.Contain("terminal");
        (await QueryAsync(db => db.Users.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task On_a_terminal_the_password_is_asked_twice_and_two_different_answers_add_nobody()
    {
        var differing = await UsersAsync(Terminal(Password, Password + "!"), "add", "ada@example.org", "--role", Roles.Admin);
        var same = await UsersAsync(Terminal(Password, Password), "add", "bob@example.org", "--role", Roles.Admin);

        differing.ExitCode.Should().Be(2);
        differing.Errors.Should().Contain("differ");
        same.ExitCode.Should().Be(0);
        (await QueryAsync(db => db.Users.Select(u => u.Email).ToListAsync())).Should().Equal("bob@example.org");
    }

    [Fact]
    public async Task A_too_short_password_is_refused_in_Identitys_words_and_adds_nobody()
    {
        var added = await UsersAsync(Script("short"), "add", "ada@example.org", "--role", Roles.Admin);

        added.ExitCode.Should().Be(1);
        added.Output.Should().BeEmpty();
        added.Errors.Should().Contain("Passwords must be at least 12 characters.");
        (await QueryAsync(db => db.Users.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task An_email_already_taken_is_refused_in_Identitys_words_and_the_first_user_keeps_their_role()
    {
        await UsersAsync("add", "ada@example.org", "--role", Roles.Admin);

        var again = await UsersAsync("add", "ADA@example.org", "--role", Roles.Contributor);

        again.ExitCode.Should().Be(1);
        again.Errors.Should().Contain("is already taken");
        Lines((await UsersAsync("list")).Output).Should().Equal("ada@example.org  admin  0 active tokens");
    }

    [Fact]
    public async Task An_unknown_role_or_a_missing_one_is_refused_with_the_roles_and_adds_nobody()
    {
        var unknown = await UsersAsync("add", "ada@example.org", "--role", "owner");
        var missing = await UsersAsync("add", "ada@example.org");

        unknown.ExitCode.Should().Be(2);
        unknown.Errors.Should().Contain("\"owner\"").And.Contain("contributor, editor, admin");
        missing.ExitCode.Should().Be(2);
        missing.Errors.Should().Contain("usage: users add EMAIL --role ROLE");
        var listed = await UsersAsync("list");
        listed.Output.Should().BeEmpty();
        listed.Errors.Should().Contain("no users yet").And.Contain("users add EMAIL --role admin");
    }

    [Fact]
    public async Task A_new_role_replaces_the_old_one_and_shows_in_the_list()
    {
        await UsersAsync("add", "ada@example.org", "--role", Roles.Admin);
        await UsersAsync("add", "bob@example.org", "--role", Roles.Contributor);

        var changed = await UsersAsync("role", "bob@example.org", Roles.Editor);

        changed.Should().Be(new Run(0, $"bob@example.org is now editor.{Environment.NewLine}", ""));
        Lines((await UsersAsync("list")).Output).Should().Equal(
            "ada@example.org  admin   0 active tokens",
            "bob@example.org  editor  0 active tokens");
        (await UsersAsync("role", "bob@example.org", "owner")).ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task The_list_shows_active_tokens_and_until_when_a_user_is_locked_out()
    {
        await UsersAsync("add", "ada@example.org", "--role", Roles.Admin);
        await UsersAsync("token", "ada@example.org");
        await UsersAsync("token", "ada@example.org", "--name", "to revoke");
        await QueryAsync(async db =>
        {
            (await db.ApiTokens.SingleAsync(t => t.Name == "to revoke")).Revoke(DateTime.UtcNow);
            (await db.Users.SingleAsync()).LockoutEnd = new DateTimeOffset(2999, 1, 2, 3, 4, 0, TimeSpan.Zero);
            return await db.SaveChangesAsync();
        });

        Lines((await UsersAsync("list")).Output).Should()
            .Equal("ada@example.org  admin  1 active token  locked out until 2999-01-02 03:04 UTC");
    }

    [Fact]
    public async Task Removing_a_user_deletes_them_and_their_tokens()
    {
        await UsersAsync("add", "ada@example.org", "--role", Roles.Admin);
        await UsersAsync("add", "bob@example.org", "--role", Roles.Editor);
        await UsersAsync("token", "bob@example.org");
        await UsersAsync("token", "bob@example.org", "--name", "scraper");
        (await QueryAsync(db => db.ApiTokens.CountAsync())).Should().Be(2);

        var removed = await UsersAsync("remove", "bob@example.org");

        removed.ExitCode.Should().Be(0);
        Lines((await UsersAsync("list")).Output).Should().Equal("ada@example.org  admin  0 active tokens");
        (await QueryAsync(db => db.ApiTokens.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_removed_nor_demoted_until_there_is_another()
    {
        await UsersAsync("add", "ada@example.org", "--role", Roles.Admin);

        var removed = await UsersAsync("remove", "ada@example.org");
        var demoted = await UsersAsync("role", "ada@example.org", Roles.Editor);

        removed.ExitCode.Should().Be(1);
        removed.Errors.Should().Contain("last admin");
        demoted.ExitCode.Should().Be(1);
        demoted.Errors.Should().Contain("last admin");
        Lines((await UsersAsync("list")).Output).Should().Equal("ada@example.org  admin  0 active tokens");

        await UsersAsync("add", "bob@example.org", "--role", Roles.Admin);
        (await UsersAsync("remove", "ada@example.org")).ExitCode.Should().Be(0);
        Lines((await UsersAsync("list")).Output).Should().Equal("bob@example.org  admin  0 active tokens");
    }

    [Fact]
    public async Task An_unknown_user_is_refused_with_exit_code_1_and_bad_usage_with_2()
    {
        const string Nobody = "nobody@example.org";
        string[][] unknownUser = [["role", Nobody, Roles.Editor], ["remove", Nobody], ["token", Nobody]];
        foreach (var args in unknownUser)
        {
            var refused = await UsersAsync(args);
            refused.ExitCode.Should().Be(1, string.Join(' ', args));
            refused.Output.Should().BeEmpty();
            refused.Errors.Should().Contain($"there is no user {Nobody}");
        }
        string[][] badUsage = [[], ["list", "all"], ["delete", "ada@example.org"], ["token", "ada@example.org", "--name"]];
        foreach (var args in badUsage)
        {
            var refused = await UsersAsync(args);
            refused.ExitCode.Should().Be(2, string.Join(' ', args));
            refused.Output.Should().BeEmpty();
            refused.Errors.Should().Contain("usage: users");
        }
    }

    [Fact]
    public async Task A_token_is_all_that_users_token_prints_on_standard_output_and_it_imports_through_the_API()
    {
        await UsersAsync("add", "ada@example.org", "--role", Roles.Contributor);

        var issued = await UsersAsync("token", "ada@example.org");

        issued.ExitCode.Should().Be(0);
        issued.Output.Should().MatchRegex($"^{ApiToken.SecretPrefix}[A-Za-z0-9_-]{{43}}{Environment.NewLine}$");
        issued.Errors.Should().Contain("command line");
        await using var app = TrackerFactory.On(_dataDirectory);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Output.TrimEnd());
        var body = new { text = "Freedonia sends gunboats\n\nFreedonia has delivered four gunboats to Sylvania, its navy said.\n" };
        using var response = await client.PostAsJsonAsync("/api/articles", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_user_added_on_the_command_line_signs_in_through_the_login_form()
    {
        await UsersAsync("add", "ada@example.org", "--role", Roles.Editor);

        await using var app = TrackerFactory.On(_dataDirectory);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signedIn = await client.PostSignInAsync("ada@example.org", Password);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}

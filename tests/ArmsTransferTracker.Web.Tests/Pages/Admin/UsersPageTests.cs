using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTransferTracker.Web.Tests.Pages.Admin;

/// <summary>What admins do on the users page, and that nobody else can. This class never makes a second admin.</summary>
public sealed class UsersPageTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private const string Url = "/admin/users";
    private const string NewPassword = "a first passphrase for the new user";

    public static TheoryData<string, string?> RefusedCallers()
    {
        var cases = new TheoryData<string, string?>();
        foreach (var handler in new[] { "Add", "Role", "Unlock", "Remove" })
        {
            foreach (var role in new[] { null, Roles.Contributor, Roles.Editor })
            {
                cases.Add(handler, role);
            }
        }
        return cases;
    }

    [Fact]
    public async Task Only_admins_open_the_page_and_only_they_see_its_link()
    {
        using var anonymous = await factory.Anonymous().GetAsync(Url);
        using var contributor = await (await factory.SignedInAsync(Roles.Contributor)).GetAsync(Url);
        var editor = await factory.SignedInAsync(Roles.Editor);
        using var asEditor = await editor.GetAsync(Url);
        var admin = await factory.SignedInAsync(Roles.Admin);

        var page = await admin.GetDocumentAsync(Url);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.PathAndQuery.Should().Be("/account/login?ReturnUrl=%2Fadmin%2Fusers");
        foreach (var refused in new[] { contributor, asEditor })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
            refused.Headers.Location!.AbsolutePath.Should().Be("/account/denied");
        }
        page.QuerySelector("nav a[href='/admin/users']")!.GetAttribute("aria-current").Should().Be("page");
        (await editor.GetDocumentAsync("/")).QuerySelector("nav a[href='/admin/users']").Should().BeNull();
        RowOf(page, await factory.UserAsync(Roles.Admin)).QuerySelector<IHtmlSelectElement>("select")!.Value.Should().Be(Roles.Admin);
    }

    [Fact]
    public async Task The_table_shows_each_users_role_lockout_and_active_tokens()
    {
        var user = await factory.CreateUserAsync("listed@example.org", Roles.Editor);
        await factory.AddTokenAsync(user.Id, "active one");
        var revoked = await factory.AddTokenAsync(user.Id, "revoked one");
        await factory.QueryAsync(async db =>
        {
            (await db.ApiTokens.SingleAsync(t => t.Id == revoked)).Revoke(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var lockedUntil = await LockOutAsync(user.Id);
        var roleless = await factory.CreateUserAsync("listed-without-role@example.org", role: null);

        var page = await (await factory.SignedInAsync(Roles.Admin)).GetDocumentAsync(Url);

        var row = RowOf(page, "listed@example.org");
        row.QuerySelector<IHtmlSelectElement>("select")!.Value.Should().Be(Roles.Editor);
        row.QuerySelector(".lockout time")!.GetAttribute("datetime").Should()
            .Be(lockedUntil.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        var unlock = row.QuerySelector<IHtmlFormElement>("form.unlock")!;
        unlock.QuerySelector<IHtmlInputElement>("input[name='Input.UserId']")!.Value.Should().Be(
            await factory.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "listed@example.org").Id)));
        unlock.QuerySelector("button")!.Squish().Should().Be("Unlock listed@example.org");
        row.QuerySelector(".tokens")!.TextContent.Should().Be("1");
        var other = RowOf(page, roleless.Email!);
        other.QuerySelector<IHtmlSelectElement>("select")!.SelectedOptions.Single().TextContent.Should().Be("none");
        other.QuerySelector(".lockout")!.Squish().Should().Be("not locked out");
        other.QuerySelector(".tokens")!.TextContent.Should().Be("0");
    }

    [Fact]
    public async Task An_admin_adds_a_user_with_a_role_who_can_then_sign_in()
    {
        var admin = await factory.SignedInAsync(Roles.Admin);
        var form = (await admin.GetDocumentAsync(Url)).QuerySelector<IHtmlFormElement>("form#add-user")!;

        using var response = await admin.SubmitAsync(form, Url, NewUser("added@example.org", Roles.Editor, NewPassword));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await admin.GetDocumentAsync(response.Headers.Location!.OriginalString);
        after.GetElementById("users-status")!.Squish().Should().StartWith("added@example.org was added as editor.");
        RowOf(after, "added@example.org").QuerySelector<IHtmlSelectElement>("select")!.Value.Should().Be(Roles.Editor);
        (await RolesOfAsync("added@example.org")).Should().Equal(Roles.Editor);
        await factory.Anonymous().SignInAsync("added@example.org", NewPassword);
    }

    [Fact]
    public async Task Identitys_errors_show_on_the_add_form_and_nothing_is_created()
    {
        var admin = await factory.SignedInAsync(Roles.Admin);
        var adminEmail = await factory.UserAsync(Roles.Admin);
        var form = (await admin.GetDocumentAsync(Url)).QuerySelector<IHtmlFormElement>("form#add-user")!;
        var before = await SnapshotAsync();

        using var shortPassword = await admin.SubmitAsync(form, Url, NewUser("too-short@example.org", Roles.Contributor, "short"));
        using var taken = await admin.SubmitAsync(form, Url, NewUser(adminEmail, Roles.Contributor, NewPassword));

        shortPassword.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var shortPage = await shortPassword.ParseAsync();
        shortPage.GetElementById("new-password-error")!.TextContent.Should().Contain("at least 12 characters");
        shortPage.QuerySelector<IHtmlInputElement>("#new-email")!.Value.Should().Be("too-short@example.org");
        shortPage.QuerySelector<IHtmlInputElement>("#new-password")!.Value.Should().BeEmpty("a password is never sent back");
        taken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await taken.ParseAsync()).GetElementById("new-email-error")!.TextContent.Should().Be($"Email '{adminEmail}' is already taken.");
        (await SnapshotAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task An_admin_changes_a_users_role_and_they_keep_exactly_one()
    {
        await factory.CreateUserAsync("promoted@example.org", Roles.Contributor);
        var admin = await factory.SignedInAsync(Roles.Admin);
        var form = RowOf(await admin.GetDocumentAsync(Url), "promoted@example.org").QuerySelector<IHtmlFormElement>("form.change-role")!;

        using var response = await admin.SubmitAsync(form, Url, Role(Roles.Editor));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StatusAsync(admin)).Should().Be("promoted@example.org is now editor.");
        (await RolesOfAsync("promoted@example.org")).Should().Equal(Roles.Editor);
    }

    [Fact]
    public async Task An_admin_unlocks_a_locked_out_user_who_can_then_sign_in()
    {
        var user = await factory.CreateUserAsync("unlocked@example.org", Roles.Contributor);
        await LockOutAsync(user.Id);
        var admin = await factory.SignedInAsync(Roles.Admin);
        var form = RowOf(await admin.GetDocumentAsync(Url), "unlocked@example.org").QuerySelector<IHtmlFormElement>("form.unlock")!;

        using var response = await admin.SubmitAsync(form, Url);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StatusAsync(admin)).Should().Be("unlocked@example.org is unlocked and may sign in again.");
        (await factory.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync())).Should().BeNull();
        await factory.Anonymous().SignInAsync("unlocked@example.org", TrackerFactory.Password);
    }

    [Fact]
    public async Task An_admin_removes_a_user_and_their_tokens_go_too()
    {
        var user = await factory.CreateUserAsync("removed@example.org", Roles.Contributor);
        await factory.AddTokenAsync(user.Id, "removed's script");
        var admin = await factory.SignedInAsync(Roles.Admin);
        var form = RowOf(await admin.GetDocumentAsync(Url), "removed@example.org").QuerySelector<IHtmlFormElement>("details form.remove")!;

        using var response = await admin.SubmitAsync(form, Url);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StatusAsync(admin)).Should().Be("removed@example.org was removed, with 1 API token.");
        (await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Id == user.Id))).Should().BeFalse();
        (await factory.QueryAsync(db => db.ApiTokens.AnyAsync(t => t.UserId == user.Id))).Should().BeFalse();
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_demoted_nor_removed()
    {
        var admin = await factory.SignedInAsync(Roles.Admin);
        var email = await factory.UserAsync(Roles.Admin);
        (await factory.QueryAsync(db => db.UserRoles.CountAsync(r => r.RoleId == Roles.Admin))).Should()
            .Be(1, "this class makes no other admin");
        var before = await SnapshotAsync();
        var row = RowOf(await admin.GetDocumentAsync(Url), email);

        using var demote = await admin.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form.change-role")!, Url, Role(Roles.Editor));
        var afterDemote = await admin.GetDocumentAsync(Url);
        using var remove = await admin.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form.remove")!, Url);
        var afterRemove = await admin.GetDocumentAsync(Url);

        demote.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterDemote.GetElementById("users-status")!.Squish().Should().StartWith($"{email} is the last admin, so stays admin");
        afterDemote.GetElementById("users-status")!.GetAttribute("role").Should().Be("alert");
        remove.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterRemove.GetElementById("users-status")!.Squish().Should().StartWith($"{email} is the last admin and was not removed");
        (await SnapshotAsync()).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task Anonymous_contributors_and_editors_are_refused_and_change_no_row(string handler, string? role)
    {
        var victim = await factory.CreateUserAsync($"target-{handler}-{role ?? "anonymous"}@example.org", Roles.Contributor);
        await factory.AddTokenAsync(victim.Id, "target's script");
        await LockOutAsync(victim.Id);
        var client = role is null ? factory.Anonymous() : await factory.SignedInAsync(role);
        var antiforgery = await client.AntiforgeryTokenAsync();
        var before = await SnapshotAsync();
        var fields = handler == "Add"
            ? NewUser($"intruder-{role ?? "anonymous"}@example.org", Roles.Admin, NewPassword)
            : new Dictionary<string, string> { ["Input.UserId"] = victim.Id, ["Input.Role"] = Roles.Admin };

        using var response = await client.PostFormAsync($"{Url}?handler={handler}", antiforgery, fields);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be(role is null ? "/account/login" : "/account/denied");
        (await SnapshotAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task An_admins_post_without_the_antiforgery_token_is_refused_and_changes_no_row()
    {
        var victim = await factory.CreateUserAsync("unforged@example.org", Roles.Contributor);
        var admin = await factory.SignedInAsync(Roles.Admin);
        var before = await SnapshotAsync();

        var fields = new Dictionary<string, string> { ["Input.UserId"] = victim.Id, ["Input.Role"] = Roles.Admin };

        using var remove = await admin.PostFormAsync($"{Url}?handler=Remove", null, fields);
        using var role = await admin.PostFormAsync($"{Url}?handler=Role", null, fields);

        remove.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        role.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await SnapshotAsync()).Should().Equal(before);
    }

    internal static Dictionary<string, string> Role(string role) => new() { ["Input.Role"] = role };

    internal static Dictionary<string, string> NewUser(string email, string role, string password) =>
        new() { ["Input.Email"] = email, ["Input.Role"] = role, ["Input.Password"] = password };

    /// <summary>The status message the users page shows after an action.</summary>
    internal static async Task<string> StatusAsync(HttpClient admin) =>
        (await admin.GetDocumentAsync(Url)).GetElementById("users-status")!.Squish();

    internal static IElement RowOf(IDocument page, string email) =>
        page.QuerySelectorAll("table.users tbody tr").Single(r => r.QuerySelector("th.email")!.TextContent == email);

    private Task<List<string>> RolesOfAsync(string email) => factory.QueryAsync(db => db.UserRoles
        .Where(r => db.Users.Any(u => u.Id == r.UserId && u.Email == email))
        .Select(r => r.RoleId)
        .ToListAsync());

    /// <summary>Locks the user out for a day, as five wrong passwords would for a quarter of an hour; when it ends.</summary>
    private async Task<DateTimeOffset> LockOutAsync(string userId)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var until = new DateTimeOffset(DateTime.UtcNow.AddDays(1).Date, TimeSpan.Zero);
        (await users.SetLockoutEndDateAsync((await users.FindByIdAsync(userId))!, until)).Succeeded.Should().BeTrue();
        return until;
    }

    /// <summary>Every row a user action could change: users (their stamp changes with any update), roles and tokens.</summary>
    private Task<List<string>> SnapshotAsync() => factory.QueryAsync(async db =>
    {
        var users = await db.Users
            .OrderBy(u => u.Id)
            .Select(u => $"user {u.Id} {u.Email} {u.ConcurrencyStamp} {u.LockoutEnd} {u.AccessFailedCount}")
            .ToListAsync();
        var roles = await db.UserRoles.OrderBy(r => r.UserId).ThenBy(r => r.RoleId).Select(r => $"role {r.UserId} {r.RoleId}")
            .ToListAsync();
        var tokens = await db.ApiTokens.OrderBy(t => t.Id).Select(t => $"token {t.Id} {t.UserId} {t.RevokedAt}").ToListAsync();
        return users.Concat(roles).Concat(tokens).ToList();
    });
}

/// <summary>With a second admin, one admin may demote the other; the one left is then the last and stays.</summary>
public sealed class SecondAdminTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private const string Url = "/admin/users";

    [Fact]
    public async Task An_admin_demotes_another_admin_and_is_then_the_last()
    {
        var first = await factory.SignedInAsync(Roles.Admin);
        var firstEmail = await factory.UserAsync(Roles.Admin);
        await factory.CreateUserAsync("second-admin@example.org", Roles.Admin);
        var page = await first.GetDocumentAsync(Url);

        using var demoteSecond = await first.SubmitAsync(Row(page, "second-admin@example.org"), Url,
            UsersPageTests.Role(Roles.Contributor));
        using var demoteSelf = await first.SubmitAsync(Row(page, firstEmail), Url, UsersPageTests.Role(Roles.Contributor));

        demoteSecond.StatusCode.Should().Be(HttpStatusCode.Redirect);
        demoteSelf.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await UsersPageTests.StatusAsync(first)).Should().StartWith($"{firstEmail} is the last admin");
        var admins = await factory.QueryAsync(db => db.UserRoles.Where(r => r.RoleId == Roles.Admin).Select(r => r.UserId).ToListAsync());
        admins.Should().Equal((await factory.QueryAsync(db => db.Users.SingleAsync(u => u.Email == firstEmail))).Id);
        (await factory.QueryAsync(db => db.UserRoles
                .Where(r => db.Users.Any(u => u.Id == r.UserId && u.Email == "second-admin@example.org"))
                .Select(r => r.RoleId)
                .ToListAsync()))
            .Should().Equal(Roles.Contributor);
    }

    private static IHtmlFormElement Row(IDocument page, string email) =>
        UsersPageTests.RowOf(page, email).QuerySelector<IHtmlFormElement>("form.change-role")!;
}

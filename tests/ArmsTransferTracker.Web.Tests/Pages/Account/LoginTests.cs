using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArmsTransferTracker.Web.Tests.Pages.Account;

public sealed class LoginTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_right_password_signs_in_and_every_page_then_names_the_user_with_a_sign_out_button()
    {
        var email = await factory.UserAsync(Roles.Editor);
        var client = Browser();

        using var response = await client.PostSignInAsync(email, TrackerFactory.Password);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/");
        var page = await client.GetDocumentAsync("/articles");
        page.QuerySelector("header .account-link")!.TextContent.Should().Be(email);
        page.QuerySelector("header form.sign-out button")!.TextContent.Should().Be("Sign out");
        page.QuerySelector("header .sign-in").Should().BeNull();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_an_error_and_signs_nobody_in()
    {
        var email = await factory.UserAsync(Roles.Contributor);
        var client = Browser();

        using var response = await client.PostSignInAsync(email, "not the password at all");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.GetElementById("login-error")!.TextContent.Should().Be("The email or the password is not right.");
        page.QuerySelector<IHtmlInputElement>("input[name=Email]")!.Value.Should().Be(email, "the email is kept for the next try");
        (await client.GetDocumentAsync("/")).QuerySelector("header .sign-in")!.TextContent.Should().Be("Sign in");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var user = await factory.CreateUserAsync("locked@example.org", Roles.Contributor);
        var client = Browser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.PostSignInAsync(user.Email!, $"wrong guess number {attempt}");
        }

        using var right = await client.PostSignInAsync(user.Email!, TrackerFactory.Password);

        right.StatusCode.Should().Be(HttpStatusCode.OK);
        (await right.ParseAsync()).GetElementById("login-error")!.TextContent.Should()
            .StartWith("Too many failed attempts: this account is locked");
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        var email = await factory.UserAsync(Roles.Contributor);

        var login = await Browser().GetDocumentAsync("/account/login?ReturnUrl=%2Fimport");
        var client = Browser();
        using var back = await client.SubmitAsync(
            (await client.GetDocumentAsync("/account/login?ReturnUrl=%2Fimport")).QuerySelector<IHtmlFormElement>("form.account-form")!,
            "/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = TrackerFactory.Password });
        var elsewhere = Browser();
        using var away = await elsewhere.SubmitAsync(
            (await elsewhere.GetDocumentAsync("/account/login")).QuerySelector<IHtmlFormElement>("form.account-form")!,
            "/account/login",
            new Dictionary<string, string>
                { ["Email"] = email, ["Password"] = TrackerFactory.Password, ["ReturnUrl"] = "https://evil.example/" });

        login.QuerySelector<IHtmlInputElement>("input[name=ReturnUrl]")!.Value.Should().Be("/import");
        back.Headers.Location!.OriginalString.Should().Be("/import");
        away.Headers.Location!.OriginalString.Should().Be("/");
    }

    [Fact]
    public async Task Signing_out_is_a_post_with_its_token_and_ends_the_session()
    {
        var client = await factory.SignedInAsync(Roles.Contributor);
        var page = await client.GetDocumentAsync("/");

        using var withoutToken = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        (await client.GetAsync("/import")).StatusCode.Should()
            .Be(HttpStatusCode.OK, "a post without the antiforgery token signs nobody out");
        using var signOut = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("header form.sign-out")!, "/");

        withoutToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var after = await client.GetAsync("/import");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.AbsolutePath.Should().Be("/account/login");
    }

    [Fact]
    public async Task A_sign_in_survives_a_restart_because_the_keys_are_in_the_database()
    {
        var directory = TrackerFactory.NewDataDirectory();
        try
        {
            string cookie;
            await using (var first = TrackerFactory.On(directory))
            {
                var email = await first.UserAsync(Roles.Contributor);
                var client = first.CreateClient(
                    new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
                var login = await client.GetAsync("/account/login");
                var antiforgeryCookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
                    .Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
                var form = (await login.ParseAsync()).QuerySelector<IHtmlFormElement>("form.account-form")!;
                var token = form.QuerySelector<IHtmlInputElement>($"input[name={SignIn.Token}]")!.Value;
                using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
                {
                    Content = new FormUrlEncodedContent(
                        [new(SignIn.Token, token), new("Email", email), new("Password", TrackerFactory.Password)]),
                };
                request.Headers.Add("Cookie", antiforgeryCookie);
                using var signedIn = await client.SendAsync(request);
                signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
                cookie = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
                    .Single(c => c.StartsWith("tracker.signin=", StringComparison.Ordinal));
            }

            await using var second = TrackerFactory.On(directory);
            var later = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            using var import = new HttpRequestMessage(HttpMethod.Get, "/import");
            import.Headers.Add("Cookie", cookie);
            (await later.SendAsync(import)).StatusCode.Should().Be(HttpStatusCode.OK, "the second start reads the first start's keys");
        }
        finally
        {
            TrackerFactory.DeleteDirectory(directory);
        }
    }
}

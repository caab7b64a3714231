using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>Users, their tokens and posts on their behalf, for the account page and user management tests.</summary>
public static class UserKit
{
    /// <summary>A browser that is not signed in; it keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Anonymous(this TrackerFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A new user with <paramref name="role"/> (none: no role), and a browser signed in as them.</summary>
    public static async Task<(TrackerUser User, HttpClient Client)> SignedInAsNewAsync(
        this TrackerFactory factory, string email, string? role)
    {
        var user = await factory.CreateUserAsync(email, role);
        var client = factory.Anonymous();
        await client.SignInAsync(email, TrackerFactory.Password);
        return (user, client);
    }

    /// <summary>A valid antiforgery token for <paramref name="client"/>, so that only its sign-in or role can refuse its post.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client) =>
        (await client.GetDocumentAsync("/account/login")).QuerySelector<IHtmlInputElement>($"input[name={SignIn.Token}]")!.Value;

    /// <summary>Posts <paramref name="fields"/> as a form, with <paramref name="antiforgeryToken"/> when there is one.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, string? antiforgeryToken, IReadOnlyDictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields);
        if (antiforgeryToken is not null)
        {
            values[SignIn.Token] = antiforgeryToken;
        }
        return client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>A personal API token of the user <paramref name="userId"/>, made straight in the database; its id.</summary>
    public static Task<int> AddTokenAsync(this TrackerFactory factory, string userId, string name) => factory.QueryAsync(async db =>
    {
        var (token, _) = ApiToken.Issue(await db.Users.SingleAsync(u => u.Id == userId), name, DateTime.UtcNow);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return token.Id;
    });
}

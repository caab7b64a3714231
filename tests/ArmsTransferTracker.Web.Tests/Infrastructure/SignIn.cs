using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>Signs in and submits forms as a browser does: the form's own action and antiforgery token, with the cookie.</summary>
public static class SignIn
{
    public const string Token = "__RequestVerificationToken";

    private static readonly HtmlParser Parser = new();

    /// <summary>Posts the sign-in form; the answer is what the app said (a redirect when the password was right).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetDocumentAsync("/account/login");
        var form = page.QuerySelector<IHtmlFormElement>("form.account-form")!;
        return await client.SubmitAsync(form, "/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password)
    {
        using var response = await client.PostSignInAsync(email, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "{0} signs in with the right password", email);
    }

    /// <summary>
    /// Posts <paramref name="form"/> of the page at <paramref name="pageUrl"/> (where a form without an action posts) with its own
    /// hidden fields (the antiforgery token among them) and <paramref name="fields"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlFormElement form, string pageUrl, IReadOnlyDictionary<string, string>? fields = null)
    {
        form.Method.Should().BeEquivalentTo("post");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        values.Should().ContainKey(Token, "every form that changes data carries an antiforgery token");
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }
        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(values));
    }

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace ArmsTransferTracker.Web.Tests.Pages.Import;

/// <summary>
/// The app as URL import tests need it: pages on loopback may be fetched, and the fetch timeout is long enough that no
/// page that answers times out, however loaded the machine.
/// </summary>
public class ImportFactory : TrackerFactory
{
    protected virtual IDictionary<string, string?> ImportSettings => new Dictionary<string, string?>
    {
        ["Import:AllowPrivateAddresses"] = "true",
        ["Import:FetchTimeoutSeconds"] = "60",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(ImportSettings));
    }

    /// <summary>A client that keeps cookies (antiforgery, TempData) and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public Task<DbCounts> CountAsync() => QueryAsync(async db => new DbCounts(
        await db.Articles.CountAsync(),
        await db.Claims.CountAsync(),
        await db.Stances.CountAsync(),
        await db.Actors.CountAsync(),
        await db.Outlets.CountAsync()));
}

/// <summary>The app with a 64 KB import limit, to send files over it cheaply.</summary>
public sealed class SmallLimitFactory : ImportFactory
{
    public const int MaxBytes = 64 * 1024;

    protected override IDictionary<string, string?> ImportSettings =>
        new Dictionary<string, string?>(base.ImportSettings)
        {
            ["Import:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
}

/// <summary>The app with a 2 s fetch timeout, for the loopback page that never answers.</summary>
public sealed class ShortTimeoutFactory : ImportFactory
{
    protected override IDictionary<string, string?> ImportSettings =>
        new Dictionary<string, string?>(base.ImportSettings) { ["Import:FetchTimeoutSeconds"] = "2" };
}

/// <summary>The rows a refusal must leave as they were.</summary>
public sealed record DbCounts(int Articles, int Claims, int Stances, int Actors, int Outlets);

/// <summary>A file to upload.</summary>
public sealed record Upload(string FileName, byte[] Bytes, string ContentType = "text/plain")
{
    public static Upload Text(string fileName, string text) => new(fileName, Encoding.UTF8.GetBytes(text));

    public ByteArrayContent ToContent()
    {
        var content = new ByteArrayContent(Bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        return content;
    }
}

/// <summary>
/// The inputs the brief names, each through the form and the API. Every text is its own story, so that no case is a
/// duplicate or a copy of another within one factory.
/// </summary>
public static class Inputs
{
    public const string Html = "text/html";

    /// <summary>A file the importer must refuse, and words its message must contain.</summary>
    public sealed record Refused(Upload Upload, string Reason);

    /// <summary>A file the importer must store, a passage its text must hold, and the file name it must be stored under.</summary>
    public sealed record Accepted(Upload Upload, string Passage, string StoredName);

    public static TheoryData<string> RefusedKeys => [.. RefusedFiles.Keys];

    public static TheoryData<string> AcceptedKeys => [.. AcceptedFiles.Keys];

    /// <summary>
    /// Paths of <see cref="ArmsTransferTracker.Web.Tests.Import.LoopbackSite"/> that URL import must refuse, and words naming the problem.
    /// </summary>
    public static TheoryData<string, string> FailingUrls => new()
    {
        { "/missing", "answered 404 Not Found" },
        { "/broken", "answered 500 Internal Server Error" },
        { "/loop/0", "redirected more than 5 times" },
        { "/image", "serves image/png, not an article page" },
    };

    public static readonly IReadOnlyDictionary<string, Refused> RefusedFiles = new Dictionary<string, Refused>
    {
        ["empty file"] = new(new Upload("empty.txt", []), "the file is empty"),
        ["white space only"] = new(Upload.Text("blank.txt", "  \r\n\t \n   \n"), "only white space"),
        ["PNG renamed .txt"] = new(
            new Upload("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), "a PNG image"),
        ["PDF renamed .txt"] = new(
            new Upload("report.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")), "a PDF document"),
        ["unknown extension .docx"] = new(
            new Upload("article.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 6, 0],
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "extension .docx"),
        ["HTML of only scripts"] = new(new Upload("scripts.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><script>var a = 1;</script><style>body { color: red; }</style></head>"
            + "<body><script>document.write('x');</script><noscript></noscript></body></html>"), Html),
            "no article text"),
    };

    public static readonly IReadOnlyDictionary<string, Accepted> AcceptedFiles = new Dictionary<string, Accepted>
    {
        ["malformed HTML"] = new(new Upload("malformed.html", Encoding.UTF8.GetBytes(
            "<html><head><title>Howitzers for Ruritania</title><body><h1>Howitzers for Ruritania"
            + "<p>Graustark shipped twelve howitzers to Ruritania <b>last month, <i>officials said.</p>"
            + "<div><p>The guns arrived by rail</span></body>"), Html),
            "Graustark shipped twelve howitzers to Ruritania", "malformed.html"),
        ["Windows-1252 with curly quotes"] = new(new Upload("cp1252.txt", Windows1252(
            "Patrol boats for Borduria\n\n"
            + "Syldavia\u2019s navy said it had \u201cdelivered four patrol boats\u201d to Borduria \u2014 a first.\n")),
            "Syldavia\u2019s navy said it had \u201cdelivered four patrol boats\u201d to Borduria \u2014 a first.", "cp1252.txt"),
        ["UTF-16 with BOM"] = new(new Upload("utf16.txt",
            [
                .. Encoding.Unicode.GetPreamble(),
                .. Encoding.Unicode.GetBytes(
                    "Radars for Latveria\n\nKhemed sold three air-defence radars to Latveria, its ministry said.\n"),
            ]),
            "Khemed sold three air-defence radars to Latveria", "utf16.txt"),
        ["UTF-8 with BOM"] = new(new Upload("utf8bom.txt",
            [
                .. Encoding.UTF8.GetPreamble(),
                .. Encoding.UTF8.GetBytes(
                    "Rifles for Genovia\n\nElbonia supplied 500 rifles to Genovia, the defence minister confirmed.\n"),
            ]),
            "Elbonia supplied 500 rifles to Genovia", "utf8bom.txt"),
        ["file name with path parts"] = new(
            Upload.Text("../../x.txt", "Tanks for Zubrowka\n\nPottsylvania sent eight tanks to Zubrowka, according to a customs filing.\n"),
            "Pottsylvania sent eight tanks to Zubrowka", "x.txt"),
    };

    /// <summary>2 MB of one story on a single line, no line break anywhere.</summary>
    public static Upload TwoMegabyteLine()
    {
        const string Sentence = "Markovia flew crates of anti-tank missiles to Moldavia overnight, a port official said. ";
        var text = new StringBuilder(2 * 1024 * 1024 + Sentence.Length);
        while (text.Length < 2 * 1024 * 1024)
        {
            text.Append(Sentence);
        }
        return Upload.Text("one-line.txt", text.ToString());
    }

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }
}

/// <summary>
/// Submits the import page's forms as a browser does: GET the page, take the form's action and antiforgery token, post with the cookie.
/// </summary>
public static class ImportForms
{
    private static readonly HtmlParser Parser = new();

    public const string Token = "__RequestVerificationToken";

    public static async Task<HttpResponseMessage> PostFilesAsync(this HttpClient client, params Upload[] uploads)
    {
        var (action, token) = await FormAsync(client, "Files");
        var content = new MultipartFormDataContent { { new StringContent(token), Token } };
        foreach (var upload in uploads)
        {
            content.Add(upload.ToContent(), "Input.Files", upload.FileName);
        }
        return await client.PostAsync(action, content);
    }

    /// <summary>The file field left empty, as a browser sends it: a part with no file name and no bytes.</summary>
    public static async Task<HttpResponseMessage> PostNoFileAsync(this HttpClient client)
    {
        var (action, token) = await FormAsync(client, "Files");
        var empty = new ByteArrayContent([]);
        empty.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        empty.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"Input.Files\"", FileName = "\"\"" };
        var content = new MultipartFormDataContent { { new StringContent(token), Token }, empty };
        return await client.PostAsync(action, content);
    }

    public static Task<HttpResponseMessage> PostTextAsync(this HttpClient client, string text) =>
        PostFieldAsync(client, "Text", "Input.Text", text);

    public static Task<HttpResponseMessage> PostUrlAsync(this HttpClient client, string url) =>
        PostFieldAsync(client, "Url", "Input.Url", url);

    private static async Task<HttpResponseMessage> PostFieldAsync(HttpClient client, string handler, string field, string value)
    {
        var (action, token) = await FormAsync(client, handler);
        return await client.PostAsync(action, new FormUrlEncodedContent([new(Token, token), new(field, value)]));
    }

    /// <summary>Posts the form that holds <paramref name="button"/>'s text on a page, with its own antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitFormWithButtonAsync(this HttpClient client, string pageUrl, string button)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelectorAll("form").Cast<IHtmlFormElement>()
            .Single(f => f.QuerySelectorAll("button").Any(b => b.TextContent.Trim() == button));
        form.Method.Should().BeEquivalentTo("post");
        var token = form.QuerySelector<IHtmlInputElement>($"input[name={Token}]")!.Value;
        token.Should().NotBeNullOrEmpty();
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent([new(Token, token)]));
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response)
    {
        response.StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The form page a refused post answers with: a 400, with the form and its errors.</summary>
    public static async Task<IHtmlDocument> ReadRefusedFormAsync(this HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        return await response.ReadDocumentAsync();
    }

    /// <summary>Follows a redirect to an article page; the article's id and the page as the browser then sees it.</summary>
    public static async Task<(int Id, IHtmlDocument Page)> FollowToArticleAsync(this HttpClient client, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(
            HttpStatusCode.Redirect, "a stored article leads to its page; the answer was: {0}", body.Length > 3000 ? body[..3000] : body);
        var location = response.Headers.Location!.OriginalString;
        location.Should().MatchRegex(@"^/articles/\d+$");
        return (
            int.Parse(location["/articles/".Length..], System.Globalization.CultureInfo.InvariantCulture),
            await client.GetDocumentAsync(location));
    }

    private static async Task<(string Action, string Token)> FormAsync(HttpClient client, string handler)
    {
        var page = await client.GetDocumentAsync("/import");
        var form = page.QuerySelectorAll("form").Cast<IHtmlFormElement>()
            .Single(f => f.GetAttribute("action")!.EndsWith($"handler={handler}", StringComparison.Ordinal));
        var token = form.QuerySelector<IHtmlInputElement>($"input[name={Token}]")!.Value;
        token.Should().NotBeNullOrEmpty();
        return (form.GetAttribute("action")!, token);
    }
}

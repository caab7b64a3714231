using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>Fetches pages over HTTP and parses them with AngleSharp.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(
        this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var content = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, "GET {0} answered: {1}", url, content.Length > 2000 ? content[..2000] : content);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        return await Parser.ParseDocumentAsync(content);
    }

    /// <summary>Text with whitespace runs collapsed, as a reader sees it.</summary>
    public static string Squish(this INode node) =>
        string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static int IdFromHref(this IElement link, string prefix)
    {
        var href = link.GetAttribute("href")!;
        href.Should().StartWith(prefix);
        var rest = href[prefix.Length..];
        var end = rest.IndexOfAny(['#', '?', '/']);
        return int.Parse(end < 0 ? rest : rest[..end], System.Globalization.CultureInfo.InvariantCulture);
    }
}

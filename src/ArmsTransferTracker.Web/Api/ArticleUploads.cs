using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.Import;

namespace ArmsTransferTracker.Web.Api;

/// <summary>What a URL import came to, and whether the page could be fetched at all (the API answers the two differently).</summary>
public sealed record UrlImport(ImportOutcome Outcome, bool Fetched);

/// <summary>The glue the import page and the API share between HTTP input and <see cref="ArticleImporter"/>.</summary>
public static class ArticleUploads
{
    public const string AcceptedAddresses = "an http:// or https:// address of an HTML or plain-text article page";

    /// <summary>An uploaded file as the importer takes it; the importer makes its name safe and checks its size.</summary>
    public static async Task<ArticleSource> ToSourceAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Length, 16 * 1024 * 1024));
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }
        return new ArticleSource(buffer.ToArray(), file.FileName,
            string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType);
    }

    /// <summary>Fetches a page and imports it; the article's address is the one finally fetched, after redirects.</summary>
    public static async Task<UrlImport> ImportUrlAsync(
        ArticleFetcher fetcher, ArticleImporter importer, string address, CancellationToken cancellationToken)
    {
        var name = address.Trim();
        if (!WebAddresses.TryParse(address, out _, out var problem))
        {
            var refused = new ImportOutcome(name, ImportStatus.Refused, null, $"{problem} Accepted: {AcceptedAddresses}.");
            return new UrlImport(refused, Fetched: false);
        }
        var fetched = await fetcher.FetchAsync(address, cancellationToken);
        if (!fetched.Succeeded || fetched.Bytes is null || fetched.FinalUrl is null)
        {
            var failed = new ImportOutcome(
                name, ImportStatus.Refused, null, $"the page could not be fetched: {fetched.Error} Accepted: {AcceptedAddresses}.");
            return new UrlImport(failed, Fetched: false);
        }
        var contentType = fetched.ContentType ?? ContentTypes.Html;
        var source = new ArticleSource(fetched.Bytes, FileNameFor(fetched.FinalUrl, contentType), contentType);
        return new UrlImport(await importer.ImportAsync(source, fetched.FinalUrl.AbsoluteUri, cancellationToken), Fetched: true);
    }

    /// <summary>
    /// A file name for a fetched page whose extension says what the server said it is: the address's own extension
    /// (".php", ".aspx", none) says nothing about the content and would make the decoder refuse a good page.
    /// </summary>
    public static string FileNameFor(Uri url, string contentType)
    {
        var last = url.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/');
        var stem = Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(last ?? ""));
        if (string.IsNullOrWhiteSpace(stem))
        {
            stem = url.Host;
        }
        var extension = ArticleDecoder.KindOf(null, contentType) == ContentKind.PlainText ? ".txt" : ".html";
        return ArticleImporter.SafeFileName(stem + extension);
    }
}

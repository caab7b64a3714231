using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Import;

/// <summary>A fetched page, or why there is none.</summary>
public sealed record FetchResult(byte[]? Bytes, string? ContentType, Uri? FinalUrl, string? Error)
{
    public bool Succeeded => Error is null;

    public static FetchResult Fail(string error) => new(null, null, null, error);
}

/// <summary>
/// Fetches an article by URL for import: http and https only, a time limit, a size cap, at most a few redirects, and
/// no requests to this machine or its private network unless configuration allows them.
/// </summary>
public sealed class ArticleFetcher(HttpClient http, IOptions<ImportSettings> options, ILogger<ArticleFetcher> logger)
{
    private static readonly string[] TextMediaTypes = ["text/html", "application/xhtml+xml", "text/plain"];

    private readonly ImportSettings _settings = options.Value;

    /// <summary>
    /// The handler for this fetcher's HttpClient: redirects are followed by hand, and every connection's address is checked.
    /// </summary>
    public static SocketsHttpHandler CreateHandler(ImportSettings settings) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = settings.FetchTimeout,
        // Checking the address we actually connect to (not a separate DNS answer) closes DNS-rebinding tricks.
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(a => settings.AllowPrivateAddresses || IsPublic(a)).ToList();
            if (allowed.Count == 0)
            {
                throw new RefusedAddressException(context.DnsEndPoint.Host);
            }
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>The page at <paramref name="address"/>, or why not; a refusal is the user's to fix, logged as information.</summary>
    public async Task<FetchResult> FetchAsync(string address, CancellationToken cancellationToken)
    {
        var result = await TryFetchAsync(address, cancellationToken);
        if (!result.Succeeded)
        {
            logger.LogInformation("URL import of {Address} refused: {Reason}", address, result.Error);
        }
        return result;
    }

    private async Task<FetchResult> TryFetchAsync(string address, CancellationToken cancellationToken)
    {
        if (!WebAddresses.TryParse(address, out var url, out var problem))
        {
            return FetchResult.Fail(problem);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.FetchTimeout);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9");
                request.Headers.UserAgent.Add(new ProductInfoHeaderValue("ArmsTransferTracker", "1.0"));
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

                if (IsRedirect(response.StatusCode))
                {
                    if (redirects >= _settings.MaxRedirects)
                    {
                        return FetchResult.Fail($"{url} redirected more than {_settings.MaxRedirects} times.");
                    }
                    if (response.Headers.Location is not { } location)
                    {
                        return FetchResult.Fail($"{url} answered a redirect without a location.");
                    }
                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    if (url.Scheme is not ("http" or "https"))
                    {
                        return FetchResult.Fail($"the page redirected to {url.Scheme}:, which is not http or https.");
                    }
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    return FetchResult.Fail($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
                if (mediaType is not null && !TextMediaTypes.Contains(mediaType))
                {
                    return FetchResult.Fail($"{url} serves {mediaType}, not an article page (HTML or plain text).");
                }
                if (response.Content.Headers.ContentLength > _settings.MaxBytes)
                {
                    return FetchResult.Fail($"{url} is larger than the {Sizes.Describe(_settings.MaxBytes)} limit.");
                }
                var bytes = await ReadCappedAsync(response.Content, timeout.Token);
                return bytes is null
                    ? FetchResult.Fail($"{url} is larger than the {Sizes.Describe(_settings.MaxBytes)} limit.")
                    : new FetchResult(bytes, response.Content.Headers.ContentType?.ToString() ?? "text/html", url, null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Fail($"{url} did not answer within {_settings.FetchTimeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException e) when (e.InnerException is RefusedAddressException refused)
        {
            return FetchResult.Fail(refused.Message);
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Fail(Unreachable(url, e));
        }
    }

    /// <summary>
    /// Why a page could not be fetched, in words for the user: the exception's own message names sockets, system calls
    /// and the framework's parameters ("(Parameter 'hostName')"), and is logged by no one here since nothing is broken.
    /// </summary>
    private static string Unreachable(Uri url, HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => $"no server named {url.Host} could be found; check the address.",
        // The name resolver refuses some addresses outright, such as 0.0.0.0.
        HttpRequestError.ConnectionError when e.InnerException is ArgumentException => $"{url.Host} is not the address of a server.",
        HttpRequestError.ConnectionError => $"the server at {url.Host} could not be reached.",
        HttpRequestError.SecureConnectionError => $"no secure connection to {url.Host} could be made.",
        _ => $"{url.Host} did not answer as a web server does.",
    };

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _settings.MaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Whether an address is on the public internet: not loopback, private, link-local, unique-local or unspecified.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        }
        var b = address.GetAddressBytes();
        return !(b[0] == 10
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) // carrier-grade NAT
            || b[0] == 0
            || b[0] >= 224);
    }

    private sealed class RefusedAddressException(string host)
        : Exception($"{host} is on this machine or a private network, and fetching such addresses is not allowed.");
}

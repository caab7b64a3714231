using System.Diagnostics.CodeAnalysis;

namespace ArmsTransferTracker.Web.Import;

/// <summary>An address given for URL import, checked before anything is fetched, with what is wrong with it in plain words.</summary>
public static class WebAddresses
{
    public static bool TryParse(string? address, [NotNullWhen(true)] out Uri? url, out string problem)
    {
        var trimmed = address?.Trim() ?? "";
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out url) && url.Scheme is "http" or "https")
        {
            problem = "";
            return true;
        }
        var startsAsWebAddress = trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        problem = url is not null
            ? $"only http and https addresses can be imported, and \"{trimmed}\" is not one."
            : startsAsWebAddress
                ? $"\"{trimmed}\" is not a valid web address; check it for a typing mistake."
                : $"\"{trimmed}\" is not a complete web address: it starts with https:// or http://.";
        url = null;
        return false;
    }
}

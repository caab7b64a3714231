using System.Text.RegularExpressions;

namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>A site asking the reader to accept its cookies: page chrome over the headline and within the story alike.</summary>
public static partial class CookieNotices
{
    /// <summary>
    /// "We use cookies to ...", "This website uses cookies.", "[Cookie notice] ...", "Accept cookies", and a notice under its
    /// label: "Cookie notice: we use ...", "Cookies: This site ...", "Cookie settings".
    /// </summary>
    public static bool IsOne(string line) => CookieNotice().IsMatch(line.Trim());

    [GeneratedRegex(
        @"^(?:we use cookies|accept cookies|this (?:web)?site uses cookies|\[cookie|cookies:|cookie (?:notice|settings|policy)\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();
}

using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Web.Import;

public static class ContentTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";

    public static string FromFileName(string fileName) =>
        ContentKinds.FromFileName(fileName) == ContentKind.Html ? Html : PlainText;

    public static ContentKind KindOf(string contentType, string fileName) =>
        contentType.StartsWith(Html, StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase)
            ? ContentKind.Html
            : contentType.StartsWith(PlainText, StringComparison.OrdinalIgnoreCase) ? ContentKind.PlainText : ContentKinds.FromFileName(fileName);
}

using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Web.Import;

public static class ContentTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";

    /// <summary>The content type of a file known only by its name (seeds).</summary>
    public static string FromFileName(string fileName) =>
        ContentKinds.FromFileName(fileName) == ContentKind.Html ? Html : PlainText;
}

namespace ArmsTransferTracker.Extraction.Reading;

public static class ContentKinds
{
    public static ContentKind FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".html" or ".htm" ? ContentKind.Html : ContentKind.PlainText;
}

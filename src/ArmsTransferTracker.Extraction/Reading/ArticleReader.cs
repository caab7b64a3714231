namespace ArmsTransferTracker.Extraction.Reading;

public enum ContentKind { PlainText, Html }

/// <summary>Reads an article's metadata and text out of plain text or HTML.</summary>
public sealed class ArticleReader
{
    public ArticleDocument Read(string content, ContentKind kind)
    {
        ArgumentNullException.ThrowIfNull(content);
        return kind == ContentKind.Html ? HtmlReader.Read(content) : PlainTextReader.Read(content);
    }
}

namespace ArmsTransferTracker.Extraction.Reading;

public enum ContentKind { PlainText, Html }

/// <summary>Reads an article's metadata and text out of plain text or HTML.</summary>
public sealed class ArticleReader
{
    public ArticleDocument Read(string content, ContentKind kind)
    {
        ArgumentNullException.ThrowIfNull(content);
        // Placeholder until the plain-text and HTML readers land: the whole content is the text.
        return new ArticleDocument(new ArticleMetadata(null, null, null, null, null, [], null), content);
    }
}

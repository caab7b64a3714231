using ArmsTransferTracker.Extraction.Claims;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction;

/// <summary>Text or HTML in, a read article with its transfer claims out. Pure and thread-safe: one instance serves every caller.</summary>
/// <remarks>Not sealed so that tests of its callers can make it fail or answer a fixed extraction.</remarks>
public class ArticleExtractor
{
    private readonly ArticleReader _reader = new();

    public ExtractedArticle Extract(string content, ContentKind kind) => Extract(_reader.Read(content, kind));

    public virtual ExtractedArticle Extract(ArticleDocument document) => new(document, ClaimPipeline.Extract(document));
}

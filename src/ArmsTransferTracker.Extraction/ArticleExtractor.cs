using ArmsTransferTracker.Extraction.Claims;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction;

/// <summary>Text or HTML in, a read article with its transfer claims out. Pure and thread-safe: one instance serves every caller.</summary>
public sealed class ArticleExtractor
{
    private readonly ArticleReader _reader = new();
    private readonly ClaimExtractor _claims = new();

    public ExtractedArticle Extract(string content, ContentKind kind) => Extract(_reader.Read(content, kind));

    public ExtractedArticle Extract(ArticleDocument document) => new(document, _claims.Extract(document));
}

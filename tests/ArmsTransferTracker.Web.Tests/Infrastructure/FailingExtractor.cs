using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>Fault injection: an extractor that throws, as a bug in a rule would.</summary>
public sealed class FailingExtractor(string message) : ArticleExtractor
{
    public override ExtractedArticle Extract(ArticleDocument document) => throw new InvalidOperationException(message);
}

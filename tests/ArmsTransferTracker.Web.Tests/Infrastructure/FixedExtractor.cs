using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>
/// An extractor whose answer the test chooses from the article's text, so that what is tested (re-extraction of reviewed
/// stances, the command-line verbs) does not depend on the engine's rules of the day.
/// </summary>
public sealed class FixedExtractor(Func<string, IReadOnlyList<ExtractedClaim>> claims) : ArticleExtractor
{
    public override ExtractedArticle Extract(ArticleDocument document) => new(document, claims(document.Text));
}

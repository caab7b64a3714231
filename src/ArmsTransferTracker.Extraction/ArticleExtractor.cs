using ArmsTransferTracker.Extraction.Claims;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction;

/// <summary>Which engine reads the claims of an article.</summary>
public enum ExtractionEngine
{
    /// <summary>
    /// The token-window engine (Claims/): better on the tidy dev passages it was fitted to, weaker on news as it arrives
    /// from the web (dev2); kept for comparison with <c>--engine words</c>.
    /// </summary>
    Words,

    /// <summary>The engine on the dependency parse (ClaimPipeline), the default: stages of named rules (README).</summary>
    Parse,
}

/// <summary>Text or HTML in, a read article with its transfer claims out. Pure and thread-safe: one instance serves every caller.</summary>
/// <remarks>Not sealed so that tests of its callers can make it fail or answer a fixed extraction.</remarks>
public class ArticleExtractor(ExtractionEngine engine = ExtractionEngine.Parse)
{
    private readonly ArticleReader _reader = new();
    private readonly ClaimExtractor _words = new();

    public ExtractionEngine Engine { get; } = engine;

    public ExtractedArticle Extract(string content, ContentKind kind) => Extract(_reader.Read(content, kind));

    public virtual ExtractedArticle Extract(ArticleDocument document) =>
        new(document, Engine == ExtractionEngine.Parse ? ClaimPipeline.Extract(document) : _words.Extract(document));
}

using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Tests.Pages.Claims;

namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>
/// Articles with the parts a page may lack, stored besides article A and its reprint: an undated article whose speakers
/// have no role, one quote in its own quotation marks and a possessive written apart by a tokenizer ("Council 's"), with
/// a denied and an unconfirmed claim on named weapons; and an article with no outlet, no date and no claim.
/// </summary>
public sealed class LooseEndsFactory : TrackerFactory, IAsyncLifetime
{
    public const string Osterlich = "Osterlich";
    public const string Herald = "Osterlich Herald";
    public const string Ministry = "Osterlich's defence ministry";
    public const string Envoy = "Grand Council 's envoy";
    public const string OwnQuote = "“We never sent IRIS-T systems to Sylvania”";

    public const string UndatedText =
        "Osterlich denies arming Sylvania\n\n" +
        OwnQuote + ", Osterlich's defence ministry said.\n\n" +
        "The Grand Council 's envoy declined to comment on ATACMS for Freedonia.\n";

    public ImportResult Original { get; private set; } = null!;

    public ImportResult Reprint { get; private set; } = null!;

    public ImportResult Undated { get; private set; } = null!;

    public ImportResult Bare { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Original = await StoreAsync(Samples.ArticleA(), "freedonia-a.txt");
        Reprint = await StoreAsync(ReprintFactory.Copy(), "gazette.txt");
        Undated = await StoreAsync(UndatedArticle(), "osterlich.txt");
        Bare = await StoreAsync(Samples.MarkupArticle("Nothing about transfers here."), "bare.txt");
    }

    private static ExtractedArticle UndatedArticle()
    {
        var ministry = new ExtractedActor(Ministry, ActorKind.Government, null, null);
        var envoy = new ExtractedActor(Envoy, ActorKind.Person, null, null);
        var declined = Samples.Span(UndatedText, "declined to comment on ATACMS for Freedonia");
        return new(
            new ArticleDocument(new ArticleMetadata("Osterlich denies arming Sylvania", Herald, null, null, null, [], null), UndatedText),
            [
                new ExtractedClaim(Osterlich, Samples.Sylvania, "IRIS-T", Categories.AirDefence, null,
                [
                    new ExtractedStance(ministry, StanceValue.Denies, [Samples.Span(UndatedText, OwnQuote)]),
                    new ExtractedStance(envoy, StanceValue.Neutral, [declined]),
                ]),
                new ExtractedClaim(Osterlich, Samples.Freedonia, "ATACMS", Categories.BallisticMissile, null,
                [
                    new ExtractedStance(envoy, StanceValue.Neutral, [declined]),
                ]),
            ]);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

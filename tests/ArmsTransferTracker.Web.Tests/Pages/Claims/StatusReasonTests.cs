using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using static ArmsTransferTracker.Web.Tests.Pages.Claims.ClaimStories;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

/// <summary>Beside its status, a claim page says why: its independent sources by stance, naming a party's own side.</summary>
public sealed class StatusReasonTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "asserted", "asserted", "2 independent sources assert it" },
        { "contested", "contested", "2 independent sources assert it; the supplier's government denies it" },
        { "denied", "denied", "the recipient's side denies it" },
        { "unconfirmed", "unconfirmed", "1 independent source takes no position" },
    };

    private static IReadOnlyList<Voice> Voices(string tag) => tag switch
    {
        "asserted" => [Asserts(Outsider($"Ann Lyst {tag}"), tag), Asserts(Outsider($"Bo Server {tag}"), tag)],
        "contested" =>
        [
            Asserts(Outsider($"Ann Lyst {tag}"), tag),
            Asserts(Outsider($"Bo Server {tag}"), tag),
            new(SupplierGovernment(tag), StanceValue.Denies, $"The ministry denied sending drones ({tag})."),
        ],
        "denied" => [new(RecipientOfficial(tag), StanceValue.Denies, $"The envoy denied receiving drones ({tag}).")],
        _ => [new(Outsider($"Cy Lent {tag}"), StanceValue.Neutral, $"Cy Lent declined to comment ({tag}).")],
    };

    private static Voice Asserts(ExtractedActor actor, string tag) =>
        new(actor, StanceValue.Supports, $"{actor.Name} said Freedonia sent drones to Sylvania ({tag}).");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_status_comes_with_its_reason(string tag, string status, string reason)
    {
        await factory.StoreAsync(Article(tag, $"Drones for Sylvania {tag}", new DateOnly(2024, 9, 10), Voices(tag)), $"{tag}.txt");

        var page = await factory.CreateClient().GetDocumentAsync($"/claims/{await factory.ClaimIdAsync(tag)}");

        page.QuerySelector("h1 .claim-status")!.TextContent.Should().Be(status);
        page.QuerySelector(".status-reason")!.Squish().Should().Be(reason);
    }

    [Fact]
    public async Task A_copy_of_an_article_adds_no_source_to_the_reason()
    {
        const string tag = "copied";
        Voice[] voices = [Asserts(Outsider($"Ann Lyst {tag}"), tag)];
        var original = Article(tag, $"Drones for Sylvania {tag}", new DateOnly(2024, 9, 10), voices);
        var copy = Article(tag, $"Drones for Sylvania {tag}", new DateOnly(2024, 9, 11), voices, masthead: "THE GAZETTE\n\n");
        var originalId = (await factory.StoreAsync(original, $"{tag}.txt")).ArticleId;
        (await factory.StoreAsync(copy, $"{tag}-gazette.txt")).CopyOfArticleId.Should().Be(originalId, "the copy is recognised");

        var page = await factory.CreateClient().GetDocumentAsync($"/claims/{await factory.ClaimIdAsync(tag)}");

        page.QuerySelector("h1 .claim-status")!.TextContent.Should().Be("asserted");
        page.QuerySelector(".status-reason")!.Squish().Should().Be("1 independent source asserts it");
    }
}

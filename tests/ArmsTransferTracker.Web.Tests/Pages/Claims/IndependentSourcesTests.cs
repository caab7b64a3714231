using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Pages;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

/// <summary>
/// The app with article A and a reprint of it under another masthead, both stored with their extractions
/// (the claim extractor finds none yet).
/// </summary>
public sealed class ReprintFactory : TrackerFactory, IAsyncLifetime
{
    public const string Masthead = "THE SYLVANIA GAZETTE";

    public static readonly string CopyText = Masthead + "\n\n" + Samples.TextA;

    public int OriginalId { get; private set; }

    public int CopyId { get; private set; }

    public async Task InitializeAsync()
    {
        OriginalId = (await StoreAsync(Samples.ArticleA(), "freedonia-a.txt")).ArticleId;
        var copy = await StoreAsync(Copy(), "gazette.txt");
        copy.CopyOfArticleId.Should().Be(OriginalId, "the same story under another masthead is a copy");
        CopyId = copy.ArticleId;
    }

    /// <summary>Article A as the Gazette printed it: its masthead line first, the same quotes from the same actors.</summary>
    public static ExtractedArticle Copy()
    {
        var a = Samples.ArticleA();
        var shift = CopyText.Length - Samples.TextA.Length;
        return new ExtractedArticle(
            new ArticleDocument(
                a.Document.Metadata with { Outlet = "Sylvania Gazette", Url = null, Published = new DateOnly(2024, 9, 11) }, CopyText),
            a.Claims.Select(c => c with
            {
                Stances = c.Stances.Select(s => s with
                {
                    Evidence = s.Evidence.Select(e => e with { Start = e.Start + shift, End = e.End + shift }).ToList(),
                }).ToList(),
            }).ToList());
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

public sealed class IndependentSourcesTests(ReprintFactory factory) : IClassFixture<ReprintFactory>
{
    private Task<int> DroneClaimIdAsync() =>
        factory.QueryAsync(db => db.Claims
            .Where(c => c.Category == Categories.Drone && c.Supplier.Name == Samples.Freedonia)
            .Select(c => c.Id)
            .SingleAsync());

    [Fact]
    public async Task The_reprint_holds_stances_of_its_own()
    {
        var stances = await factory.QueryAsync(db => db.Stances.CountAsync(s => s.ArticleId == factory.CopyId));

        stances.Should().Be(3, "otherwise the tests below would prove nothing");
    }

    [Fact]
    public async Task The_claim_page_counts_each_actor_in_the_story_once_and_lists_the_reprint_under_the_original()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"/claims/{await DroneClaimIdAsync()}");

        page.QuerySelector(".independent-sources")!.Squish().Should().StartWith("3 independent sources");
        foreach (var group in new[] { "supports", "denies", "neutral" })
        {
            var source = page.QuerySelectorAll($"#{group} li.stance").Should().ContainSingle().Subject;
            source.QuerySelector(".source a[href^='/articles/']")!.IdFromHref("/articles/").Should().Be(factory.OriginalId);
            page.QuerySelector($"#{group} h2 .count")!.TextContent.Should().Be("(1 source)");
            var reprints = source.QuerySelector(".reprints")!;
            reprints.QuerySelector("p")!.TextContent.Should().Be("Also printed in:");
            var reprint = reprints.QuerySelectorAll("li.reprint").Should().ContainSingle().Subject;
            reprint.QuerySelector(".outlet")!.TextContent.Should().Be("Sylvania Gazette");
            reprint.QuerySelector("time")!.GetAttribute("datetime").Should().Be("2024-09-11");
            reprint.QuerySelector("a[href^='/articles/']")!.IdFromHref("/articles/").Should().Be(factory.CopyId);
            reprint.Squish().Should().Be(
                $"Sylvania Gazette · {Display.Date(new DateOnly(2024, 9, 11))} · {Samples.ArticleA().Document.Metadata.Headline}");
        }
    }

    [Fact]
    public async Task The_reprints_stance_keeps_its_anchor_so_links_from_its_article_still_land()
    {
        var stanceIds = await factory.QueryAsync(db => db.Stances
            .Where(s => s.ArticleId == factory.CopyId).Select(s => s.Id).ToListAsync());

        var page = await factory.CreateClient().GetDocumentAsync($"/claims/{await DroneClaimIdAsync()}");

        stanceIds.Should().HaveCount(3).And.AllSatisfy(id => page.GetElementById($"stance-{id}")!.ClassName.Should().Be("reprint"));
    }

    [Fact]
    public async Task The_index_counts_independent_sources()
    {
        var claimId = await DroneClaimIdAsync();

        var page = await factory.CreateClient().GetDocumentAsync("/");

        var card = page.QuerySelector($"li.claim[data-claim-id='{claimId}']")!;
        card.QuerySelector(".tally .supports .count")!.TextContent.Should().Be("1");
        card.QuerySelector(".tally .denies .count")!.TextContent.Should().Be("1");
        card.QuerySelector(".tally .neutral .count")!.TextContent.Should().Be("1");
    }

    [Fact]
    public async Task The_reprint_and_the_original_link_to_each_other()
    {
        var client = factory.CreateClient();

        var copy = await client.GetDocumentAsync($"/articles/{factory.CopyId}");
        var original = await client.GetDocumentAsync($"/articles/{factory.OriginalId}");

        var headline = Samples.ArticleA().Document.Metadata.Headline;
        copy.QuerySelector(".copy-of")!.Squish().Should().StartWith(
            $"A copy of {headline} · Daily Freedonian · {Display.Date(new DateOnly(2024, 9, 10))}.");
        copy.QuerySelector(".copy-of a")!.IdFromHref("/articles/").Should().Be(factory.OriginalId);
        var printed = original.QuerySelectorAll(".copies li").Should().ContainSingle().Subject;
        printed.Squish().Should().Be($"{headline} · Sylvania Gazette · {Display.Date(new DateOnly(2024, 9, 11))}");
        printed.QuerySelector("a")!.IdFromHref("/articles/").Should().Be(factory.CopyId);
    }
}

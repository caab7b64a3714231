using System.Text.Json;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ArmsTransferTracker.Web.Tests.Pages.Claims.ClaimStories;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

/// <summary>Each claim page embeds the claim, its appearances and its attributed stances as ClaimReview-style JSON-LD.</summary>
public sealed class JsonLdTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private const string Hostile = "Drones came </script><script>alert(1)</script> by sea";

    private async Task<(int ClaimId, JsonElement Document, string Html)> StoreAndReadAsync(string tag)
    {
        Voice[] voices =
        [
            new(Outsider($"Ann Lyst {tag}"), StanceValue.Supports, $"{Hostile}, Ann Lyst said ({tag})."),
            new(SupplierGovernment(tag), StanceValue.Denies, $"The ministry denied sending drones ({tag})."),
        ];
        await factory.StoreAsync(Article(tag, $"Drones for Sylvania {tag}", new DateOnly(2024, 9, 10), voices), $"{tag}.txt");
        await factory.StoreAsync(
            Article(tag, $"Second look {tag}", null,
                [new(Outsider($"Bo Server {tag}"), StanceValue.Neutral, $"Bo Server shrugged ({tag}).")]),
            $"{tag}-2.txt");
        var claimId = await factory.ClaimIdAsync(tag);
        using var response = await factory.CreateClient().GetAsync($"/claims/{claimId}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ParseAsync();
        var block = page.QuerySelectorAll("script").Should().ContainSingle().Subject;
        block.GetAttribute("type").Should().Be("application/ld+json");
        return (claimId, JsonDocument.Parse(block.TextContent).RootElement.Clone(), html);
    }

    [Fact]
    public async Task The_json_ld_holds_the_claim_its_appearances_and_its_stances_as_stored()
    {
        var (claimId, document, _) = await StoreAndReadAsync("jsonld");

        var stored = await factory.QueryAsync(async db => new
        {
            Claim = await db.Claims.Where(c => c.Id == claimId)
                .Select(c => new { Supplier = c.Supplier.Name, c.Item, Recipient = c.Recipient.Name }).SingleAsync(),
            Articles = await db.Stances.Where(s => s.ClaimId == claimId).Visible().Select(s => s.Article).Distinct()
                .OrderBy(a => a.Id).Select(a => new { a.Id, a.Headline, a.Url, a.PublishedOn }).ToListAsync(),
            Stances = await db.Stances.Where(s => s.ClaimId == claimId).Visible().OrderBy(s => s.ArticleId).ThenBy(s => s.Id)
                .Select(s => new
                {
                    Actor = s.Actor.Name,
                    s.Value,
                    s.ArticleId,
                    Evidence = s.Evidence.OrderBy(e => e.Position).Select(e => e.Text).ToList(),
                })
                .ToListAsync(),
        });
        var origin = "http://localhost";
        var claimText = $"{stored.Claim.Supplier} sent {stored.Claim.Item} to {stored.Claim.Recipient}";
        document.GetProperty("@context").GetString().Should().Be("https://schema.org");
        document.GetProperty("@type").GetString().Should().Be("ClaimReview");
        document.GetProperty("url").GetString().Should().Be($"{origin}/claims/{claimId}");
        document.GetProperty("claimReviewed").GetString().Should().Be(claimText);
        document.GetProperty("reviewRating").GetProperty("alternateName").GetString().Should().Be("contested");
        document.GetProperty("reviewRating").GetProperty("ratingExplanation").GetString()
            .Should().Be("1 independent source asserts it; the supplier's government denies it; 1 independent source takes no position");
        var claim = document.GetProperty("itemReviewed");
        claim.GetProperty("@type").GetString().Should().Be("Claim");
        claim.GetProperty("text").GetString().Should().Be(claimText);
        claim.GetProperty("appearance").EnumerateArray()
            .Select(a => (
                a.GetProperty("@id").GetString(),
                a.GetProperty("url").GetString(),
                a.GetProperty("headline").GetString(),
                a.TryGetProperty("datePublished", out var date) ? date.GetString() : null))
            .Should().Equal(stored.Articles.Select(a => (
                (string?)$"{origin}/articles/{a.Id}", (string?)a.Url, (string?)a.Headline, a.PublishedOn?.ToString("yyyy-MM-dd"))));
        claim.GetProperty("quotation").EnumerateArray()
            .Select(q => string.Join(" | ",
                q.GetProperty("spokenByCharacter").GetProperty("name").GetString(),
                q.GetProperty("stance").GetString(),
                q.GetProperty("isPartOf").GetProperty("@id").GetString(),
                string.Join(" / ", q.GetProperty("text").EnumerateArray().Select(t => t.GetString()))))
            .Should().Equal(stored.Stances.Select(s => string.Join(" | ",
                s.Actor, s.Value.ToString().ToLowerInvariant(), $"{origin}/articles/{s.ArticleId}", string.Join(" / ", s.Evidence))));
    }

    [Fact]
    public async Task Evidence_that_closes_a_script_element_stays_inside_the_json()
    {
        var (_, document, html) = await StoreAndReadAsync("jsonld-script");

        html.Should().NotContain("</script><script>alert(1)");
        document.GetProperty("itemReviewed").GetProperty("quotation").EnumerateArray()
            .SelectMany(q => q.GetProperty("text").EnumerateArray().Select(t => t.GetString()))
            .Should().Contain(text => text!.StartsWith(Hostile, StringComparison.Ordinal));
    }
}

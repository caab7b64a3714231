using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static ArmsTransferTracker.Web.Tests.Pages.Claims.ClaimStories;

namespace ArmsTransferTracker.Web.Tests.Pages.Claims;

/// <summary>The timeline orders a claim's articles by date, whatever order they came in, and marks an actor's change of stance.</summary>
public sealed class PositionChangeTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_timeline_runs_by_publication_else_import_date_and_marks_the_stance_that_changed_position()
    {
        const string tag = "turn";
        var envoy = RecipientOfficial(tag);
        var analyst = Outsider($"Ann Lyst {tag}");
        var denial = await StoreAsync("Envoy takes it back", new DateOnly(2024, 9, 12),
            new(envoy, StanceValue.Denies, $"The envoy denied receiving drones ({tag})."),
            new(analyst, StanceValue.Supports, $"Ann Lyst said drones arrived ({tag})."));
        // Undated: it takes its place by the day it was imported, after a later article stored before it.
        var acknowledgement = await StoreOnAsync(new DateTimeOffset(2024, 9, 11, 8, 0, 0, TimeSpan.Zero), "Envoy acknowledges drones",
            new(envoy, StanceValue.Supports, $"The envoy acknowledged that drones arrived ({tag})."),
            new(analyst, StanceValue.Supports, $"Ann Lyst repeated that drones arrived ({tag})."));
        var report = await StoreAsync("Drones seen in Sylvania", new DateOnly(2024, 9, 10),
            new Voice(analyst, StanceValue.Supports, $"Ann Lyst first reported drones ({tag})."));

        var page = await factory.CreateClient().GetDocumentAsync($"/claims/{await factory.ClaimIdAsync(tag)}");

        var entries = page.QuerySelectorAll(".timeline-entry");
        entries.Select(e => int.Parse(e.GetAttribute("data-article-id")!)).Should().Equal(report, acknowledgement, denial);
        entries[1].QuerySelector(".imported")!.TextContent.Should().Be("imported 11 Sep 2024 08:00 UTC");
        entries.Select(e => e.QuerySelectorAll(".voice").Select(v => v.Squish()).ToList()).Should().BeEquivalentTo(
            new[]
            {
                new[] { $"Ann Lyst {tag} supports" },
                [$"Ann Lyst {tag} supports", $"Sylvanian envoy {tag} supports"],
                [$"Ann Lyst {tag} supports", $"Sylvanian envoy {tag} denies changed position (earlier: supports)"],
            },
            options => options.WithStrictOrdering());
        page.QuerySelectorAll(".timeline .changed-position").Should().ContainSingle();

        async Task<int> StoreAsync(string headline, DateOnly? published, params Voice[] voices) =>
            (await factory.StoreAsync(Article(tag, $"{headline} {tag}", published, voices), $"{headline}.txt")).ArticleId;

        async Task<int> StoreOnAsync(DateTimeOffset importedAt, string headline, params Voice[] voices)
        {
            await using var then = factory.WithWebHostBuilder(host =>
                host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(importedAt))));
            using var scope = then.Services.CreateScope();
            var article = Article(tag, $"{headline} {tag}", null, voices);
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            return (await importer.StoreAsync(Samples.SourceOf(article, $"{headline}.txt"), article)).ArticleId;
        }
    }
}

using System.Net;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using ArmsTransferTracker.Web.Tests.Pages.Import;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Articles;

/// <summary>
/// The article page of an article whose extraction failed: the failure is recorded on a stored article with the
/// domain's own <c>RecordExtractionFailure</c>, as the importer records it (Import/ExtractionFailureImportTests makes the
/// extractor itself throw during an import).
/// </summary>
public sealed class ExtractionFailureTests(ImportFactory factory) : IClassFixture<ImportFactory>
{
    private const string Reason = "The extractor failed on this article: the claim model ran out of memory.";

    private async Task<int> StoreFailedArticleAsync(string text)
    {
        var client = (await factory.SignedInAsync(Roles.Editor));
        using var response = await client.PostTextAsync(text);
        var (id, _) = await client.FollowToArticleAsync(response);
        await factory.QueryAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.RecordExtractionFailure(Reason, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task Shows_an_alert_with_the_reason_and_a_button_to_run_extraction_again()
    {
        var id = await StoreFailedArticleAsync(
            "Cannons for Elbonia\n\nGenovia lent old cannons to Elbonia for a parade, the mayor said.\n");

        var page = await (await factory.SignedInAsync(Roles.Editor)).GetDocumentAsync($"/articles/{id}");

        var alert = page.QuerySelector(".extraction-failed")!;
        alert.GetAttribute("role").Should().Be("alert");
        alert.QuerySelector("p")!.Squish().Should().Be(Reason);
        var form = alert.QuerySelector("form")!;
        form.GetAttribute("method").Should().Be("post");
        form.GetAttribute("action").Should().Be($"/articles/{id}?handler=Reextract");
        form.QuerySelector($"input[name={ImportForms.Token}]")!.GetAttribute("value").Should().NotBeNullOrWhiteSpace();
        form.QuerySelector("button")!.TextContent.Should().Be("Run extraction again");
    }

    [Fact]
    public async Task Running_extraction_again_clears_the_failure_and_says_so()
    {
        var id = await StoreFailedArticleAsync("Lances for Tomania\n\nBacteria sold ceremonial lances to Tomania, a collector said.\n");
        var client = (await factory.SignedInAsync(Roles.Editor));
        var before = DateTime.UtcNow;

        using var response = await client.SubmitFormWithButtonAsync($"/articles/{id}", "Run extraction again");
        var (redirectedId, page) = await client.FollowToArticleAsync(response);

        redirectedId.Should().Be(id);
        page.GetElementById("article-status")!.TextContent.Should().Be("Extraction ran again: 0 claims found.");
        page.QuerySelector(".extraction-failed").Should().BeNull();
        var stored = await factory.QueryAsync(db => db.Articles
            .Where(a => a.Id == id).Select(a => new { a.ExtractionError, a.ExtractedAt }).SingleAsync());
        stored.ExtractionError.Should().BeNull();
        stored.ExtractedAt.Should().BeOnOrAfter(before, "the re-run records when it ran");
    }

    [Fact]
    public async Task Running_extraction_again_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var id = await StoreFailedArticleAsync("Sabres for Ruritania\n\nGraustark gave sabres to Ruritania's guards, a tailor said.\n");

        using var response = await (await factory.SignedInAsync(Roles.Editor))
            .PostAsync($"/articles/{id}?handler=Reextract", new FormUrlEncodedContent([]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await factory.QueryAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.ExtractionError).SingleAsync()))
            .Should().Be(Reason);
    }

    [Fact]
    public async Task An_import_whose_extraction_failed_leads_to_the_article_saying_so()
    {
        // Importing the same bytes again answers with the stored article, whose failure the page then shows.
        const string Text = "Muskets for Osterlich\n\nMaxonia found muskets for Osterlich's museum, a curator said.\n";
        var id = await StoreFailedArticleAsync(Text);
        var client = (await factory.SignedInAsync(Roles.Editor));

        using var response = await client.PostTextAsync(Text);
        var (again, page) = await client.FollowToArticleAsync(response);

        again.Should().Be(id);
        page.GetElementById("article-status")!.TextContent.Should().Be("Already imported: nothing was added.");
        page.QuerySelector(".extraction-failed p")!.Squish().Should().Be(Reason);
    }
}

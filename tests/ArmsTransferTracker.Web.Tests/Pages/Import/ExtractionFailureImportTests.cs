using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArmsTransferTracker.Web.Tests.Pages.Import;

/// <summary>
/// The app with an extractor that throws, as a bug in a rule would: the form still stores the article, says why, and shows it.
/// </summary>
public sealed class FailingExtractionFactory : ImportFactory
{
    public const string Reason = "a rule met a sentence it could not end";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
            services.Replace(ServiceDescriptor.Singleton<ArticleExtractor>(new FailingExtractor(Reason))));
    }
}

public sealed class ExtractionFailureImportTests(FailingExtractionFactory factory) : IClassFixture<FailingExtractionFactory>
{
    [Fact]
    public async Task An_article_whose_extraction_throws_is_stored_and_its_page_says_why_in_a_sentence_without_the_exception_type()
    {
        var client = (await factory.SignedInAsync(Roles.Contributor));

        using var response = await client.PostTextAsync(
            "Boats for Elbonia\n\nGenovia delivered two patrol boats to Elbonia, the navy said on Monday.\n");
        var (id, page) = await client.FollowToArticleAsync(response);

        var reason = $"The extractor failed on this article: {FailingExtractionFactory.Reason}";
        page.GetElementById("article-status")!.TextContent.Should().Be($"Stored without claims. {reason}");
        page.QuerySelector(".extraction-failed p")!.Squish().Should().Be(reason);
        page.QuerySelector(".extraction-failed")!.TextContent.Should().NotContain(nameof(InvalidOperationException));
        var stored = await factory.QueryAsync(db => db.Articles
            .Where(a => a.Id == id).Select(a => new { a.Text, a.ExtractionError }).SingleAsync());
        stored.Text.Should().StartWith("Boats for Elbonia");
        stored.ExtractionError.Should().Be(reason);
    }
}

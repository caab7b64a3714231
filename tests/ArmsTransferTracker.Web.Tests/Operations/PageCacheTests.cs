using System.Net;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Operations;

/// <summary>
/// The list, claim and search pages are kept for readers who are not signed in, and every change shows on the very next
/// request: an import, an editor's status, an article's deletion.
/// </summary>
public sealed class PageCacheTests : IAsyncLifetime
{
    private readonly QueryCountingFactory _factory = new();

    public async Task InitializeAsync() => await _factory.StoreAsync(Samples.ArticleA(), "freedonia-a.txt");

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    [Theory]
    [InlineData("/")]
    [InlineData("/?supplier=Freedonia&sort=sources")]
    [InlineData("/search?q=drones")]
    public async Task A_page_asked_for_again_costs_one_query_the_data_versions(string url)
    {
        var client = _factory.CreateClient();
        var first = await _factory.CountAsync(() => client.GetAsync(url));

        var again = await _factory.CountAsync(() => client.GetAsync(url));

        first.Should().BeGreaterThan(1);
        again.Should().Be(1, "the page is kept under the data version, which is all a request then reads");
    }

    [Fact]
    public async Task An_import_shows_at_once_on_the_list_and_in_a_search()
    {
        var client = _factory.CreateClient();
        const string List = "/?supplier=Freedonia";
        var listBefore = await client.GetDocumentAsync(List);
        var searchBefore = await client.GetDocumentAsync("/search?q=shells");
        (await client.GetDocumentAsync(List)).QuerySelectorAll("li.claim").Should().HaveCount(1, "a page kept is still right");

        await _factory.StoreAsync(Samples.ArticleB(), "marxonia-b.txt");

        listBefore.QuerySelectorAll("li.claim").Should().HaveCount(1);
        searchBefore.QuerySelectorAll("li.card").Should().BeEmpty();
        (await client.GetDocumentAsync(List)).QuerySelectorAll("li.claim").Should().HaveCount(2);
        (await client.GetDocumentAsync("/search?q=shells")).QuerySelectorAll("li.card").Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_editors_status_shows_at_once_to_a_reader_and_the_editors_forms_never_do()
    {
        var reader = _factory.CreateClient();
        var id = await _factory.QueryAsync(db =>
            db.Claims.Where(c => c.Supplier.Name == Samples.Freedonia).Select(c => c.Id).SingleAsync());
        var url = $"/claims/{id}";
        var before = await reader.GetDocumentAsync(url);
        var editor = await _factory.SignedInAsync(Roles.Editor);

        var form = (IHtmlFormElement)(await editor.GetDocumentAsync(url)).QuerySelector("form.override-status")!;
        using var saved = await editor.SubmitAsync(form, url,
            new Dictionary<string, string> { ["Input.Status"] = "Denied", ["Input.Reason"] = "Both governments denied it" });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        Status(before).Should().Be("contested");
        var after = await reader.GetDocumentAsync(url);
        Status(after).Should().Be("denied");
        after.QuerySelector("form.override-status").Should().BeNull("a reader is not served the page an editor was");
        Status((await reader.GetDocumentAsync("/?supplier=Freedonia")).QuerySelector("li.claim")!).Should().Be("denied");
    }

    [Fact]
    public async Task A_deleted_article_leaves_a_search_at_once()
    {
        var client = _factory.CreateClient();
        (await client.GetDocumentAsync("/search?q=embassy&type=articles")).QuerySelectorAll("li.card.article").Should().HaveCount(1);

        await _factory.QueryAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.FileName == "freedonia-a.txt")).Delete(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        (await client.GetDocumentAsync("/search?q=embassy&type=articles")).QuerySelectorAll("li.card.article").Should().BeEmpty();
    }

    [Fact]
    public async Task A_signed_in_users_pages_are_never_kept()
    {
        var editor = await _factory.SignedInAsync(Roles.Editor);
        (await editor.GetAsync("/")).EnsureSuccessStatusCode();

        var again = await _factory.CountAsync(() => editor.GetAsync("/"));

        again.Should().BeGreaterThan(1, "the page is read from the database again, not served as kept");
    }

    private static string Status(AngleSharp.Dom.IParentNode page) => page.QuerySelector(".claim-status")!.TextContent;
}

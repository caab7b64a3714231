using System.Net;
using System.Text;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Pages.Import;

/// <summary>
/// With a 64 KB limit: just over it is refused by the importer with a message naming the limit; far over it is cut off
/// early and leads back to the form with a message naming the limit, still without a 500.
/// </summary>
public sealed class ImportFormSizeLimitTests(SmallLimitFactory factory) : IClassFixture<SmallLimitFactory>
{
    private static Upload Sized(string fileName, int bytes) =>
        new(fileName, Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Arms went east by night. ", (bytes / 25) + 1)))[..bytes]);

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_a_message_naming_the_limit()
    {
        var before = await factory.CountAsync();

        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostFilesAsync(Sized("big.txt", 65 * 1024));

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-files-error")!.TextContent.Should().Be(
            "big.txt was not imported: it is 65 KB, over the 64 KB limit; "
            + "accepted: plain text (.txt) or HTML (.html, .htm) articles in UTF-8, UTF-16 or Windows-1252 up to 64 KB.");
        page.GetElementById("import-files-hint")!.TextContent.Should().Contain("up to 64 KB each");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Pasted_text_over_the_limit_is_refused_with_a_message_naming_the_limit()
    {
        var before = await factory.CountAsync();

        using var response = await (await factory.SignedInAsync(Roles.Contributor))
            .PostTextAsync(Encoding.ASCII.GetString(Sized("x.txt", 65 * 1024).Bytes));

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-text-error")!.TextContent
            .Should().StartWith("The pasted text was not imported: it is 65 KB, over the 64 KB limit");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_file_far_over_the_limit_leads_back_to_the_form_with_a_message_naming_the_limit_and_stores_nothing()
    {
        var before = await factory.CountAsync();
        var client = await factory.SignedInAsync(Roles.Contributor);

        // Twice the limit plus 1 MB is read (ImportRequestLimits.PartLimit); this is more.
        using var response = await client.PostFilesAsync(Sized("huge.txt", 1280 * 1024));

        var page = await FollowToFormAsync(client, response);
        page.GetElementById("import-files-error")!.TextContent.Should().Be(
            "Nothing was imported: the upload is far larger than the 64 KB limit for each file (at most 20 files at once).");
        page.GetElementById("import-text-error").Should().BeNull();
        (await factory.CountAsync()).Should().Be(before);
        (await client.GetDocumentAsync("/import")).GetElementById("import-files-error").Should().BeNull("the message is shown once");
    }

    [Fact]
    public async Task Pasted_text_far_over_the_limit_leads_back_to_the_form_with_a_message_at_the_text_box()
    {
        var before = await factory.CountAsync();
        var client = await factory.SignedInAsync(Roles.Contributor);

        using var response = await client.PostTextAsync(Encoding.ASCII.GetString(Sized("x.txt", 1280 * 1024).Bytes));

        var page = await FollowToFormAsync(client, response);
        page.GetElementById("import-text-error")!.TextContent.Should().StartWith("Nothing was imported:").And.Contain("64 KB limit");
        page.GetElementById("import-files-error").Should().BeNull();
        (await factory.CountAsync()).Should().Be(before);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> FollowToFormAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the form cannot be answered in place: its token was never read");
        response.Headers.Location!.OriginalString.Should().Be("/import");
        return await client.GetDocumentAsync("/import");
    }
}

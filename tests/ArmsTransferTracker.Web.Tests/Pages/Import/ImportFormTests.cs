using System.Net;
using ArmsTransferTracker.Web.Accounts;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Web.Tests.Import;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Import;

public sealed class ImportFormTests(ImportFactory factory, LoopbackSite site) : IClassFixture<ImportFactory>, IClassFixture<LoopbackSite>
{
    [Fact]
    public async Task The_page_offers_three_labelled_forms_each_with_its_antiforgery_token()
    {
        var page = await (await factory.SignedInAsync(Roles.Contributor)).GetDocumentAsync("/import");

        var forms = page.QuerySelectorAll("main form").Cast<IHtmlFormElement>().ToList();
        forms.Select(f => f.QuerySelector("legend")!.TextContent).Should().Equal("Upload files", "Paste text", "Import from a web address");
        forms.Should().AllSatisfy(f =>
        {
            f.Method.Should().Be("post");
            f.QuerySelector($"input[name={ImportForms.Token}]")!.GetAttribute("value").Should().NotBeNullOrWhiteSpace();
        });
        var files = page.QuerySelector<IHtmlInputElement>("input[type=file]")!;
        files.IsMultiple.Should().BeTrue();
        files.GetAttribute("accept").Should().Contain(".txt").And.Contain(".html").And.Contain(".htm");
        forms[0].GetAttribute("enctype").Should().Be("multipart/form-data");
        foreach (var input in page.QuerySelectorAll("input:not([type=hidden]), textarea"))
        {
            page.QuerySelectorAll($"label[for='{input.Id}']").Should().ContainSingle("every field has a label");
            page.GetElementById(input.GetAttribute("aria-describedby")!.Split(' ')[0])!.ClassList
                .Should().Contain("hint", "each field is described by its hint");
        }
        page.QuerySelector("nav a[href='/import']")!.GetAttribute("aria-current").Should().Be("page");
    }

    [Theory]
    [MemberData(nameof(Inputs.RefusedKeys), MemberType = typeof(Inputs))]
    public async Task A_refused_file_shows_the_form_again_with_what_was_wrong_and_stores_nothing(string key)
    {
        var input = Inputs.RefusedFiles[key];
        var before = await factory.CountAsync();

        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostFilesAsync(input.Upload);

        var page = await response.ReadRefusedFormAsync();
        var error = page.GetElementById("import-files-error")!;
        error.GetAttribute("role").Should().Be("alert");
        error.TextContent.Should().Contain(input.Upload.FileName)
            .And.Contain(input.Reason)
            .And.Contain("accepted: plain text (.txt) or HTML (.html, .htm)");
        page.GetElementById("import-files")!.GetAttribute("aria-describedby").Should().Contain("import-files-error");
        page.QuerySelectorAll("main form").Should().HaveCount(3);
        (await factory.CountAsync()).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(Inputs.AcceptedKeys), MemberType = typeof(Inputs))]
    public async Task An_accepted_file_is_imported_with_its_text_decoded_and_leads_to_its_article(string key)
    {
        var input = Inputs.AcceptedFiles[key];
        var client = (await factory.SignedInAsync(Roles.Contributor));
        var before = await factory.CountAsync();

        using var response = await client.PostFilesAsync(input.Upload);
        var (id, page) = await client.FollowToArticleAsync(response);

        page.GetElementById("article-status")!.TextContent.Should().Be("Imported with 0 claims.");
        page.QuerySelector(".article-text .text")!.TextContent.Should().Contain(input.Passage);
        var stored = await factory.QueryAsync(db => db.Articles
            .Where(a => a.Id == id).Select(a => new { a.Text, a.FileName }).SingleAsync());
        stored.Text.Should().Contain(input.Passage).And.NotContain("\uFEFF");
        stored.FileName.Should().Be(input.StoredName);
        (await factory.CountAsync()).Articles.Should().Be(before.Articles + 1);
    }

    [Fact]
    public async Task A_two_megabyte_single_line_imports_whole_with_a_shortened_title()
    {
        var client = (await factory.SignedInAsync(Roles.Contributor));

        using var response = await client.PostFilesAsync(Inputs.TwoMegabyteLine());
        var (id, page) = await client.FollowToArticleAsync(response);

        page.QuerySelector("h1")!.TextContent.Should().StartWith("Markovia flew crates").And.EndWith("…");
        (await factory.QueryAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Text.Length).SingleAsync()))
            .Should().BeGreaterThan(2_000_000);
    }

    [Fact]
    public async Task Pasted_text_over_the_form_readers_default_4_MB_value_limit_but_within_the_import_limit_is_imported()
    {
        var client = (await factory.SignedInAsync(Roles.Contributor));
        var text = "Howitzers for Vulgaria\n\n"
            + string.Concat(Enumerable.Repeat("Lugash towed howitzers to Vulgaria along the coast road, drivers said. ", 4_500_000 / 72));
        text.Length.Should().BeGreaterThan(4 * 1024 * 1024);

        using var response = await client.PostTextAsync(text);
        var (_, page) = await client.FollowToArticleAsync(response);

        page.QuerySelector("h1")!.TextContent.Should().Be("Howitzers for Vulgaria");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var before = await factory.CountAsync();
        var sneaky = Upload.Text("sneaky.txt", "Knives for Latveria\n\nKhemed sent knives to Latveria.\n");
        var content = new MultipartFormDataContent { { sneaky.ToContent(), "Input.Files", "sneaky.txt" } };

        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostAsync("/import?handler=Files", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_empty_file_field_asks_for_a_file()
    {
        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostNoFileAsync();

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-files-error")!.TextContent.Should().StartWith("Choose one or more files to upload");
        page.GetElementById("import-files")!.GetAttribute("aria-invalid").Should().Be("true");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t  ")]
    public async Task Blank_pasted_text_asks_for_text_and_stores_nothing(string text)
    {
        var before = await factory.CountAsync();

        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostTextAsync(text);

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-text-error")!.TextContent.Should().Be("Paste the article's text; the box is empty.");
        page.GetElementById("import-text")!.GetAttribute("aria-describedby").Should().Be("import-text-hint import-text-error");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_blank_url_asks_for_an_address()
    {
        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostUrlAsync("  ");

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-url-error")!.TextContent.Should().Contain("Enter the article's address")
            .And.Contain("http:// or https://");
    }

    [Fact]
    public async Task Pasted_text_is_imported_and_leads_to_its_article()
    {
        var client = (await factory.SignedInAsync(Roles.Contributor));
        const string Text = "Mortars for Carpania\n\nOstrovia handed forty mortars to Carpania at the border, a general said.\n";

        using var response = await client.PostTextAsync(Text);
        var (id, page) = await client.FollowToArticleAsync(response);

        page.GetElementById("article-status")!.TextContent.Should().Be("Imported with 0 claims.");
        page.QuerySelector("h1")!.TextContent.Should().Be("Mortars for Carpania");
        (await factory.QueryAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Text).SingleAsync()))
            .Should().Contain("Ostrovia handed forty mortars to Carpania");
    }

    [Fact]
    public async Task The_same_bytes_twice_say_already_imported_and_lead_to_the_existing_article()
    {
        var client = (await factory.SignedInAsync(Roles.Contributor));
        var upload = Upload.Text("twice.txt", "Jets for Kirovia\n\nValdonia delivered six jets to Kirovia, the air force said.\n");
        using var first = await client.PostFilesAsync(upload);
        var (firstId, _) = await client.FollowToArticleAsync(first);
        var before = await factory.CountAsync();

        using var second = await client.PostFilesAsync(upload with { FileName = "again.txt" });
        var (secondId, page) = await client.FollowToArticleAsync(second);

        secondId.Should().Be(firstId);
        page.GetElementById("article-status")!.TextContent.Should().Be("Already imported: nothing was added.");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_status_message_is_shown_once()
    {
        var client = (await factory.SignedInAsync(Roles.Contributor));
        using var response = await client.PostTextAsync(
            "Drones for Osterlich\n\nMaxonia gave ten drones to Osterlich, the ministry said.\n");
        var (id, _) = await client.FollowToArticleAsync(response);

        var again = await client.GetDocumentAsync($"/articles/{id}");

        again.GetElementById("article-status").Should().BeNull();
    }

    [Fact]
    public async Task Several_files_are_summarised_each_with_its_outcome_and_article()
    {
        var client = (await factory.SignedInAsync(Roles.Contributor));
        var known = Upload.Text(
            "known.txt", "Shells for Grand Fenwick\n\nTomania sold artillery shells to Grand Fenwick, an official said.\n");
        using (var first = await client.PostFilesAsync(known))
        {
            await client.FollowToArticleAsync(first);
        }
        var knownId = await factory.QueryAsync(db => db.Articles.Where(a => a.FileName == "known.txt").Select(a => a.Id).SingleAsync());

        using var response = await client.PostFilesAsync(
            Upload.Text("fresh.txt", "Rockets for Bacteria\n\nNapaloni shipped rockets to Bacteria by sea, sailors said.\n"),
            Inputs.RefusedFiles["PNG renamed .txt"].Upload,
            known with { FileName = "known-again.txt" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ReadDocumentAsync();
        page.QuerySelector(".import-summary")!.GetAttribute("role").Should().Be("status");
        page.QuerySelector("#summary-heading")!.Squish().Should().Be(
            "3 files: 1 imported, 1 already imported, 1 refused", "a file found already imported added nothing");
        var rows = page.QuerySelectorAll("table.outcomes tbody tr");
        rows.Select(r => r.QuerySelector(".file")!.TextContent).Should().Equal("fresh.txt", "photo.txt", "known-again.txt");
        rows.Select(r => r.QuerySelector(".outcome")!.TextContent).Should().Equal("Imported", "Refused", "Already imported");
        rows[1].QuerySelector(".message")!.TextContent.Should().Contain("a PNG image");
        rows[1].QuerySelector(".article a").Should().BeNull();
        var freshId = await factory.QueryAsync(db => db.Articles.Where(a => a.FileName == "fresh.txt").Select(a => a.Id).SingleAsync());
        rows[0].QuerySelector(".article a")!.IdFromHref("/articles/").Should().Be(freshId);
        rows[2].QuerySelector(".article a")!.IdFromHref("/articles/").Should().Be(knownId);
    }

    [Fact]
    public async Task The_summary_names_each_stored_article_by_its_headline()
    {
        var client = await factory.SignedInAsync(Roles.Contributor);

        using var response = await client.PostFilesAsync(
            Upload.Text("draft-3-final.txt", "Mortars for Carpania\n\nOsterlich sent 40 mortars to Carpania, a customs officer said.\n"),
            Upload.Text("scan0042.txt", "Helicopters for Vulgaria\n\nKlopstokia leased two helicopters to Vulgaria, pilots said.\n"));

        var rows = (await response.ReadDocumentAsync()).QuerySelectorAll("table.outcomes tbody tr");
        rows.Select(r => r.QuerySelector(".file")!.TextContent).Should().Equal("draft-3-final.txt", "scan0042.txt");
        rows.Select(r => r.QuerySelector(".article a")!.TextContent).Should().Equal("Mortars for Carpania", "Helicopters for Vulgaria");
    }

    [Theory]
    [MemberData(nameof(Inputs.FailingUrls), MemberType = typeof(Inputs))]
    public async Task A_url_that_cannot_be_imported_shows_the_problem_and_stores_nothing(string path, string problem)
    {
        var before = await factory.CountAsync();

        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostUrlAsync(site.BaseUrl + path);

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-url-error")!.TextContent
            .Should().StartWith("The page was not imported: the page could not be fetched").And.Contain(problem);
        page.GetElementById("import-url")!.GetAttribute("value").Should().Be(site.BaseUrl + path);
        (await factory.CountAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData("ftp://example.org/story.txt")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    public async Task An_address_that_is_not_http_or_https_is_refused_with_its_own_message(string address)
    {
        var before = await factory.CountAsync();

        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostUrlAsync(address);

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-url-error")!.TextContent.Should().Be(
            $"The page was not imported: only http and https addresses can be imported, and \"{address}\" is not one. " +
            "Accepted: an http:// or https:// address of an HTML or plain-text article page.");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_url_the_name_resolver_refuses_is_refused_in_plain_words()
    {
        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostUrlAsync("http://0.0.0.0/news");

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-url-error")!.TextContent.Should()
            .StartWith("The page was not imported: the page could not be fetched: 0.0.0.0 is not the address of a server.")
            .And.NotContain("Parameter");
    }

    [Fact]
    public async Task A_file_of_a_refused_kind_is_refused_even_when_its_bytes_are_already_stored()
    {
        var client = await factory.SignedInAsync(Roles.Contributor);
        var story = Upload.Text("patrol-boats.txt", "Patrol boats for Freedonia\n\nSylvania sold three patrol boats to Freedonia.\n");
        using (var first = await client.PostFilesAsync(story))
        {
            await client.FollowToArticleAsync(first);
        }
        var before = await factory.CountAsync();

        using var response = await client.PostFilesAsync(story with { FileName = "patrol-boats.pdf", ContentType = "application/pdf" });

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-files-error")!.TextContent.Should()
            .StartWith("patrol-boats.pdf was not imported:").And.Contain("extension .pdf");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_url_that_works_is_imported_with_the_address_it_was_fetched_from()
    {
        var client = (await factory.SignedInAsync(Roles.Contributor));

        using var response = await client.PostUrlAsync(site.BaseUrl + "/moved");
        var (id, page) = await client.FollowToArticleAsync(response);

        page.QuerySelector("h1")!.TextContent.Should().Be("Drones reach Ethiopia");
        page.GetElementById("article-status")!.TextContent
            .Should().Be("Imported with 1 claim.", "the page tells Turkey → Ethiopia drones");
        var stored = await factory.QueryAsync(db => db.Articles
            .Where(a => a.Id == id).Select(a => new { a.Url, a.FileName }).SingleAsync());
        stored.Url.Should().Be(site.BaseUrl + "/article");
        stored.FileName.Should().Be("article.html");
    }

    [Fact]
    public async Task The_same_story_under_another_masthead_is_a_copy_linked_both_ways()
    {
        var client = (await factory.SignedInAsync(Roles.Contributor));
        const string Story =
            "Frigates for Nordvik\n\n" +
            "Westmark has agreed to transfer two frigates to Nordvik, the admiralty announced on Tuesday, in a deal that officials say " +
            "will double the size of Nordvik's navy. The ships will be refitted in Westmark's yards before they sail north next spring, " +
            "and crews from Nordvik will train aboard them for six months.\n";
        using var first = await client.PostTextAsync("THE WESTMARK HERALD\n\n" + Story);
        var (originalId, _) = await client.FollowToArticleAsync(first);

        using var second = await client.PostTextAsync("NORDVIK DAILY POST\n\n" + Story);
        var (copyId, copyPage) = await client.FollowToArticleAsync(second);

        copyId.Should().NotBe(originalId);
        copyPage.GetElementById("article-status")!.TextContent.Should().Contain("copy of an article already stored");
        copyPage.QuerySelector(".copy-of")!.TextContent.Should().StartWith("A copy of");
        copyPage.QuerySelector(".copy-of a")!.IdFromHref("/articles/").Should().Be(originalId);
        var original = await client.GetDocumentAsync($"/articles/{originalId}");
        original.QuerySelector(".copies")!.TextContent.Should().Contain("Also printed by:");
        original.QuerySelectorAll(".copies li a[href^='/articles/']").Should().ContainSingle()
            .Which.IdFromHref("/articles/").Should().Be(copyId);
        original.QuerySelector(".copy-of").Should().BeNull();
    }
}

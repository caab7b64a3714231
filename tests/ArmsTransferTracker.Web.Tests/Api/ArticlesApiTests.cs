using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Import;
using ArmsTransferTracker.Web.Tests.Pages.Import;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Api;

public sealed class ArticlesApiTests(ImportFactory factory, LoopbackSite site) : IClassFixture<ImportFactory>, IClassFixture<LoopbackSite>
{
    private const string Route = "/api/articles";

    /// <summary>Posts files as parts named "file", with no cookies and no antiforgery token.</summary>
    private async Task<Answer> PostFilesAsync(params Upload[] uploads)
    {
        var content = new MultipartFormDataContent();
        foreach (var upload in uploads)
        {
            content.Add(upload.ToContent(), "file", upload.FileName);
        }
        return await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor)).PostAsync(Route, content));
    }

    private async Task<Answer> PostJsonAsync(object body) =>
        await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor)).PostAsJsonAsync(Route, body));

    [Theory]
    [MemberData(nameof(Inputs.RefusedKeys), MemberType = typeof(Inputs))]
    public async Task A_refused_file_is_a_400_problem_saying_what_was_wrong_and_stores_nothing(string key)
    {
        var input = Inputs.RefusedFiles[key];
        var before = await factory.CountAsync();

        var answer = await PostFilesAsync(input.Upload);

        answer.ShouldBeProblem(HttpStatusCode.BadRequest, "The article was not imported");
        answer.Detail.Should().ContainEquivalentOf(input.Reason).And.Contain("accepted: plain text (.txt) or HTML (.html, .htm)");
        answer.Outcomes.Should().ContainSingle()
            .Which.Should().Be(new OutcomeJson(Path.GetFileName(input.Upload.FileName), "refused", null, null));
        (await factory.CountAsync()).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(Inputs.AcceptedKeys), MemberType = typeof(Inputs))]
    public async Task An_accepted_file_is_created_with_its_location_and_text_decoded(string key)
    {
        var input = Inputs.AcceptedFiles[key];

        var answer = await PostFilesAsync(input.Upload);

        answer.Status.Should().Be(HttpStatusCode.Created, answer.Body);
        var id = answer.ArticleIdFromLocation();
        answer.Outcomes.Should().Equal(new OutcomeJson(input.StoredName, "imported", id, $"/articles/{id}"));
        var stored = await factory.QueryAsync(db => db.Articles
            .Where(a => a.Id == id).Select(a => new { a.Text, a.FileName }).SingleAsync());
        stored.Text.Should().Contain(input.Passage).And.NotContain("\uFEFF");
        stored.FileName.Should().Be(input.StoredName);
    }

    [Fact]
    public async Task A_two_megabyte_single_line_is_created_whole()
    {
        var answer = await PostFilesAsync(Inputs.TwoMegabyteLine());

        answer.Status.Should().Be(HttpStatusCode.Created, answer.Body);
        var id = answer.ArticleIdFromLocation();
        (await factory.QueryAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Text.Length).SingleAsync()))
            .Should().BeGreaterThan(2_000_000);
    }

    [Fact]
    public async Task Json_text_is_created()
    {
        var answer = await PostJsonAsync(
            new { text = "Sniper rifles for Vulgaria\n\nLugash sent sniper rifles to Vulgaria, a police chief said.\n" });

        answer.Status.Should().Be(HttpStatusCode.Created, answer.Body);
        var id = answer.ArticleIdFromLocation();
        answer.Outcomes.Should().Equal(new OutcomeJson("pasted.txt", "imported", id, $"/articles/{id}"));
        answer.Json.GetProperty("outcomes")[0].GetProperty("message").GetString().Should().Be($"imported as article {id} with 0 claims");
        (await factory.QueryAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Headline).SingleAsync()))
            .Should().Be("Sniper rifles for Vulgaria");
    }

    [Fact]
    public async Task The_same_bytes_twice_answer_200_with_the_location_of_the_existing_article()
    {
        var upload = Upload.Text(
            "twice.txt", "Grenades for Freedonia\n\nSylvania passed crates of grenades to Freedonia's militia, reporters saw.\n");
        var first = await PostFilesAsync(upload);
        var id = first.ArticleIdFromLocation();
        var before = await factory.CountAsync();

        var second = await PostFilesAsync(upload with { FileName = "again.txt" });

        second.Status.Should().Be(HttpStatusCode.OK, second.Body);
        second.ArticleIdFromLocation().Should().Be(id);
        second.Outcomes.Should().Equal(new OutcomeJson("again.txt", "duplicate", id, $"/articles/{id}"));
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Several_files_all_stored_or_known_are_created_with_an_outcome_each()
    {
        var known = Upload.Text("known.txt", "Boats for Grand Fenwick\n\nTomania sold river boats to Grand Fenwick, an official said.\n");
        var knownId = (await PostFilesAsync(known)).ArticleIdFromLocation();

        var answer = await PostFilesAsync(
            Upload.Text("one.txt", "Missiles for Bacteria\n\nNapaloni shipped missiles to Bacteria by sea, sailors said.\n"),
            known with { FileName = "known-again.txt" },
            Upload.Text("two.txt", "Trucks for Moldavia\n\nMarkovia drove army trucks to Moldavia, villagers said.\n"));

        answer.Status.Should().Be(HttpStatusCode.Created, answer.Body);
        var ids = await factory.QueryAsync(db => db.Articles
            .Where(a => a.FileName == "one.txt" || a.FileName == "two.txt")
            .OrderBy(a => a.FileName)
            .Select(a => a.Id)
            .ToListAsync());
        answer.ArticleIdFromLocation().Should().Be(ids[0]);
        answer.Outcomes.Should().Equal(
            new OutcomeJson("one.txt", "imported", ids[0], $"/articles/{ids[0]}"),
            new OutcomeJson("known-again.txt", "duplicate", knownId, $"/articles/{knownId}"),
            new OutcomeJson("two.txt", "imported", ids[1], $"/articles/{ids[1]}"));
    }

    [Fact]
    public async Task Several_files_with_one_refused_are_a_400_problem_listing_what_was_stored()
    {
        var answer = await PostFilesAsync(
            Upload.Text("good.txt", "Helicopters for Kirovia\n\nValdonia flew four helicopters to Kirovia, the air force said.\n"),
            Inputs.RefusedFiles["PDF renamed .txt"].Upload);

        answer.ShouldBeProblem(HttpStatusCode.BadRequest, "1 of 2 files were not imported");
        answer.Detail.Should().StartWith("report.txt: The file is a PDF document, not text");
        var goodId = await factory.QueryAsync(db => db.Articles.Where(a => a.FileName == "good.txt").Select(a => a.Id).SingleAsync());
        answer.Outcomes.Should().Equal(
            new OutcomeJson("good.txt", "imported", goodId, $"/articles/{goodId}"),
            new OutcomeJson("report.txt", "refused", null, null));
    }

    [Theory]
    [InlineData("""{"text": "   \r\n\t "}""", "text", "\"text\" holds only white space")]
    [InlineData("""{}""", "text", "Neither \"text\" nor \"url\" was given")]
    [InlineData("""{"text": "A story", "url": "https://example.org/a"}""", "url", "Give either \"text\" or \"url\", not both")]
    [InlineData("""{"url": "ftp://example.org/a.txt"}""", "url", "Only http and https addresses can be imported")]
    [InlineData("""{"url": "file:///etc/passwd"}""", "url", "Only http and https addresses can be imported")]
    [InlineData("""{"url": "javascript:alert(1)"}""", "url", "Only http and https addresses can be imported")]
    [InlineData("""{"url": "example.org/news/1"}""", "url", "is not a complete web address: it starts with https:// or http://")]
    public async Task Json_without_one_usable_text_or_url_is_a_400_validation_problem(string json, string field, string detail)
    {
        var before = await factory.CountAsync();

        var answer = await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor))
            .PostAsync(Route, new StringContent(json, Encoding.UTF8, "application/json")));

        answer.ShouldBeProblem(HttpStatusCode.BadRequest, "The request holds nothing that can be imported");
        answer.Detail.Should().Contain(detail);
        answer.Json.GetProperty("errors").GetProperty(field)[0].GetString().Should().Contain(detail);
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var answer = await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor))
            .PostAsync(Route, new StringContent("{\"text\": ", Encoding.UTF8, "application/json")));

        answer.ShouldBeProblem(HttpStatusCode.BadRequest, "The JSON could not be read");
        answer.Detail.Should().Contain("Accepted: multipart/form-data");
    }

    [Theory]
    [InlineData("[1]", "The body must be one well-formed JSON object (line 1, character 2).")]
    [InlineData("\"an article\"", "The body must be one well-formed JSON object (line 1, character 13).")]
    [InlineData("""{"text": 5}""", "\"text\" must be a string in double quotes (line 1, character 11).")]
    [InlineData("""{"url": {"href": "https://example.org"}}""", "\"url\" must be a string in double quotes (line 1, character 10).")]
    public async Task Json_of_another_shape_is_a_400_problem_in_plain_words(string json, string problem)
    {
        var answer = await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor))
            .PostAsync(Route, new StringContent(json, Encoding.UTF8, "application/json")));

        answer.ShouldBeProblem(HttpStatusCode.BadRequest, "The JSON could not be read");
        answer.Detail.Should().StartWith(problem).And.NotContain("ImportRequest").And.NotContain("Path:").And.NotContain("LineNumber");
    }

    [Fact]
    public async Task A_url_the_name_resolver_refuses_is_a_422_problem_in_plain_words()
    {
        var answer = await PostJsonAsync(new { url = "http://0.0.0.0/news" });

        answer.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "The article was not imported");
        answer.Detail.Should().StartWith("The page could not be fetched: 0.0.0.0 is not the address of a server.")
            .And.NotContain("Parameter").And.NotContain("hostName");
    }

    [Fact]
    public async Task A_file_of_a_refused_kind_is_refused_even_when_its_bytes_are_already_stored()
    {
        var bytes = Encoding.UTF8.GetBytes("Radars for Molvania\n\nRuritania sold two radars to Molvania, its ministry said.\n");
        var stored = await PostFilesAsync(new Upload("radars.txt", bytes));
        stored.Status.Should().Be(HttpStatusCode.Created, stored.Body);

        var answer = await PostFilesAsync(new Upload("radars.exe", bytes, "application/octet-stream"));

        answer.ShouldBeProblem(HttpStatusCode.BadRequest, "The article was not imported");
        answer.Detail.Should().Contain("extension .exe");
        answer.Outcomes.Should().Equal(new OutcomeJson("radars.exe", "refused", null, null));
    }

    [Fact]
    public async Task Multipart_without_a_file_part_is_a_400_problem()
    {
        var content = new MultipartFormDataContent { { new StringContent("hello"), "note" } };

        var answer = await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor)).PostAsync(Route, content));

        answer.ShouldBeProblem(HttpStatusCode.BadRequest, "The request holds nothing that can be imported");
        answer.Detail.Should().Contain("There is no part named \"file\"");
    }

    [Fact]
    public async Task Another_content_type_is_a_415_problem_naming_what_is_accepted()
    {
        var answer = await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor))
            .PostAsync(Route, new StringContent("just text", Encoding.UTF8, "text/plain")));

        answer.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "Unsupported content type");
        answer.Detail.Should().Contain("text/plain").And.Contain("JSON {\"url\"");
    }

    [Theory]
    [MemberData(nameof(Inputs.FailingUrls), MemberType = typeof(Inputs))]
    public async Task A_url_that_cannot_be_fetched_is_a_422_problem_naming_the_problem_and_stores_nothing(string path, string problem)
    {
        var before = await factory.CountAsync();

        var answer = await PostJsonAsync(new { url = site.BaseUrl + path });

        answer.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "The article was not imported");
        answer.Detail.Should().StartWith("The page could not be fetched")
            .And.Contain(problem)
            .And.Contain("Accepted: an http:// or https:// address");
        answer.Outcomes.Should().ContainSingle().Which.Status.Should().Be("refused");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_url_that_works_is_created_with_the_address_it_was_fetched_from()
    {
        var answer = await PostJsonAsync(new { url = site.BaseUrl + "/article" });

        answer.Status.Should().Be(HttpStatusCode.Created, answer.Body);
        var id = answer.ArticleIdFromLocation();
        answer.Outcomes.Should().Equal(new OutcomeJson("article.html", "imported", id, $"/articles/{id}"));
        (await factory.QueryAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Url).SingleAsync()))
            .Should().Be(site.BaseUrl + "/article");
    }
}

/// <summary>One outcome of an API answer, as far as these tests compare it.</summary>
public sealed record OutcomeJson(string Name, string Status, int? ArticleId, string? Location);

/// <summary>An API answer: status, Location, and the JSON body.</summary>
public sealed record Answer(HttpStatusCode Status, Uri? Location, string? ContentType, string Body, JsonElement Json)
{
    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().NotBe(HttpStatusCode.InternalServerError, body);
            response.Content.Headers.ContentType?.MediaType.Should().BeOneOf(["application/json", "application/problem+json"], body);
            return new Answer(
                response.StatusCode,
                response.Headers.Location,
                response.Content.Headers.ContentType?.MediaType,
                body,
                JsonDocument.Parse(body).RootElement.Clone());
        }
    }

    public string? Detail => Json.TryGetProperty("detail", out var detail) ? detail.GetString() : null;

    public IReadOnlyList<OutcomeJson> Outcomes => Json.GetProperty("outcomes").EnumerateArray()
        .Select(o => new OutcomeJson(
            o.GetProperty("name").GetString()!,
            o.GetProperty("status").GetString()!,
            o.GetProperty("articleId").ValueKind == JsonValueKind.Null ? null : o.GetProperty("articleId").GetInt32(),
            o.GetProperty("location").GetString()))
        .ToList();

    public int ArticleIdFromLocation()
    {
        Location.Should().NotBeNull(Body);
        Location!.OriginalString.Should().MatchRegex(@"^/articles/\d+$");
        return int.Parse(Location.OriginalString["/articles/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void ShouldBeProblem(HttpStatusCode status, string title)
    {
        Status.Should().Be(status, Body);
        ContentType.Should().Be("application/problem+json");
        Json.GetProperty("status").GetInt32().Should().Be((int)status);
        Json.GetProperty("title").GetString().Should().Be(title);
        Detail.Should().NotBeNullOrWhiteSpace();
    }
}

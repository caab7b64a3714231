using System.Net;
using System.Net.Http.Json;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Api;
using ArmsTransferTracker.Web.Tests.Import;

namespace ArmsTransferTracker.Web.Tests.Pages.Import;

/// <summary>A page that never answers is refused after the fetch timeout, through the form and the API, storing nothing.</summary>
public sealed class SlowPageImportTests(ShortTimeoutFactory factory, LoopbackSite site)
    : IClassFixture<ShortTimeoutFactory>, IClassFixture<LoopbackSite>
{
    [Fact]
    public async Task The_form_shows_that_the_page_did_not_answer_in_time()
    {
        var before = await factory.CountAsync();

        using var response = await (await factory.SignedInAsync(Roles.Contributor)).PostUrlAsync(site.BaseUrl + "/slow");

        var page = await response.ReadRefusedFormAsync();
        page.GetElementById("import-url-error")!.TextContent.Should().Contain("did not answer within 2 seconds");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_api_answers_a_422_problem_saying_the_page_did_not_answer_in_time()
    {
        var before = await factory.CountAsync();

        var body = new { url = site.BaseUrl + "/slow" };
        var answer = await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor))
            .PostAsJsonAsync("/api/articles", body));

        answer.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "The article was not imported");
        answer.Detail.Should().Contain("did not answer within 2 seconds");
        (await factory.CountAsync()).Should().Be(before);
    }
}

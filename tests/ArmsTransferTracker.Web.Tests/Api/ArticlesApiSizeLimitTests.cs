using System.Net;
using System.Net.Http.Json;
using System.Text;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Pages.Import;

namespace ArmsTransferTracker.Web.Tests.Api;

/// <summary>With a 64 KB limit: just over it is a 400 naming the limit; far over it is a 413 problem; neither stores anything.</summary>
public sealed class ArticlesApiSizeLimitTests(SmallLimitFactory factory) : IClassFixture<SmallLimitFactory>
{
    private static byte[] Sized(int bytes) =>
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Arms went east by night. ", (bytes / 25) + 1)))[..bytes];

    private async Task<Answer> PostFileAsync(string fileName, byte[] bytes)
    {
        var content = new MultipartFormDataContent { { new Upload(fileName, bytes).ToContent(), "file", fileName } };
        return await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor)).PostAsync("/api/articles", content));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_400_problem_naming_the_limit()
    {
        var before = await factory.CountAsync();

        var answer = await PostFileAsync("big.txt", Sized(65 * 1024));

        answer.ShouldBeProblem(HttpStatusCode.BadRequest, "The article was not imported");
        answer.Detail.Should().StartWith("It is 65 KB, over the 64 KB limit").And.EndWith("up to 64 KB.");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Json_text_over_the_limit_is_a_400_problem_naming_the_limit()
    {
        var before = await factory.CountAsync();

        var answer = await Answer.ReadAsync(await (await factory.TokenClientAsync(Roles.Contributor))
            .PostAsJsonAsync("/api/articles", new { text = Encoding.ASCII.GetString(Sized(65 * 1024)) }));

        answer.ShouldBeProblem(HttpStatusCode.BadRequest, "The article was not imported");
        answer.Detail.Should().StartWith("It is 65 KB, over the 64 KB limit");
        (await factory.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_file_far_over_the_limit_is_a_413_problem()
    {
        var before = await factory.CountAsync();

        var answer = await PostFileAsync("huge.txt", Sized(1280 * 1024));

        answer.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "The request is too large");
        answer.Detail.Should().Contain("64 KB limit");
        (await factory.CountAsync()).Should().Be(before);
    }
}

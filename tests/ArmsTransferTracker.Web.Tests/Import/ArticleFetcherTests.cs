using System.Net;
using ArmsTransferTracker.Web.Import;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Tests.Import;

public class ArticleFetcherTests(LoopbackSite site) : IClassFixture<LoopbackSite>
{
    // A minute, so that no page that answers times out on a loaded machine; the page that never answers gets 2 s.
    private static ArticleFetcher Fetcher(bool allowPrivate = true, long maxBytes = 5 * 1024 * 1024, int timeoutSeconds = 60)
    {
        var settings = new ImportSettings
        {
            AllowPrivateAddresses = allowPrivate,
            FetchTimeoutSeconds = timeoutSeconds,
            MaxBytes = maxBytes,
        };
        return new ArticleFetcher(
            new HttpClient(ArticleFetcher.CreateHandler(settings)), Options.Create(settings), NullLogger<ArticleFetcher>.Instance);
    }

    [Fact]
    public async Task Article_page_is_fetched_with_its_bytes_content_type_and_address()
    {
        var result = await Fetcher().FetchAsync(site.BaseUrl + "/article", CancellationToken.None);

        result.Error.Should().BeNull();
        System.Text.Encoding.UTF8.GetString(result.Bytes!).Should().Be(LoopbackSite.ArticleHtml);
        result.ContentType.Should().StartWith("text/html");
        result.FinalUrl.Should().Be(new Uri(site.BaseUrl + "/article"));
    }

    [Fact]
    public async Task A_redirect_is_followed_and_the_final_address_kept()
    {
        var result = await Fetcher().FetchAsync(site.BaseUrl + "/moved", CancellationToken.None);

        result.Succeeded.Should().BeTrue(result.Error);
        result.FinalUrl!.AbsolutePath.Should().Be("/article");
    }

    [Fact]
    public async Task Endless_redirects_stop_after_five()
    {
        var result = await Fetcher().FetchAsync(site.BaseUrl + "/loop/0", CancellationToken.None);

        result.Error.Should().Contain("redirected more than 5 times");
    }

    [Theory]
    [InlineData("/missing", "404")]
    [InlineData("/broken", "500")]
    public async Task Error_answers_are_refused_with_their_status(string path, string status)
    {
        var result = await Fetcher().FetchAsync(site.BaseUrl + path, CancellationToken.None);

        result.Error.Should().Contain(status);
    }

    [Fact]
    public async Task An_image_is_refused_as_not_an_article()
    {
        var result = await Fetcher().FetchAsync(site.BaseUrl + "/image", CancellationToken.None);

        result.Error.Should().Contain("image/png").And.Contain("not an article");
    }

    [Fact]
    public async Task A_page_that_does_not_answer_in_time_is_refused_as_timed_out()
    {
        var result = await Fetcher(timeoutSeconds: 2).FetchAsync(site.BaseUrl + "/slow", CancellationToken.None);

        result.Error.Should().Contain("did not answer within 2 seconds");
    }

    [Fact]
    public async Task A_page_over_the_size_cap_is_refused()
    {
        var result = await Fetcher(maxBytes: 16 * 1024).FetchAsync(site.BaseUrl + "/huge", CancellationToken.None);

        result.Error.Should().Contain("larger than");
    }

    [Fact]
    public async Task Loopback_is_refused_unless_configuration_allows_it()
    {
        var result = await Fetcher(allowPrivate: false).FetchAsync(site.BaseUrl + "/article", CancellationToken.None);

        result.Error.Should().Contain("private network");
    }

    [Theory]
    [InlineData("ftp://example.com/story.txt", "only http and https addresses can be imported")]
    [InlineData("file:///etc/passwd", "only http and https addresses can be imported")]
    [InlineData("not a url", "is not a complete web address: it starts with https:// or http://")]
    public async Task Only_http_and_https_addresses_are_fetched(string address, string problem)
    {
        var result = await Fetcher().FetchAsync(address, CancellationToken.None);

        result.Error.Should().Contain(problem);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:4700::1111", true)]
    public void Private_loopback_and_link_local_addresses_are_not_public(string address, bool isPublic) =>
        ArticleFetcher.IsPublic(IPAddress.Parse(address)).Should().Be(isPublic);
}

using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;

namespace ArmsTransferTracker.Web.Tests.Finding;

/// <summary>The filters, sort and paging of the claim list at "/", all in the URL.</summary>
public sealed class ClaimListPageTests(FindingFactory factory) : IClassFixture<FindingFactory>
{
    private static List<int> Cards(IHtmlDocument document) =>
        [.. document.QuerySelectorAll("li.claim").Select(c => int.Parse(c.GetAttribute("data-claim-id")!, CultureInfo.InvariantCulture))];

    [Theory]
    [MemberData(nameof(FilterCases.Each), MemberType = typeof(FilterCases))]
    public async Task Each_filter_narrows_the_list_to_the_claims_it_names(string query, Claim[] expected)
    {
        var client = factory.CreateClient();
        var all = Cards(await client.GetDocumentAsync("/?pageSize=100"));

        var filtered = Cards(await client.GetDocumentAsync($"/?{query}&pageSize=100"));

        filtered.Intersect(factory.Ids.Values).Should().BeEquivalentTo(expected.Select(c => factory.Ids[c]));
        filtered.Count.Should().BeLessThan(all.Count);
    }

    [Fact]
    public async Task Sorts_by_latest_activity_or_by_number_of_independent_sources()
    {
        var client = factory.CreateClient();

        var byDate = Cards(await client.GetDocumentAsync("/?supplier=Ruritania"));
        var bySources = Cards(await client.GetDocumentAsync("/?supplier=Ruritania&sort=sources"));

        byDate.Should().Equal(factory.Ids[Claim.RuritaniaDrones], factory.Ids[Claim.RuritaniaJets]);
        bySources.Should().Equal(factory.Ids[Claim.RuritaniaJets], factory.Ids[Claim.RuritaniaDrones]);
    }

    [Fact]
    public async Task Page_links_keep_the_filters_and_the_form_shows_them()
    {
        var client = factory.CreateClient();

        var first = await client.GetDocumentAsync("/?supplier=Ruritania&sort=sources&pageSize=1");

        Cards(first).Should().Equal(factory.Ids[Claim.RuritaniaJets]);
        first.QuerySelector(".pager .total")!.TextContent.Should().Be("2");
        first.QuerySelector("a[rel=prev]").Should().BeNull();
        var form = (IHtmlFormElement)first.QuerySelector("form.claim-filters")!;
        form.Method.Should().BeEquivalentTo("get");
        ((IHtmlInputElement)form.QuerySelector("[name=supplier]")!).Value.Should().Be("Ruritania");
        ((IHtmlSelectElement)form.QuerySelector("[name=sort]")!).Value.Should().Be("sources");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        next.Should().Be("/?supplier=Ruritania&sort=sources&page=2&pageSize=1");

        var second = await client.GetDocumentAsync(next);

        Cards(second).Should().Equal(factory.Ids[Claim.RuritaniaDrones]);
        second.QuerySelector("a[rel=next]").Should().BeNull();
        second.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/?supplier=Ruritania&sort=sources&page=1&pageSize=1");
    }

    [Theory]
    [MemberData(nameof(FilterCases.Bad), MemberType = typeof(FilterCases))]
    public async Task A_bad_filter_value_is_a_400_page_saying_what_is_accepted(string query, string field, string hint)
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/?{query}", HttpStatusCode.BadRequest);

        document.QuerySelector($".filter-errors li[data-field={field}]")!.TextContent.Should().Contain(hint);
        document.QuerySelectorAll("li.claim").Should().BeEmpty();
        document.QuerySelector("form.claim-filters").Should().NotBeNull("the form stays, to mend the value");
    }

    [Fact]
    public async Task Filters_that_match_nothing_say_so()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/?supplier=Atlantis");

        document.QuerySelectorAll("li.claim").Should().BeEmpty();
        document.QuerySelector("p.empty")!.TextContent.Should().Contain("No claims match these filters");
    }
}

using System.Net;
using System.Text.Json;
using ArmsTransferTracker.Web.Tests.Finding;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;

namespace ArmsTransferTracker.Web.Tests.Api;

/// <summary>The read API: the claim list with the page's filters and paging, and one claim, article or actor.</summary>
public sealed class ReadApiTests(FindingFactory factory) : IClassFixture<FindingFactory>
{
    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, "GET {0} answered: {1}", url, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be(
            expected == HttpStatusCode.OK ? "application/json" : "application/problem+json");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<int> Ids(JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];

    [Theory]
    [MemberData(nameof(FilterCases.Each), MemberType = typeof(FilterCases))]
    public async Task Each_filter_narrows_the_claims_it_answers(string query, Claim[] expected)
    {
        var client = factory.CreateClient();
        var all = await GetJsonAsync(client, "/api/claims?pageSize=100");

        var filtered = await GetJsonAsync(client, $"/api/claims?{query}&pageSize=100");

        Ids(filtered).Intersect(factory.Ids.Values).Should().BeEquivalentTo(expected.Select(c => factory.Ids[c]));
        filtered.GetProperty("total").GetInt32().Should().Be(Ids(filtered).Count).And.BeLessThan(all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Each_claim_carries_its_parties_status_and_independent_sources()
    {
        var list = await GetJsonAsync(factory.CreateClient(), "/api/claims?supplier=Genovia&recipient=Latveria");

        var rifles = list.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
        rifles.GetProperty("id").GetInt32().Should().Be(factory.Ids[Claim.GenoviaRifles]);
        rifles.GetProperty("supplier").GetProperty("name").GetString().Should().Be(Genovia);
        rifles.GetProperty("recipient").GetProperty("name").GetString().Should().Be(Latveria);
        rifles.GetProperty("status").GetString().Should().Be("asserted");
        rifles.GetProperty("sources").GetProperty("supports").GetInt32().Should().Be(3);
        rifles.GetProperty("latest").GetString().Should().Be("2023-09-20");
        rifles.GetProperty("url").GetString().Should().Be($"/api/claims/{factory.Ids[Claim.GenoviaRifles]}");
    }

    [Fact]
    public async Task Sorts_by_latest_activity_or_by_number_of_independent_sources()
    {
        var client = factory.CreateClient();

        var byDate = Ids(await GetJsonAsync(client, "/api/claims?supplier=Ruritania&sort=latest"));
        var bySources = Ids(await GetJsonAsync(client, "/api/claims?supplier=Ruritania&sort=sources"));

        byDate.Should().Equal(factory.Ids[Claim.RuritaniaDrones], factory.Ids[Claim.RuritaniaJets]);
        bySources.Should().Equal(factory.Ids[Claim.RuritaniaJets], factory.Ids[Claim.RuritaniaDrones]);
    }

    [Fact]
    public async Task Pages_link_to_the_next_and_previous_with_the_same_filters()
    {
        var client = factory.CreateClient();

        var first = await GetJsonAsync(client, "/api/claims?supplier=Ruritania&pageSize=1");

        (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32(), first.GetProperty("total").GetInt32())
            .Should().Be((1, 1, 2));
        Ids(first).Should().Equal(factory.Ids[Claim.RuritaniaDrones]);
        first.GetProperty("prev").ValueKind.Should().Be(JsonValueKind.Null);
        var next = first.GetProperty("next").GetString()!;
        next.Should().Be("/api/claims?supplier=Ruritania&page=2&pageSize=1");

        var second = await GetJsonAsync(client, next);

        Ids(second).Should().Equal(factory.Ids[Claim.RuritaniaJets]);
        second.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        second.GetProperty("prev").GetString().Should().Be("/api/claims?supplier=Ruritania&page=1&pageSize=1");
    }

    [Theory]
    [MemberData(nameof(FilterCases.Bad), MemberType = typeof(FilterCases))]
    public async Task A_bad_filter_value_is_a_400_problem_naming_the_parameter(string query, string field, string hint)
    {
        var problem = await GetJsonAsync(factory.CreateClient(), $"/api/claims?{query}", HttpStatusCode.BadRequest);

        problem.GetProperty("title").GetString().Should().Be("The filters cannot be used");
        problem.GetProperty("errors").GetProperty(field)[0].GetString().Should().Contain(hint);
    }

    [Fact]
    public async Task A_claim_answers_with_its_stances_sources_and_quotes()
    {
        var id = factory.Ids[Claim.RuritaniaDrones];

        var claim = await GetJsonAsync(factory.CreateClient(), $"/api/claims/{id}");

        claim.GetProperty("status").GetString().Should().Be("contested");
        claim.GetProperty("category").GetString().Should().Be("drone");
        var stances = claim.GetProperty("stances").EnumerateArray().ToList();
        stances.Select(s => (s.GetProperty("actor").GetProperty("name").GetString(), s.GetProperty("stance").GetString()))
            .Should().Equal(("Colonel Zenda", "supports"), ("Latverian defence ministry", "denies"));
        stances[0].GetProperty("outlet").GetString().Should().Be("Ruritania Gazette");
        stances[0].GetProperty("quotes")[0].GetProperty("text").GetString()
            .Should().Be("Colonel Zenda spoke of drones from Ruritania to Latveria");
    }

    [Fact]
    public async Task An_article_answers_with_its_text_and_stances()
    {
        var client = factory.CreateClient();
        var stance = (await GetJsonAsync(client, $"/api/claims/{factory.Ids[Claim.GenoviaAirDefence]}")).GetProperty("stances")[0];

        var article = await GetJsonAsync(client, $"/api/articles/{stance.GetProperty("articleId").GetInt32()}");

        article.GetProperty("outlet").GetString().Should().Be("Genovia Post");
        article.GetProperty("publishedOn").GetString().Should().Be("2023-09-20");
        article.GetProperty("text").GetString().Should().Contain("Genovian officials spoke of air defence systems");
        article.GetProperty("stances").EnumerateArray().Select(s => s.GetProperty("claimId").GetInt32())
            .Should().BeEquivalentTo(
                [factory.Ids[Claim.GenoviaRifles], factory.Ids[Claim.GenoviaRifles], factory.Ids[Claim.GenoviaAirDefence]],
                "Pyle and Zenda speak of the rifles in it, the officials of air defence");
    }

    [Fact]
    public async Task An_actor_answers_with_its_names_and_stances()
    {
        var client = factory.CreateClient();
        var zenda = (await GetJsonAsync(client, $"/api/claims/{factory.Ids[Claim.RuritaniaDrones]}"))
            .GetProperty("stances")[0].GetProperty("actor").GetProperty("id").GetInt32();

        var actor = await GetJsonAsync(client, $"/api/actors/{zenda}");

        actor.GetProperty("name").GetString().Should().Be("Colonel Zenda");
        actor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("Zenda");
        actor.GetProperty("stances").EnumerateArray().Select(s => (s.GetProperty("claim").GetString(), s.GetProperty("stance").GetString()))
            .Should().BeEquivalentTo([
                ("Claim: Ruritania sent drones to Latveria", "supports"), ("Claim: Genovia sent rifles to Latveria", "supports")]);
    }

    [Theory]
    [InlineData("/api/claims/999999", "No such claim")]
    [InlineData("/api/articles/999999", "No such article")]
    [InlineData("/api/actors/999999", "No such actor")]
    [InlineData("/api/claims/abc", "No such claim")]
    [InlineData("/api/articles/1.5", "No such article")]
    [InlineData("/api/actors/-", "No such actor")]
    public async Task An_unknown_id_is_a_404_problem(string url, string title)
    {
        var problem = await GetJsonAsync(factory.CreateClient(), url, HttpStatusCode.NotFound);

        problem.GetProperty("title").GetString().Should().Be(title);
        problem.GetProperty("status").GetInt32().Should().Be(404);
    }
}

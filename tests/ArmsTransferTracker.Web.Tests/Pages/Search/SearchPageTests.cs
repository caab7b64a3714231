using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Pages.Search;

/// <summary>The search page on SQLite (FTS5); <see cref="PostgresSearchPageTests"/> runs the same on PostgreSQL.</summary>
public sealed class SearchPageTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public Task A_stemmed_word_finds_an_article_and_marks_the_matched_words() =>
        SearchScenarios.A_stemmed_word_finds_an_article_and_marks_the_matched_words(factory);

    [Fact]
    public Task A_claim_and_its_actors_are_found_by_name_and_role() =>
        SearchScenarios.A_claim_and_its_actors_are_found_by_name_and_role(factory);

    [Fact]
    public Task Queries_that_look_like_sql_or_search_syntax_find_the_words_in_them() =>
        SearchScenarios.Queries_that_look_like_sql_or_search_syntax_find_the_words_in_them(factory);

    [Fact]
    public Task A_passage_shows_the_stored_text_as_text_never_as_markup() =>
        SearchScenarios.A_passage_shows_the_stored_text_as_text_never_as_markup(factory);

    [Fact]
    public Task An_article_imported_while_the_app_runs_is_found_at_once() =>
        SearchScenarios.An_article_imported_while_the_app_runs_is_found_at_once(factory);

    [Fact]
    public Task Merging_an_actor_and_deleting_an_article_change_what_is_found() =>
        SearchScenarios.Merging_an_actor_and_deleting_an_article_change_what_is_found(factory);

    [Fact]
    public Task Many_matches_are_counted_and_paged() => SearchScenarios.Many_matches_are_counted_and_paged(factory);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("* - ()")]
    public async Task A_search_without_words_shows_the_form_alone(string query)
    {
        var page = await factory.SearchAsync(query);

        page.QuerySelector("form[role=search] input[name=q]")!.GetAttribute("value").Should().Be(query.Trim());
        page.QuerySelectorAll("section.found").Should().BeEmpty();
        page.QuerySelectorAll("p.empty").Should().HaveCount(query.Trim().Length > 0 ? 1 : 0);
    }

    [Fact]
    public async Task The_navigation_leads_to_the_search_page()
    {
        var home = await factory.CreateClient().GetDocumentAsync("/");

        var link = home.QuerySelector("nav[aria-label=Main] a[href='/search']");

        link!.TextContent.Should().Be("Search");
        (await factory.SearchAsync("drones")).QuerySelector("nav[aria-label=Main] a[aria-current=page]")!.TextContent.Should().Be("Search");
    }
}

using ArmsTransferTracker.Web.Tests.Infrastructure;

namespace ArmsTransferTracker.Web.Tests.Pages.Search;

/// <summary>The app on a database of its own on the test PostgreSQL server, shared by the tests of one class.</summary>
public sealed class PostgresSearchFixture() : PostgresApp;

/// <summary>The search page on PostgreSQL (tsvector, GIN, ts_headline): the same scenarios as on SQLite.</summary>
public sealed class PostgresSearchPageTests(PostgresSearchFixture fixture) : IClassFixture<PostgresSearchFixture>
{
    private PostgresTrackerFactory Factory => fixture.Factory;

    [PostgresFact]
    public Task A_stemmed_word_finds_an_article_and_marks_the_matched_words() =>
        SearchScenarios.A_stemmed_word_finds_an_article_and_marks_the_matched_words(Factory);

    [PostgresFact]
    public Task A_claim_and_its_actors_are_found_by_name_and_role() =>
        SearchScenarios.A_claim_and_its_actors_are_found_by_name_and_role(Factory);

    [PostgresFact]
    public Task Queries_that_look_like_sql_or_search_syntax_find_the_words_in_them() =>
        SearchScenarios.Queries_that_look_like_sql_or_search_syntax_find_the_words_in_them(Factory);

    [PostgresFact]
    public Task A_passage_shows_the_stored_text_as_text_never_as_markup() =>
        SearchScenarios.A_passage_shows_the_stored_text_as_text_never_as_markup(Factory);

    [PostgresFact]
    public Task An_article_imported_while_the_app_runs_is_found_at_once() =>
        SearchScenarios.An_article_imported_while_the_app_runs_is_found_at_once(Factory);

    [PostgresFact]
    public Task Merging_an_actor_and_deleting_an_article_change_what_is_found() =>
        SearchScenarios.Merging_an_actor_and_deleting_an_article_change_what_is_found(Factory);

    [PostgresFact]
    public Task Many_matches_are_counted_and_paged() => SearchScenarios.Many_matches_are_counted_and_paged(Factory);
}

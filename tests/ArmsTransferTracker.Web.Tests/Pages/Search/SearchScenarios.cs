using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages.Search;

/// <summary>
/// What the search page does, on whichever database the factory runs: SQLite's and PostgreSQL's classes run each of
/// these. Each scenario stores its own invented articles about its own invented states, so none finds another's.
/// </summary>
public static class SearchScenarios
{
    /// <summary>Searches like an anonymous reader and parses the page.</summary>
    public static Task<IHtmlDocument> SearchAsync(this TrackerFactory factory, string query, string? type = null) =>
        factory.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}{(type is null ? "" : $"&type={type}")}");

    /// <summary>The names of the items found of one kind, as the page shows them.</summary>
    public static List<string> Found(this IDocument page, string kind) => kind switch
    {
        "claims" => [.. page.QuerySelectorAll(".found-claims li.claim a.claim").Select(a => a.Squish())],
        "articles" => [.. page.QuerySelectorAll(".found-articles li.article h3").Select(h => h.Squish())],
        _ => [.. page.QuerySelectorAll(".found-actors li.actor a.actor").Select(a => a.Squish())],
    };

    public static async Task A_stemmed_word_finds_an_article_and_marks_the_matched_words(TrackerFactory factory)
    {
        await factory.StoreAsync(Article("Vulgaria arms Tomainia",
            "Vulgaria supplied howitzers to Tomainia last spring, the Osterlich Gazette reported."), "stemming.txt");

        var page = await factory.SearchAsync("supplying Vulgaria");

        page.Found("articles").Should().Equal("Vulgaria arms Tomainia");
        var snippet = page.QuerySelector(".found-articles li.article .snippet")!;
        snippet.QuerySelectorAll("mark").Select(m => m.TextContent).Should().Contain("supplied")
            .And.OnlyContain(word => word == "supplied" || word == "Vulgaria");
        snippet.Squish().Should().Contain("Vulgaria supplied howitzers to Tomainia");
    }

    public static async Task A_claim_and_its_actors_are_found_by_name_and_role(TrackerFactory factory)
    {
        await factory.StoreAsync(Article("Borduria and Syldavia",
            "Borduria shipped rocket launchers to Syldavia, General Plekszy-Gladz said.",
            new Claim("Borduria", "Syldavia", "rocket launchers", Categories.ArtilleryAmmunition,
                new ExtractedActor("Plekszy-Gladz", ActorKind.Person, "army chief of staff", "Borduria"))), "claim.txt");

        var byName = await factory.SearchAsync("Syldavia rocket");
        var byRole = await factory.SearchAsync("chief of staff");

        byName.Found("claims").Should().Equal("Claim: Borduria sent rocket launchers to Syldavia");
        byName.QuerySelector(".found-claims li.claim .claim-status")!.TextContent.Should().Be("asserted");
        byName.QuerySelector(".found-claims h2 .total")!.TextContent.Should().Be("(1)");
        (await factory.SearchAsync("Syldavia")).Found("actors").Should().Equal("Syldavia");
        byRole.Found("actors").Should().Equal("Plekszy-Gladz");
        byRole.QuerySelector(".found-actors li.actor .role")!.TextContent.Should().Be("army chief of staff");
    }

    /// <summary>Each is searched as the words in it: no error, no operator, nothing run.</summary>
    public static readonly string[] HostileQueries =
    [
        "\"Kreplachistan", "Kreplachistan\"", "Kreplachistan OR Osterlich", "NEAR(Kreplachistan", "Kreplachistan*", "-Kreplachistan",
        "Kreplachistan:", "(Kreplachistan)", "Kreplachistan'; DROP TABLE Articles; --", "Kreplachistan' OR '1'='1",
        "Kreplachistan AND NOT", "{Kreplachistan}", "Kreplachistan ^", "Kreplachistan \\", "Kreplachistan %", "Kreplachistan & !",
        "Kreplachistan <-> x", "Kreplachistan\u0000", "*", "\"", "'", "-", ":", "()", "NEAR(", "'; DROP TABLE Articles; --",
    ];

    public static async Task Queries_that_look_like_sql_or_search_syntax_find_the_words_in_them(TrackerFactory factory)
    {
        await factory.StoreAsync(Article("Kreplachistan buys tanks",
            "Kreplachistan bought tanks from Osterlich, or so its rivals said."), "hostile.txt");
        var client = factory.CreateClient();

        foreach (var query in HostileQueries)
        {
            using var response = await client.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.OK, "the search for {0} answers: {1}", query, body);
            body.Should().NotContain("An error occurred", query);
            if (query.Contains("Kreplachistan", StringComparison.Ordinal))
            {
                var page = await Html.GetDocumentAsync(client, $"/search?q={Uri.EscapeDataString(query)}");
                page.Found("articles").Should().BeSubsetOf(["Kreplachistan buys tanks"], query);
            }
        }
        // Every word must occur, as a word: neither "OR" nor "-" is an operator.
        foreach (var query in new[] { "\"Kreplachistan", "(Kreplachistan)", "Kreplachistan*", "-tanks Kreplachistan", "Kreplachistan:" })
        {
            (await factory.SearchAsync(query)).Found("articles").Should().Equal(["Kreplachistan buys tanks"], query);
        }
        (await factory.SearchAsync("Kreplachistan OR Zanzibar")).Found("articles").Should().BeEmpty();
        (await factory.QueryAsync(db => db.Articles.CountAsync(a => a.Headline == "Kreplachistan buys tanks"))).Should().Be(1);
    }

    public static async Task A_passage_shows_the_stored_text_as_text_never_as_markup(TrackerFactory factory)
    {
        await factory.StoreAsync(Article("Markup about Moldavia",
            "Moldavia <script>alert('Moldavia')</script> sent <b>bold</b> rifles & shells to Ruritania."), "markup.txt");

        var page = await factory.SearchAsync("Moldavia rifles");

        var snippet = page.QuerySelector(".found-articles li.article .snippet")!;
        snippet.Children.Select(c => c.LocalName).Should().OnlyContain(name => name == "mark", "only the matched words are markup");
        snippet.TextContent.Should().Contain("<script>alert('").And.Contain("<b>bold</b> rifles & shells");
        snippet.QuerySelectorAll("mark").Select(m => m.TextContent).Should().Contain(["Moldavia", "rifles"]);
    }

    public static async Task An_article_imported_while_the_app_runs_is_found_at_once(TrackerFactory factory)
    {
        (await factory.SearchAsync("Grand Fenwick")).Found("articles").Should().BeEmpty();

        await factory.StoreAsync(Article("Grand Fenwick sells longbows",
            "The Duchy of Grand Fenwick sold longbows to Tomainia.",
            new Claim("Grand Fenwick", "Tomainia", "longbows", Categories.SmallArms,
                new ExtractedActor("Duchy spokesman", ActorKind.Officials, null, "Grand Fenwick"))), "fenwick.txt");

        var page = await factory.SearchAsync("Grand Fenwick");
        page.Found("articles").Should().Equal("Grand Fenwick sells longbows");
        page.Found("claims").Should().Equal("Claim: Grand Fenwick sent longbows to Tomainia");
        page.Found("actors").Should().Equal("Grand Fenwick");
    }

    public static async Task Merging_an_actor_and_deleting_an_article_change_what_is_found(TrackerFactory factory)
    {
        var speaker = new ExtractedActor("Zembla officials", ActorKind.Officials, null, null);
        await factory.StoreAsync(Article("Republic of Zembla and drones", "The Republic of Zembla sent drones to Novistrana.",
            new Claim("Republic of Zembla", "Novistrana", "drones", Categories.Drone, speaker)), "zembla-1.txt");
        var rifles = await factory.StoreAsync(Article("Zembla and rifles", "Zembla sent rifles to Novistrana.",
            new Claim("Zembla", "Novistrana", "rifles", Categories.SmallArms, speaker)), "zembla-2.txt");
        var before = await factory.SearchAsync("Republic Zembla");
        before.Found("actors").Should().Equal("Republic of Zembla");
        before.Found("claims").Should().Equal("Claim: Republic of Zembla sent drones to Novistrana");
        var (merged, survivor) = await factory.QueryAsync(async db => (
            await db.Actors.Where(a => a.Name == "Republic of Zembla").Select(a => a.Id).SingleAsync(),
            await db.Actors.Where(a => a.Name == "Zembla").Select(a => a.Id).SingleAsync()));
        var editor = await factory.SignedInAsync(Roles.Editor);

        await PostAsync(editor, $"/actors/{merged}", "form.merge-actor", new() { ["Input.IntoName"] = "Zembla" });

        var after = await factory.SearchAsync("Republic Zembla");
        after.Found("actors").Should().Equal(["Zembla"], "the merged actor's name finds the actor it is now");
        after.QuerySelector(".found-actors a.actor")!.IdFromHref("/actors/").Should().Be(survivor);
        after.Found("claims").Should().BeEmpty("the claim names the survivor now");
        (await factory.SearchAsync("Zembla drones")).Found("claims").Should().Equal("Claim: Zembla sent drones to Novistrana");
        (await factory.SearchAsync("Zembla")).Found("actors").Should()
            .BeEquivalentTo(["Zembla", "Zembla officials"], "an actor is found once, by any of its names");

        await PostAsync(editor, $"/articles/{rifles.ArticleId}", "form.delete-article", new() { ["Input.Reason"] = "a test" });

        (await factory.SearchAsync("Zembla rifles")).Found("articles").Should().BeEmpty("a deleted article is not found");
    }

    public static async Task Many_matches_are_counted_and_paged(TrackerFactory factory)
    {
        for (var i = 1; i <= 23; i++)
        {
            await factory.StoreAsync(Article($"Dispatch {i} from Freedonia West",
                $"Westfreedonia sent crate {i} of mortars to Latveria West."), $"paging-{i}.txt");
        }

        var overview = await factory.SearchAsync("Westfreedonia");
        var first = await factory.SearchAsync("Westfreedonia", "articles");
        var next = first.QuerySelector(".found-articles a[rel=next]")!.GetAttribute("href")!;
        var second = await factory.CreateClient().GetDocumentAsync(next);

        overview.Found("articles").Should().HaveCount(5);
        overview.QuerySelector(".found-articles .more a")!.TextContent.Should().Be("All 23 articles");
        first.Found("articles").Should().HaveCount(20);
        first.QuerySelector(".found-articles .range")!.Squish().Should().Be("1 to 20 of 23 articles");
        first.QuerySelectorAll(".found-claims, .found-actors").Should().BeEmpty("the page shows articles alone");
        second.Found("articles").Should().HaveCount(3).And.NotIntersectWith(first.Found("articles"));
        second.QuerySelector(".found-articles a[rel=next]").Should().BeNull();
        second.QuerySelector(".found-articles a[rel=prev]")!.GetAttribute("href").Should().Be("/search?q=Westfreedonia&type=articles");
        first.Found("articles").Concat(second.Found("articles")).Should()
            .BeEquivalentTo(Enumerable.Range(1, 23).Select(i => $"Dispatch {i} from Freedonia West"));
    }

    private static async Task PostAsync(HttpClient editor, string url, string form, Dictionary<string, string> fields)
    {
        var page = await editor.GetDocumentAsync(url);
        using var response = await editor.SubmitAsync(
            page.QuerySelector(form) as IHtmlFormElement ?? throw new InvalidOperationException($"no {form} on {url}"), url, fields);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "{0} on {1} is saved", form, url);
    }

    /// <summary>A claim one actor supports, quoting the article's first sentence.</summary>
    private sealed record Claim(string Supplier, string Recipient, string Item, string Category, ExtractedActor Speaker);

    private static ExtractedArticle Article(string headline, string sentence, params Claim[] claims)
    {
        var text = $"{headline}\n\n{sentence}\n";
        return new ExtractedArticle(
            new ArticleDocument(new ArticleMetadata(headline, "Osterlich Gazette", null, null, new DateOnly(2025, 5, 1), [], null), text),
            [.. claims.Select(c => new ExtractedClaim(c.Supplier, c.Recipient, c.Item, c.Category, null,
                [new ExtractedStance(c.Speaker, StanceValue.Supports, [Samples.Span(text, sentence)])]))]);
    }
}

using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction.Tests.Reading;

public class HtmlReaderTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html><head>
          <title>Mortars reach Kenya | Harbour Wire</title>
          <meta property="og:title" content="Serbian mortars reach Kenya">
          <meta property="og:site_name" content="Harbour Wire">
          <meta property="article:published_time" content="2025-05-12T07:45:00Z">
          <link rel="canonical" href="https://harbourwire.example/world/mortars-kenya">
          <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Serbian mortars reach Kenya",
             "datePublished":"2025-05-12T07:45:00Z","author":[{"@type":"Person","name":"Tomas Lind"}],
             "publisher":{"@type":"Organization","name":"Harbour Wire"}}
          </script>
          <style>p { color: red }</style>
        </head><body>
          <nav><a href="/">Home</a><a href="/world">World news about missiles</a></nav>
          <div class="share-bar"><button>Share</button> Share this story on social media</div>
          <article>
            <h1>Serbian mortars reach Kenya</h1>
            <p class="byline">By Tomas Lind</p>
            <figure><img src="x.jpg"><figcaption>Crates on a quay. (Photo: Jane Roe)</figcaption></figure>
            <p>NAIROBI (Harbour Wire) — Serbia has shipped a fresh consignment of <b>mortar rounds</b> to Kenya, officials said.</p>
            <div class="ad-slot">Buy tanks now! Advertisement</div>
            <p>An army spokeswoman would not say whether the rounds had arrived.</p>
            <script>document.write("Iran sent missiles to Russia")</script>
            <aside class="related-articles"><ul><li>Iran sends drones to Russia</li></ul></aside>
          </article>
          <section id="comments"><p>Reader: fake news!</p></section>
          <footer>© Harbour Wire</footer>
        </body></html>
        """;

    private static ArticleDocument Read(string html) => new ArticleReader().Read(html, ContentKind.Html);

    [Fact]
    public void Metadata_comes_from_open_graph_json_ld_and_the_canonical_link()
    {
        var meta = Read(NewsPage).Metadata;

        meta.Headline.Should().Be("Serbian mortars reach Kenya");
        meta.Outlet.Should().Be("Harbour Wire");
        meta.Publisher.Should().Be("Harbour Wire");
        meta.Url.Should().Be("https://harbourwire.example/world/mortars-kenya");
        meta.Published.Should().Be(new DateOnly(2025, 5, 12));
        meta.Authors.Should().Equal("Tomas Lind");
    }

    [Fact]
    public void Text_keeps_the_story_paragraphs_and_drops_navigation_scripts_captions_ads_related_lists_and_comments()
    {
        var text = Read(NewsPage).Text;

        text.Should().Be(
            "Serbian mortars reach Kenya\n\n" +
            "NAIROBI (Harbour Wire) — Serbia has shipped a fresh consignment of mortar rounds to Kenya, officials said.\n\n" +
            "An army spokeswoman would not say whether the rounds had arrived.");
    }

    [Fact]
    public void Wire_credit_in_a_newspaper_page_makes_the_wire_the_outlet()
    {
        const string page = """
            <html><head><meta property="og:site_name" content="Valley Herald"><title>Shells reach Ukraine</title></head>
            <body><article><h1>Shells reach Ukraine</h1>
            <p>KYIV, Ukraine (Reuters) — Artillery shells arrived from abroad this week, officials said.</p></article></body></html>
            """;

        var meta = Read(page).Metadata;

        meta.Outlet.Should().Be("Reuters");
        meta.Publisher.Should().Be("Valley Herald");
    }

    [Fact]
    public void Reprint_line_in_the_page_names_the_outlet_apart_from_the_site()
    {
        const string page = """
            <html><head><meta property="og:site_name" content="Valley Herald"><title>Radars delivered</title></head>
            <body><main><h1>Radars delivered</h1><p>Norway delivered radars to Estonia on Monday, the ministry said.</p>
            <p>This article originally appeared in The Washington Post.</p></main></body></html>
            """;

        var document = Read(page);

        document.Metadata.Outlet.Should().Be("The Washington Post");
        document.Metadata.Publisher.Should().Be("Valley Herald");
        document.Text.Should().NotContain("originally appeared");
    }

    [Fact]
    public void Malformed_html_still_gives_its_text()
    {
        var document = Read("<html><body><p>Tanks were <b>shipped to Poland<p>by sea, officials said");

        document.Text.Should().Contain("Tanks were shipped to Poland").And.Contain("by sea, officials said");
    }

    [Theory]
    [InlineData("<html><body><section>Chile received tanks from Germany, officials said.<p>The tanks came by sea.</p></section>")]
    [InlineData("<html><body><article>Chile received tanks from Germany, officials said.<p>The tanks came by sea.</p></article>")]
    [InlineData("<html><body><table><tr><td>Chile received tanks from Germany, officials said.<br>The tanks came by sea.</td></tr>")]
    public void Text_a_section_an_article_or_a_table_cell_holds_directly_is_kept(string page)
    {
        var document = Read(page);

        document.Text.Should().Contain("Chile received tanks from Germany, officials said.").And.Contain("The tanks came by sea.");
    }

    [Fact]
    public void A_story_body_marked_on_an_inline_element_gives_each_paragraph_once()
    {
        var document = Read("<html><body><span itemprop=\"articleBody\"><p>Chile received tanks from Germany.</p>"
            + "<p>The tanks came by sea.</p></span></body></html>");

        document.Text.Split("The tanks came by sea.").Should().HaveCount(2, "the paragraph is read once");
    }

    [Fact]
    public void A_page_of_only_scripts_has_no_text()
    {
        Read("<html><head><script>var a = 1;</script></head><body><script>alert('x')</script></body></html>")
            .Text.Should().BeEmpty();
    }

    [Fact]
    public void Markup_in_text_is_never_passed_through_as_markup()
    {
        var text = Read("<html><body><p>Officials said &lt;script&gt;alert(1)&lt;/script&gt; nothing.</p></body></html>").Text;

        text.Should().Be("Officials said <script>alert(1)</script> nothing.",
            "entities decode to characters, which the pages encode again");
    }
    [Fact]
    public void Time_element_and_byline_element_give_the_date_and_authors_when_meta_tags_are_missing()
    {
        const string page = """
            <html><head><title>Tanks arrive | Valley Herald</title></head>
            <body><article><h1>Tanks arrive</h1>
            <div class="byline">By Ana Costa and Jonas Berg</div>
            <time datetime="2024-03-05T10:00:00+01:00">March 5</time>
            <p>Eight tanks arrived by rail on Monday, officials said.</p></article></body></html>
            """;

        var meta = Read(page).Metadata;

        meta.Published.Should().Be(new DateOnly(2024, 3, 5));
        meta.Authors.Should().Equal("Ana Costa", "Jonas Berg");
        meta.Headline.Should().Be("Tanks arrive");
    }

    [Fact]
    public void The_marked_byline_names_the_writers_before_the_credits_at_the_story_s_end()
    {
        const string page = """
            <html><head><title>Boats arrive | Valley Herald</title></head>
            <body><header><span class="byline">By Ana Costa</span></header>
            <article><h1>Boats arrive</h1>
            <p>Two patrol boats built in Turkey arrived at Tema on Monday, the Ghanaian navy said, the first of four ordered last year.</p>
            <p>(Reporting by Jonas Berg; Editing by Kwame Darko)</p></article></body></html>
            """;

        Read(page).Metadata.Authors.Should().Equal("Ana Costa");
    }

    [Fact]
    public void Byline_naming_another_outlet_makes_it_the_outlet_and_the_site_the_publisher()
    {
        const string page = """
            <html><head><meta property="og:site_name" content="Valley Herald"><title>Radars delivered</title></head>
            <body><article><h1>Radars delivered</h1><p class="byline">By Jane Doe, Associated Press</p>
            <p>Norway delivered radars to Estonia on Monday, the ministry said.</p></article></body></html>
            """;

        var meta = Read(page).Metadata;

        meta.Outlet.Should().Be("Associated Press");
        meta.Publisher.Should().Be("Valley Herald");
        meta.Authors.Should().Equal("Jane Doe");
    }

    [Fact]
    public void An_ap_credit_in_the_dateline_names_the_associated_press()
    {
        const string page = """
            <html><head><meta property="og:site_name" content="Valley Herald"></head>
            <body><main><p>WASHINGTON (AP) — The Pentagon said Tuesday it had sent more air defence interceptors to Israel.</p>
            """ + "</main></body></html>";

        Read(page).Metadata.Outlet.Should().Be("Associated Press");
    }
}

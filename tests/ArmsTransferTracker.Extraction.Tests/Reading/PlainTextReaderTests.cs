using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction.Tests.Reading;

public class PlainTextReaderTests
{
    // A paragraph long enough to be the story's first, under the lines a test puts over it.
    private const string StoryParagraph = "Ghana has bought two patrol boats from Turkey, the navy said on Monday, in a deal that "
        + "officials in Accra described as the largest purchase of naval equipment in a decade.";

    private static ArticleDocument ReadSeed(string name) =>
        new ArticleReader().Read(File.ReadAllText(TestData.Folder("seeds", name)), ContentKind.PlainText);

    [Fact]
    public void Repost_takes_its_url_outlet_and_date_from_the_read_more_on_original_line()
    {
        var meta = ReadSeed("000_f313b82a4e8a672a.txt").Metadata;

        meta.Url.Should().Be("https://www.washingtonpost.com/national-security/2024/09/10/blinken-russia-iran-ukraine-missiles/");
        meta.Outlet.Should().Be("The Washington Post");
        meta.Publisher.Should().Be("The Washington Post");
        meta.Published.Should().Be(new DateOnly(2024, 9, 10));
        meta.Authors.Should().BeEmpty();
        meta.Dateline.Should().Be("LONDON");
        meta.Headline.Should().BeNull("the re-post starts with its dateline, not a headline");
    }

    [Fact]
    public void Repost_text_drops_the_read_more_lines_and_keeps_every_paragraph()
    {
        var text = ReadSeed("000_f313b82a4e8a672a.txt").Text;

        text.Should().StartWith("LONDON — Iran has sent short-range ballistic missiles to Russia");
        text.Should().EndWith("the security relationship is a “two-way street.”");
        text.Should().NotContain("Read more on original").And.NotContain("https://");
        text.Split("\n\n").Should().HaveCount(10);
    }

    [Fact]
    public void Syndicated_story_names_the_writing_outlet_apart_from_the_printing_publisher()
    {
        var meta = ReadSeed("002_dcb606d69213b4bc.txt").Metadata;

        meta.Outlet.Should().Be("The New York Times");
        meta.Publisher.Should().Be("The Spokesman-Review");
        meta.Url.Should().BeNull();
        meta.Published.Should().BeNull("the article prints only weekdays, and a date is never guessed");
    }

    [Fact]
    public void Byline_gives_every_author_without_the_outlet_that_runs_on_after_the_last_name()
    {
        ReadSeed("002_dcb606d69213b4bc.txt").Metadata.Authors
            .Should().Equal("Steven Erlanger", "Julian E. Barnes", "Michael Crowley");
    }

    [Fact]
    public void Masthead_and_photo_caption_are_not_article_text_and_the_headline_leads_it()
    {
        var document = ReadSeed("002_dcb606d69213b4bc.txt");

        document.Metadata.Headline.Should().Be("Iran sent short-range missiles to Russia, Western officials say");
        document.Text.Should().StartWith(
            "Iran sent short-range missiles to Russia, Western officials say\n\nIran has sent short-range ballistic missiles");
        document.Text.Should().NotContainAny("Arrow-right", "Camera", "Spokesman-Review", "Est. May 19, 1883", "Bonnie Cash",
            "By Steven Erlanger");
        document.Text.Should().NotContain("This article originally appeared");
        document.Text.Should().EndWith("efforts to restrain Iran’s nuclear enrichment program.");
    }

    [Theory]
    [InlineData("OPINION", "Col Ana Ruiz (retd)")]
    [InlineData("OPINION | COLUMNISTS", "Ana Ruiz")]
    public void A_column_whose_byline_is_a_name_alone_over_its_date_is_by_that_writer(string label, string byline)
    {
        var document = PlainTextReader.Read(
            $"Lakeside Courier\n\n{label}\n\nGhana's new boats will not stop the smugglers\n\n{byline}\n\nTue 3 June 2025\n\n"
            + "Ghana has bought two patrol boats from Turkey, and I have watched the smugglers laugh at them from the quay at Tema.");

        document.Metadata.Authors.Should().Equal("Ana Ruiz");
        document.Metadata.Column.Should().BeTrue();
        document.Text.Should().NotContain("Ana Ruiz");
    }

    [Fact]
    public void A_review_is_by_its_reviewer_not_by_the_author_of_the_book_it_reviews()
    {
        var document = PlainTextReader.Read(
            "Lakeside Review of Books\n\nA colonel remembers the boats\n\nReviewed by Ama Owusu\n\nTue 3 June 2025\n\n"
            + "THE LONG QUAY: A Sailor's Account\nBy Col Kwame Darko (retd)\n\n"
            + "Darko writes that Ghana bought two patrol boats from Turkey in 2019, and the record bears him out.");

        document.Metadata.Authors.Should().Equal("Ama Owusu");
    }

    [Fact]
    public void A_story_without_a_byline_is_by_the_writers_its_closing_credits_name()
    {
        var document = PlainTextReader.Read(
            "Ghana buys patrol boats from Turkey\n\nACCRA, June 3 (Coastline Wire) - Ghana has bought two patrol boats from Turkey, "
            + "the navy said on Monday.\n\n(Reporting by Ama Owusu in Accra; Editing by Kwame Darko)\n\nShare this story");

        document.Metadata.Authors.Should().Equal("Ama Owusu");
    }

    [Theory]
    [InlineData("Accra, 3 June 2025 — Ghana has bought two patrol boats from Turkey, the navy said on Monday, in a deal that officials "
        + "described as the largest purchase of naval equipment in a decade, and the first of four vessels arrived at Tema.")]
    [InlineData("ACCRA, 3 June 2025 - Updated 16:10 GMT")]
    [InlineData("Broadcast 3 June 2025, 07:40 | Host: Kwame Mensah")]
    public void The_first_full_date_written_at_the_top_of_a_page_without_a_date_line_is_the_page_s(string line)
    {
        var document = PlainTextReader.Read(
            $"Ghana buys patrol boats from Turkey\n\n{line}\n\n"
            + StoryParagraph);

        document.Metadata.Published.Should().Be(new DateOnly(2025, 6, 3));
    }

    // What the outlet says of itself under its masthead, over a headline that shares too few words with the opening to be told
    // from a tagline by them.
    [Theory]
    [InlineData("Translations from the state media of West Africa")]
    [InlineData("English translations from the region's French-language press")]
    [InlineData("Translations and analysis from Ghana's messaging channels")]
    [InlineData("The Volta region's independent daily since 1987 | Ho - Keta - Aflao")]
    public void The_outlets_words_about_itself_are_not_the_headline(string tagline)
    {
        var document = PlainTextReader.Read($"VOLTA WIRE\n{tagline}\n\nAccra's new sea power\n\n" + StoryParagraph);

        document.Metadata.Headline.Should().Be("Accra's new sea power");
    }

    // A masthead, its menu and a cookie notice, then the section's name over a headline that shares too few words with the
    // opening to be told from a tagline by them.
    [Theory]
    [InlineData("Cookie notice: we use cookies to measure our audience. Accept | Settings")]
    [InlineData("Cookies: This site uses cookies to remember your choices. OK")]
    [InlineData("Cookie settings")]
    public void A_cookie_notice_under_its_label_is_not_the_headline(string notice)
    {
        var document = PlainTextReader.Read(
            $"Accra Courier\nGhana | Togo | World | Business\n{notice}\n\nWORLD\n\nAccra's new sea power\n\n" + StoryParagraph);

        document.Metadata.Headline.Should().Be("Accra's new sea power");
    }

    [Theory]
    [InlineData("We use cookies to improve your experience. [Accept] [Settings]")]
    [InlineData("(This story was translated automatically from the French original.)")]
    [InlineData("Live | Africa & the Middle East | Audio | Newsletters")]
    [InlineData("Published 3 hours ago · 4 min read")]
    [InlineData("THE LONG READ")]
    [InlineData("Independent news on West Africa and its coast")]
    [InlineData("West Africa's regional news service")]
    [InlineData("Defence & Security")]
    [InlineData("Politics › Election 2025")]
    [InlineData("News  Business  Sport  Culture | EN  FR")]
    [InlineData("Updated 08:15 GMT, Monday")]
    [InlineData("Last updated 19.40")]
    [InlineData("Search form")]
    [InlineData("You are here")]
    [InlineData("ACCRA COURIER Logo")]
    [InlineData("https://www.accracourier.example/world/2025/05/02/ghana-boats")]
    [InlineData("Permalink: https://accracourier.example/ghana-patrol-boats")]
    [InlineData("accracourier.example/world/2025/ghana-boats")]
    [InlineData("Breaking: Ghana's navy names the patrol boats' captains")]
    [InlineData("Weather: Accra 31C, showers for the navy's patrol boats")]
    public void A_line_of_page_chrome_over_the_headline_is_not_the_headline(string chrome)
    {
        var document = PlainTextReader.Read(
            $"{chrome}\n\nGhana buys patrol boats from Turkey\n\n"
            + StoryParagraph);

        document.Metadata.Headline.Should().Be("Ghana buys patrol boats from Turkey");
    }

    [Theory]
    [InlineData("Coverage of coasts, cargo and the sea lanes", "Ghana buys patrol boats from Turkey")]
    [InlineData("Newsletter sign-up: our Friday briefing, every week", "Ghana buys patrol boats from Turkey")]
    [InlineData("Radio Kintampo 101.3 FM – Tamale", "Ghana buys patrol boats from Turkey")]
    [InlineData("Subscribe from $3 a month", "A quiet harbour, busy again")]
    [InlineData("Sign in to keep reading", "A quiet harbour, busy again")]
    [InlineData("Support independent journalism from £2 a month", "A quiet harbour, busy again")]
    [InlineData("Support our reporting on the coast — Donate", "A quiet harbour, busy again")]
    [InlineData("Free trial: 30 days of Harbour Data Pro", "A quiet harbour, busy again")]
    public void A_tagline_or_a_call_to_subscribe_over_the_headline_is_not_the_headline(string siteLine, string headline)
    {
        var document = PlainTextReader.Read($"{siteLine}\n\n{headline}\n\n{StoryParagraph}");

        document.Metadata.Headline.Should().Be(headline);
    }

    [Fact]
    public void An_emailed_newsletter_s_subject_line_is_its_headline() =>
        PlainTextReader.Read(
                $"From: Harbour Notes <notes@harbour.example>\nSubject: Ghana buys patrol boats from Turkey\n\n{StoryParagraph}")
            .Metadata.Headline.Should().Be("Ghana buys patrol boats from Turkey");

    [Theory]
    [InlineData("Fish, votes and a quiet harbour", "Ghana's navy has bought patrol boats from Turkey, writes our coast correspondent.")]
    [InlineData("Live: the coast, hour by hour", "10:32 - Ghana buys patrol boats from Turkey")]
    public void A_headline_that_shares_few_words_with_the_story_stays_over_a_standfirst_or_a_live_entry(string headline, string next)
    {
        var document = PlainTextReader.Read($"{headline}\n\n{next}\n\n{StoryParagraph}");

        document.Metadata.Headline.Should().Be(headline);
    }

    [Fact]
    public void A_writer_s_name_run_into_the_page_s_stamp_is_the_writer_and_the_stamp_dates_the_page()
    {
        var document = PlainTextReader.Read(
            $"Ghana buys patrol boats from Turkey\n\nKwabena Ofori Published May 2, 2025 | 03:41 PM\n\n{StoryParagraph}");

        document.Metadata.Authors.Should().Equal("Kwabena Ofori");
        document.Metadata.Published.Should().Be(new DateOnly(2025, 5, 2));
        document.Text.Should().NotContain("Kwabena");
    }

    [Fact]
    public void A_short_headline_in_capitals_is_still_the_headline() =>
        PlainTextReader.Read($"Ghana Buys Turkish Boats\n\nThe navy's first new hulls in a decade\n\n{StoryParagraph}")
            .Metadata.Headline.Should().Be("Ghana Buys Turkish Boats");

    [Fact]
    public void A_name_alone_over_a_date_is_the_writer_but_makes_no_column_of_a_page_not_labelled_one()
    {
        var document = PlainTextReader.Read(
            "Lakeside Courier\n\nGhana buys patrol boats from Turkey\n\nAna Ruiz\n\nTue 3 June 2025\n\n"
            + "ACCRA — Ghana has bought two patrol boats from Turkey, the navy said on Monday.");

        document.Metadata.Authors.Should().Equal("Ana Ruiz");
        document.Metadata.Column.Should().BeFalse();
    }

    [Theory]
    [InlineData("Kwame Mensah, Accra | 3 June 2025", new[] { "Kwame Mensah" })]
    [InlineData("Kwame Mensah, Defence Correspondent", new[] { "Kwame Mensah" })]
    [InlineData("Kwame Mensah, Accra, and Lindiwe Dube, Harare", new[] { "Kwame Mensah", "Lindiwe Dube" })]
    [InlineData("Lakeside Courier staff, with reporting from Tema and Takoradi", new string[0])]
    public void A_line_of_names_under_the_headline_names_the_writers(string line, string[] writers)
    {
        var document = PlainTextReader.Read(
            $"Ghana buys patrol boats from Turkey\n\n{line}\n\n"
            + StoryParagraph);

        document.Metadata.Authors.Should().Equal(writers);
    }

    [Theory]
    [InlineData("Home > World > Africa")]
    [InlineData("News | Politics | Defence")]
    [InlineData("Africa › Sahel")]
    [InlineData("INVESTIGATIONS")]
    [InlineData("Politics · Defence · West Africa")]
    [InlineData("ANALYSIS | 11 MIN READ")]
    [InlineData("Gulf & Yemen | 3 March 2024")]
    [InlineData("Wednesday, May 21, 2025 | 10:42 GMT")]
    public void A_site_path_or_a_section_label_over_the_headline_is_page_furniture(string path)
    {
        var document = PlainTextReader.Read(
            $"Lakeside Courier\n\n{path}\n\nGhana buys patrol boats from Turkey\n\n"
            + "ACCRA — Ghana has bought two patrol boats from Turkey, the navy said on Monday.");

        document.Metadata.Headline.Should().Be("Ghana buys patrol boats from Turkey");
        document.Text.Should().NotContain(path);
    }

    [Theory]
    [InlineData("KARA-SU HERALD")]
    [InlineData("KARA SU HERALD — English Edition")]
    public void The_outlets_own_name_over_the_headline_is_no_headline_and_no_dateline(string masthead)
    {
        var document = PlainTextReader.Read(
            $"{masthead}\n\nGhana buys patrol boats from Turkey\n\nBy Ama Owusu\n\n"
            + "ACCRA — Ghana has bought two patrol boats from Turkey, the navy said on Monday.");

        document.Metadata.Headline.Should().Be("Ghana buys patrol boats from Turkey");
        document.Metadata.Authors.Should().Equal("Ama Owusu");
        document.Metadata.Dateline.Should().Be("ACCRA");
    }

    [Fact]
    public void A_place_alone_on_a_header_line_is_no_section_label()
    {
        var document = PlainTextReader.Read(
            "Lakeside Courier\n\nACCRA\n\nGhana buys patrol boats from Turkey\n\n"
            + "ACCRA — Ghana has bought two patrol boats from Turkey, the navy said on Monday.");

        document.Text.Split("ACCRA").Should().HaveCount(3, "the place's own line stays in the text beside the dateline");
    }

    [Fact]
    public void A_headline_that_names_its_site_after_a_sign_stays_the_headline()
    {
        var document = PlainTextReader.Read(
            "Ghana buys two patrol boats from Turkey for its navy | Lakeside Courier\n\nACCRA — Ghana has bought two patrol boats "
            + "from Turkey, the navy said on Monday.");

        document.Metadata.Headline.Should().StartWith("Ghana buys two patrol boats from Turkey");
    }

    [Fact]
    public void Wire_style_passage_reads_headline_byline_outlet_and_dated_dateline()
    {
        const string passage = """
            Ministry denies report of rifle shipments
            By Ana Costa and Jonas Berg, Harbour Wire

            LISBON, Portugal, March 4, 2025 (Harbour Wire) — The ministry denied on Tuesday that rifles had been shipped.
            """;

        var document = new ArticleReader().Read(passage, ContentKind.PlainText);

        document.Metadata.Headline.Should().Be("Ministry denies report of rifle shipments");
        document.Metadata.Authors.Should().Equal("Ana Costa", "Jonas Berg");
        document.Metadata.Outlet.Should().Be("Harbour Wire");
        document.Metadata.Publisher.Should().Be("Harbour Wire");
        document.Metadata.Published.Should().Be(new DateOnly(2025, 3, 4));
        document.Metadata.Dateline.Should().Be("LISBON");
        document.Text.Should().Be("Ministry denies report of rifle shipments\n\nLISBON, Portugal, March 4, 2025 (Harbour Wire) — The " +
            "ministry denied on Tuesday that rifles had been shipped.");
    }

    [Theory]
    [InlineData("By Lena Okafor | 9 May 2024 | 5 min read", 2024, 5, 9)]
    [InlineData("Published 3 December 2026 · 14 min read", 2026, 12, 3)]
    [InlineData("First published: 2 April 2024, 21:05 | Updated: 3 April 2024, 11:20", 2024, 4, 2)]
    [InlineData("Updated 17:05 CET, 27 February 2026", 2026, 2, 27)]
    [InlineData("Updated Thursday, March 6, 2025, 7:14 p.m.", 2025, 3, 6)]
    [InlineData("June 17, 2025 21:10 — updated June 18, 2025 07:45", 2025, 6, 17)]
    [InlineData("Region / 09.03.2024 / 17:25", 2024, 3, 9)]
    [InlineData("Salta, 19 November 2025", 2025, 11, 19)]
    [InlineData("TRIPOLI (Coastal Dispatch - 4th May, 2023)", 2023, 5, 4)]
    public void A_date_printed_on_a_line_at_the_top_of_the_page_is_the_date_of_publication(string line, int year, int month, int day)
    {
        var passage = $"Coastal Dispatch\n\nNorway delivers radars to Estonia\n\n{line}\n\nNorway delivered two radars to Estonia "
            + "on Monday, the ministry said, the first of four it has promised to send this year.";

        var meta = new ArticleReader().Read(passage, ContentKind.PlainText).Metadata;

        meta.Published.Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void A_dateline_with_the_day_before_the_month_gives_its_date()
    {
        const string passage = "BAMAKO, 2 March 2025 — Mali has received four helicopters from Russia, the government said.";

        var meta = new ArticleReader().Read(passage, ContentKind.PlainText).Metadata;

        meta.Published.Should().Be(new DateOnly(2025, 3, 2));
        meta.Dateline.Should().Be("BAMAKO");
    }

    [Fact]
    public void Outlet_line_without_headline_names_the_outlet_and_a_dateline_without_year_gives_no_date()
    {
        const string passage = "Coastal Dispatch\n\nOSLO, Feb. 4 — Norway delivered two radars to Estonia, the ministry said.";

        var meta = new ArticleReader().Read(passage, ContentKind.PlainText).Metadata;

        meta.Outlet.Should().Be("Coastal Dispatch");
        meta.Headline.Should().BeNull();
        meta.Published.Should().BeNull();
        meta.Dateline.Should().Be("OSLO");
    }

    [Fact]
    public void Wire_credit_in_the_dateline_makes_the_wire_the_outlet_and_the_paper_the_publisher()
    {
        const string passage = "Valley Herald\n\nKYIV, Ukraine (Reuters) — Drones arrived overnight, officials said.";

        var meta = new ArticleReader().Read(passage, ContentKind.PlainText).Metadata;

        meta.Outlet.Should().Be("Reuters");
        meta.Publisher.Should().Be("Valley Herald");
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_read_the_same_as_plain_lines()
    {
        const string unix = "Headline here today\n\nPARIS — France sent radars to Armenia, the ministry said on Monday.";
        var windows = "\uFEFF" + unix.Replace("\n", "\r\n");

        new ArticleReader().Read(windows, ContentKind.PlainText)
            .Should().BeEquivalentTo(new ArticleReader().Read(unix, ContentKind.PlainText));
    }

    [Fact]
    public void Pasted_paragraph_without_any_header_is_all_text()
    {
        const string pasted = "Officials said on Monday that Belarus had handed over dozens of tanks to Russia since the start of the " +
            "war, according to satellite images reviewed by analysts.";

        var document = new ArticleReader().Read(pasted, ContentKind.PlainText);

        document.Text.Should().Be(pasted);
        document.Metadata.Headline.Should().BeNull();
        document.Metadata.Outlet.Should().BeNull();
    }
}

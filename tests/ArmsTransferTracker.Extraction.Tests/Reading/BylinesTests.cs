using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction.Tests.Reading;

public class BylinesTests
{
    [Fact]
    public void Comma_before_an_outlet_name_separates_it_from_the_authors() =>
        Bylines.Parse("By Lena Okafor, Coastal Wire").Should().BeEquivalentTo(new Byline(["Lena Okafor"], "Coastal Wire"));

    [Fact]
    public void A_one_word_paper_name_ending_in_an_outlet_noun_is_not_taken_for_a_known_outlet() =>
        Bylines.Parse("By Tomáš Novák, Danube Times").Should().BeEquivalentTo(new Byline(["Tomáš Novák"], "Danube Times"));

    [Fact]
    public void Bar_separated_outlet_and_shouted_names_are_read() =>
        Bylines.Parse("By JANE DOE and JOHN ROE | Reuters").Should().BeEquivalentTo(new Byline(["Jane Doe", "John Roe"], "Reuters"));

    [Fact]
    public void Of_the_sections_after_a_bar_only_an_outlet_name_is_the_outlet() =>
        Bylines.Parse("By Ines Duarte | LISBON, Portugal | Tagus Evening Star | 4 May 2025")
            .Should().BeEquivalentTo(new Byline(["Ines Duarte"], "Tagus Evening Star"));

    [Fact]
    public void A_job_after_the_name_is_neither_an_author_nor_an_outlet() =>
        Bylines.Parse("By Tomas Reyes, Defence Correspondent").Should().BeEquivalentTo(new Byline(["Tomas Reyes"], null));

    [Fact]
    public void A_credit_to_partners_after_the_authors_is_no_outlet() =>
        Bylines.Parse("By Amal Haddad and Piet Smit, with the Harbour Files media network")
            .Should().BeEquivalentTo(new Byline(["Amal Haddad", "Piet Smit"], null));

    [Theory]
    [InlineData("By Amal Haddad in Beirut and Piet Smit in Pretoria", new[] { "Amal Haddad", "Piet Smit" })]
    [InlineData("Story by Lucía Ortega, with Tomas Berg in Oslo", new[] { "Lucía Ortega", "Tomas Berg" })]
    [InlineData("By Omar Haddad; additional reporting by Ines Duarte (Lisbon)", new[] { "Omar Haddad", "Ines Duarte" })]
    [InlineData("By Yusuf al-Harbi, Jeddah", new[] { "Yusuf al-Harbi" })]
    [InlineData("By Lena Okafor · 7 min read · 12 November 2024", new[] { "Lena Okafor" })]
    [InlineData("Author: Mirela Popa", new[] { "Mirela Popa" })]
    [InlineData("Reporter: Dimitri Vashadze | Editor: Lela Abashidze", new[] { "Dimitri Vashadze" })]
    [InlineData("August 25, 2026 | By Hiba Osman and Emre Kılınç", new[] { "Hiba Osman", "Emre Kılınç" })]
    [InlineData("Posted on 27 June 2025 by Marie Hoareau | 3 comments", new[] { "Marie Hoareau" })]
    [InlineData("Vikram Anand Rao | 28 January 2026", new[] { "Vikram Anand Rao" })]
    [InlineData("By Ama Owusu in Tamale, Northern Region", new[] { "Ama Owusu" })]
    [InlineData("By Ama Owusu, Foreign Desk", new[] { "Ama Owusu" })]
    [InlineData("By Ama Owusu and Kofi Boateng, Coastal Arms Observatory", new[] { "Ama Owusu", "Kofi Boateng" })]
    [InlineData("By Ama Owusu; additional reporting by Harbour News Agency", new[] { "Ama Owusu" })]
    [InlineData("Actualizado: 14 de agosto de 2025 | Por Lucía Quispe Mamani", new[] { "Lucía Quispe Mamani" })]
    [InlineData("Live coverage by Ama Owusu in Accra and Kofi Boateng in Lomé", new[] { "Ama Owusu", "Kofi Boateng" })]
    [InlineData("Posted by: Mirela Popa | 9 June 2026 - 17:48", new[] { "Mirela Popa" })]
    [InlineData("Hosts: Mirela Popa and Dimitri Vashadze · Guest: Dr. Lela Abashidze", new[] { "Mirela Popa", "Dimitri Vashadze" })]
    [InlineData("Broadcast 4 May 2026, 07:40 | Host: Lela Abashidze", new[] { "Lela Abashidze" })]
    [InlineData("Compiled by Mirela Popa and Kofi Boateng | 24.11.2024", new[] { "Mirela Popa", "Kofi Boateng" })]
    [InlineData("Answered by Lela Abashidze, foreign desk", new[] { "Lela Abashidze" })]
    [InlineData("Reviewed by Lela Abashidze", new[] { "Lela Abashidze" })]
    [InlineData("Presented by Mirela Popa | Newsreader: Kofi Boateng", new[] { "Mirela Popa", "Kofi Boateng" })]
    [InlineData("Reporting by Mirela Popa | Edited by Kofi Boateng", new[] { "Mirela Popa" })]
    [InlineData("4 May 2026 · 52 min · Hosted by Lela Abashidze", new[] { "Lela Abashidze" })]
    [InlineData("Presenter: Dimitri Vashadze", new[] { "Dimitri Vashadze" })]
    [InlineData("Live blog by Mirela Popa and Kofi Boateng", new[] { "Mirela Popa", "Kofi Boateng" })]
    [InlineData("Report date: 3 March 2025 | Analysts: Ama Owusu, Dimitri Vashadze", new[] { "Ama Owusu", "Dimitri Vashadze" })]
    public void Writers_are_read_apart_from_where_they_filed_from_and_the_words_that_credit_them(string line, string[] authors) =>
        Bylines.Parse(line)!.Authors.Should().Equal(authors);

    [Theory]
    [InlineData("(Reporting by Ana Ruiz in Quito and Tom Rudd in Lima; Writing by Lea Berg; Editing by Kwame Darko)",
        new[] { "Ana Ruiz", "Tom Rudd", "Lea Berg" })]
    [InlineData("(Reporting by Ana Ruiz; additional reporting by Tom Rudd in Lima; editing by Kwame Darko)",
        new[] { "Ana Ruiz", "Tom Rudd" })]
    [InlineData("(Reporting by Ana Ruiz; additional reporting by the Lima bureau)", new[] { "Ana Ruiz" })]
    [InlineData("(Editing by Kwame Darko)", new string[0])]
    [InlineData("(Reporting by the Quito newsroom, with agencies)", new string[0])]
    public void A_wire_story_s_closing_credits_name_its_reporters_and_writers_not_its_editors(string line, string[] writers) =>
        Bylines.CreditedAtTheEnd(line).Should().Equal(writers);

    [Theory]
    [InlineData("Ama Owusu, Kofi Boateng", new[] { "Ama Owusu", "Kofi Boateng" })]
    [InlineData("Ama Owusu, Kofi Boateng, Efua Mensah-Lind", new[] { "Ama Owusu", "Kofi Boateng", "Efua Mensah-Lind" })]
    [InlineData("Ama Owusu, Min-jun Park", new[] { "Ama Owusu", "Min-jun Park" })]
    [InlineData("Ama Owusu, Foreign Desk", new[] { "Ama Owusu" })]
    [InlineData("Ama Owusu, Parliamentary Correspondent", new[] { "Ama Owusu" })]
    [InlineData("Ama Owusu, Tamale", new[] { "Ama Owusu" })]
    [InlineData("Ama Pinto, Santo Antônio do Ermo", new[] { "Ama Pinto" })]
    [InlineData("Ama Owusu, Defence Correspondent", new[] { "Ama Owusu" })]
    public void A_line_of_names_alone_names_each_writer_listed_and_not_where_or_what_they_write(string line, string[] writers) =>
        Bylines.WritersAlone(line, "Coastline Wire").Should().Equal(writers);

    [Theory]
    [InlineData("Coastline Wire Staff")]
    [InlineData("NTS NTS.kp")]
    [InlineData("Tema — Coastline Wire — 3 June 2025")]
    public void A_line_of_capitalised_words_that_are_no_one_s_name_names_no_writer(string line) =>
        Bylines.WritersAlone(line, "Coastline Wire").Should().BeEmpty();

    [Fact]
    public void A_section_of_common_words_over_a_date_is_no_writer() =>
        Bylines.Parse("Field Investigations | South Sudan | 22 May 2026").Should().BeNull();

    [Fact]
    public void A_partner_credited_in_the_byline_is_no_outlet() =>
        Bylines.Parse("By Chen Mei; additional reporting by Harbour Wire")!.Outlet.Should().BeNull();

    [Theory]
    [InlineData("By the end of the year, the ministry said, 40 tanks had arrived.")]
    [InlineData("By March, Belarus had sent 40 tanks to Russia, officials said.")]
    public void A_sentence_starting_with_by_is_not_a_byline(string line)
    {
        Bylines.IsByline(line).Should().BeFalse();
        Bylines.Parse(line).Should().BeNull();
    }
}

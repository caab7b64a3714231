using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

public class AcronymsTests
{
    [Theory]
    [InlineData("Lawmakers were briefed by the National Intelligence Service (NIS) on Monday.", "NIS", "National Intelligence Service")]
    [InlineData("In 2020 the Defense Acquisition Program Administration (DAPA) signed the deal.", "DAPA",
        "Defense Acquisition Program Administration")]
    [InlineData("The Stockholm Institute for Arms Control (SIAC) counted the flights.", "SIAC", "Stockholm Institute for Arms Control")]
    [InlineData("The Agencia Andina de Prensa (AAP) carried the statement.", "AAP", "Agencia Andina de Prensa")]
    [InlineData("A statement from Joint-Staff Media Relations (JSMR) named the base.", "JSMR", "Joint-Staff Media Relations")]
    public void A_short_name_spelled_out_in_brackets_stands_for_the_words_whose_initials_it_takes(string text, string acronym,
        string name) =>
        Acronyms.Find(text).Should().Contain(acronym, name);

    [Theory]
    [InlineData("said the deputy chairman of the State Committee for National Security (GKNB) on Monday.", "GKNB",
        "State Committee for National Security")]
    [InlineData("A report by the Russian Foreign Intelligence Service (SVR) named Romania.", "SVR", "Russian Foreign Intelligence Service")]
    [InlineData("The Russian Foreign Intelligence Service (SVR) named Romania.", "SVR", "Russian Foreign Intelligence Service")]
    [InlineData("He was asked about Russia's Foreign Intelligence Service (SVR) and its report.", "SVR", "Foreign Intelligence Service")]
    public void A_short_name_in_another_language_stands_for_the_capitalised_words_after_the_article_or_a_possessive(string text,
        string acronym, string name) =>
        Acronyms.Find(text).Should().Contain(acronym, name);

    [Theory]
    [InlineData("Ha Noi (VVNA) - Vietnam received two patrol boats.")]
    [InlineData("Colombia accused the National Liberation Army (ELN) of buying rifles.")]
    public void Without_the_article_or_for_a_group_the_gazetteer_names_the_short_name_stands_for_nothing(string text) =>
        Acronyms.Find(text).Should().BeEmpty();

    [Theory]
    [InlineData("The Western Sahel Alliance, a coalition of exiled parties, met in Dakar. The WSA says the rifles came by road.", "WSA",
        "Western Sahel Alliance")]
    [InlineData("KTR English | Kestrel Television and Radio\n\nThe KTR has learned that the drones arrived.", "KTR",
        "Kestrel Television and Radio")]
    public void A_short_name_used_without_brackets_stands_for_the_name_written_in_the_story_with_its_initials(string text,
        string acronym, string name) =>
        Acronyms.Find(text).Should().Contain(acronym, name);

    [Theory]
    [InlineData("The Western Sahel Alliance met in Dakar. The WSO says the rifles came by road.")]
    [InlineData("Officials in Addis Ababa said the UAE had sent drones.")]
    public void A_short_name_whose_letters_no_name_of_the_story_begins_stands_for_nothing(string text) =>
        Acronyms.Find(text).Should().BeEmpty();

    [Fact]
    public void Brackets_whose_letters_are_not_the_initials_name_nothing() =>
        Acronyms.Find("The Ministry of Defence (Reuters) said nothing.").Should().BeEmpty();

    [Fact]
    public void The_stance_of_a_body_named_by_its_short_name_goes_to_its_full_name()
    {
        var article = TestData.Article(
            "Lawmakers were briefed by the Korean Intelligence Agency (KIA) on Monday.\n\n"
            + "The KIA said North Korea had shipped artillery shells to Russia.");

        ClaimPipeline.Extract(article).SelectMany(c => c.Stances).Select(s => s.Actor.Name)
            .Should().Contain("Korean Intelligence Agency");
    }

    [Fact]
    public void A_short_name_the_article_gives_to_a_body_of_its_own_names_no_armed_group_the_gazetteer_knows_by_it()
    {
        var article = TestData.Article(
            "Delegates of the Regional Security Forum (RSF) met in Nairobi on Monday.\n\n"
            + "Ethiopia has shipped rifles to the RSF, a diplomat said.");

        ClaimPipeline.Extract(article).Select(c => c.Recipient).Should().NotContain("Rapid Support Forces");
    }

    [Fact]
    public void A_source_cited_by_its_short_name_after_the_article_goes_by_its_full_name()
    {
        var article = TestData.Article(
            "Officers of the Estonian Internal Security Service (KAPO) met on Monday.\n\n"
            + "Finland has sent 60 drones to Estonia, according to the KAPO.");

        ClaimPipeline.Extract(article).SelectMany(c => c.Stances).Select(s => s.Actor.Name)
            .Should().Contain("Estonian Internal Security Service").And.NotContain("KAPO");
    }
}

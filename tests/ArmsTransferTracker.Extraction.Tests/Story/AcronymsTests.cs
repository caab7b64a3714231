using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

public class AcronymsTests
{
    [Theory]
    [InlineData("Lawmakers were briefed by the National Intelligence Service (NIS) on Monday.", "NIS", "National Intelligence Service")]
    [InlineData("In 2020 the Defense Acquisition Program Administration (DAPA) signed the deal.", "DAPA",
        "Defense Acquisition Program Administration")]
    [InlineData("The Stockholm Institute for Arms Control (SIAC) counted the flights.", "SIAC", "Stockholm Institute for Arms Control")]
    public void A_short_name_spelled_out_in_brackets_stands_for_the_words_whose_initials_it_takes(string text, string acronym,
        string name) =>
        Acronyms.Find(text).Should().Contain(acronym, name);

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
}

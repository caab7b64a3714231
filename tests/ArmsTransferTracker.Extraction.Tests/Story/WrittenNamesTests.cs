using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

public class WrittenNamesTests
{
    [Theory]
    [InlineData("The hearing opened with Marta Kowalczyk, an opposition MP. Kowalczyk said so.", "Kowalczyk", "Marta Kowalczyk")]
    [InlineData("Counsel for the defence, Advocate Johan du Toit SC, spoke. \"No,\" du Toit said.", "du Toit", "Johan du Toit")]
    [InlineData("Guest: Colonel (ret.) Jean-Marc Aubry Delorme, a consultant. Delorme: Yes.", "Delorme", "Jean-Marc Aubry Delorme")]
    [InlineData("Seoul's envoy, Park Ji-hoon, spoke first. Later Park said the shells stayed home.", "Park", "Park Ji-hoon")]
    [InlineData("Minister Chen Wei-lun took questions. Chen said no jets had arrived.", "Chen", "Chen Wei-lun")]
    [InlineData("Premier Tang Yuhao met the envoy. Tang said no jets had arrived.", "Tang", "Tang Yuhao")]
    public void A_surname_is_the_fullest_name_the_text_writes_with_it(string text, string surname, string fullest) =>
        WrittenNames.Fullest(text, surname).Should().Be(fullest);

    [Theory]
    [InlineData("Yet Kowalczyk said the shells went to Kyiv. Ms Kowalczyk repeated it.")]
    [InlineData("Minister Kowalczyk said so, and KOWALCZYKS agreed.")]
    [InlineData("Kowalczyk said so.\nOpposition Kowalczyk supporters agreed.")]
    [InlineData("Kowalczyk Anti-Drone Systems said so. Kowalczyk agreed.")]
    [InlineData("Kowalczyk Monday said so. Kowalczyk agreed.")]
    [InlineData("Kowalczyk Poland said so. Kowalczyk agreed.")]
    public void Words_before_the_surname_that_are_titles_or_common_words_are_no_given_name(string text) =>
        WrittenNames.Fullest(text, "Kowalczyk").Should().BeNull();
}

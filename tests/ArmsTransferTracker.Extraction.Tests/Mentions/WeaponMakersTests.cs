using ArmsTransferTracker.Extraction.Mentions;

namespace ArmsTransferTracker.Extraction.Tests.Mentions;

/// <summary>weapon-makers.txt: the state that makes a named model, as the tokenizer writes the model.</summary>
public class WeaponMakersTests
{
    [Theory]
    [InlineData("Su - 35", "Russia")]
    [InlineData("Rafale", "France")]
    [InlineData("Rafales", "France")]
    [InlineData("Bayraktar", "Turkey")]
    [InlineData("K9", "South Korea")]
    [InlineData("Storm Shadow", "United Kingdom")]
    [InlineData("Ka - 29", "Russia")]
    [InlineData("MQ - 9", "United States")]
    [InlineData("Fateh - 110", "Iran")]
    [InlineData("CH - 4", "China")]
    [InlineData("C - 390", "Brazil")]
    [InlineData("Kargu", "Turkey")]
    [InlineData("Spyder", "Israel")]
    [InlineData("Carl Gustaf", "Sweden")]
    [InlineData("JF - 17s", "Pakistan")]
    public void A_model_is_made_by_its_state(string model, string maker) =>
        Weapons.MakerOf(new WeaponMention(1, 1, Categories.OtherWeapons, false, model)).Should().Be(maker);

    [Theory]
    [InlineData("drones")]
    [InlineData("K90")]
    [InlineData("Patriotic")]
    public void A_word_that_names_no_model_has_no_maker(string text) =>
        Weapons.MakerOf(new WeaponMention(1, 1, Categories.OtherWeapons, false, text)).Should().BeNull();
}

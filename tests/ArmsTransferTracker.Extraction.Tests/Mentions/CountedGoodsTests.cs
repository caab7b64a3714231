namespace ArmsTransferTracker.Extraction.Tests.Mentions;

/// <summary>Goods counted by a number of their own, which makes each kind of a list a delivery of its own.</summary>
public class CountedGoodsTests
{
    [Theory]
    [InlineData("Slovakia shipped 12 T-64 tanks and some two thousand tonnes of ammunition to Ukraine.", "T-64,tanks,ammunition")]
    [InlineData("Serbia sold hundreds of rifles and dozens of mortars to Kenya.", "rifles,mortars")]
    [InlineData("Russia delivered Mi-17 helicopters and armoured vehicles to Mali.", "")]
    public void Goods_with_a_number_of_their_own_are_counted(string sentence, string counted)
    {
        var weapons = StageRun.Of(sentence).Readings.SelectMany(r => r.Mentions.Weapons).ToList();

        weapons.Where(w => w.Counted).Select(w => w.Text).Should().Equal(counted.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }
}

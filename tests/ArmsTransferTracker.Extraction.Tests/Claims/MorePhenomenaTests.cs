using ArmsTransferTracker.Extraction.Claims;
using ArmsTransferTracker.Extraction.Evaluation;

namespace ArmsTransferTracker.Extraction.Tests.Claims;

/// <summary>The rest of the extraction issue's phenomena, one passage each, in our own words.</summary>
public class MorePhenomenaTests
{
    private static readonly ClaimExtractor Extractor = new();

    private sealed record Found(string Supplier, string Recipient, string Category, string Actor, StanceValue Value);

    private static List<Found> Extract(string text, string? outlet = null) =>
        Extractor.Extract(TestData.Article(text, outlet))
            .SelectMany(c => c.Stances.Select(s => new Found(c.Supplier, c.Recipient, c.Category, s.Actor.Name, s.Value)))
            .ToList();

    private static void ShouldHave(List<Found> found, string supplier, string recipient, string actor, StanceValue value) =>
        found.Should().Contain(f => f.Supplier == supplier && f.Recipient == recipient && ActorMatching.SameActor(f.Actor, actor)
            && f.Value == value,
            $"{actor} should take the stance {value} on {supplier} -> {recipient}; found: {string.Join("; ", found)}");

    [Fact]
    public void Headline_of_the_form_speaker_colon_claim() =>
        ShouldHave(Extract("Kazakh minister: no weapons sent to Russia\n\nKazakhstan has not sent weapons to Russia, Defence Minister " +
            "Ruslan Temirov told lawmakers on Wednesday."),
            "Kazakhstan", "Russia", "Ruslan Temirov", StanceValue.Denies);

    [Fact]
    public void A_country_named_by_his_country() =>
        ShouldHave(Extract("Jordan's foreign minister, Ayman Haddad, said on Sunday that his country had never supplied weapons to Hamas."),
            "Jordan", "Hamas", "Ayman Haddad", StanceValue.Denies);

    [Fact]
    public void Smuggled_to_a_non_state_group() =>
        ShouldHave(Extract("Rwanda smuggled mortar shells across the border to M23 rebels, according to United Nations experts."),
            "Rwanda", "M23", "United Nations experts", StanceValue.Supports);

    [Fact]
    public void Lethal_aid_to_a_recipient() =>
        ShouldHave(Extract(
            "Estonia has sent lethal aid to Ukraine worth more than 1 percent of its economy, Prime Minister Kaja Rebane said."),
            "Estonia", "Ukraine", "Kaja Rebane", StanceValue.Supports);

    [Fact]
    public void Obtained_from_a_supplier() =>
        ShouldHave(Extract("The ELN guerrillas have obtained rifles and grenades from Venezuela, Colombia's police director, Gen. " +
            "Julio Rincón, told reporters."),
            "Venezuela", "ELN", "Julio Rincón", StanceValue.Supports);

    [Fact]
    public void Supply_of_goods_to_a_recipient() =>
        ShouldHave(Extract("The supply of Israeli loitering munitions to Azerbaijan has continued all year, Armenian Foreign Ministry " +
            "spokeswoman Lusine Avetisyan said."),
            "Israel", "Azerbaijan", "Lusine Avetisyan", StanceValue.Supports);

    [Fact]
    public void Bought_under_arms_deals_with_a_capital() =>
        ShouldHave(Extract("Qatar has bought 24 Eurofighter jets from Britain under one of its largest arms deals with London, the " +
            "Qatari Ministry of Defence said."),
            "United Kingdom", "Qatar", "Qatari Ministry of Defence", StanceValue.Supports);

    [Fact]
    public void Confirmed_by_the_recipient() =>
        ShouldHave(Extract(
            "The Polish defence ministry confirmed on Wednesday that South Korea had delivered the first 14 of 96 K2 tanks to Poland."),
            "South Korea", "Poland", "Polish defence ministry", StanceValue.Supports);

    [Fact]
    public void Used_weapons_obtained_from_a_supplier() =>
        ShouldHave(Extract("Iranian-made Shahed drones were used by Kataib Hezbollah in an attack on a base in Syria, the Pentagon said."),
            "Iran", "Kataib Hezbollah", "Pentagon", StanceValue.Supports);

    [Fact]
    public void A_hypothetical_is_no_claim_but_a_denial_of_a_claim_made_elsewhere_still_counts()
    {
        var found = Extract("Any transfer of Turkish drones to Russia would violate NATO commitments, a Western diplomat said. " +
            "Turkey's defence ministry said it had never sent drones to Russia.");

        ShouldHave(found, "Turkey", "Russia", "Turkish Defence Ministry", StanceValue.Denies);
        found.Should().NotContain(f => f.Value == StanceValue.Supports, "a hypothetical asserts nothing");
    }
}

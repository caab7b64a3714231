using ArmsTransferTracker.Extraction.Claims;
using ArmsTransferTracker.Extraction.Evaluation;

namespace ArmsTransferTracker.Extraction.Tests.Claims;

/// <summary>One short passage per phenomenon the extractor must read, in our own words.</summary>
public class PhenomenaTests
{
    private static readonly ClaimExtractor Extractor = new();

    private sealed record Found(string Supplier, string Recipient, string Category, string? Quantity, string Actor, ActorKind Kind,
        StanceValue Value);

    private static List<Found> Extract(string text, string? outlet = null)
    {
        var document = TestData.Article(text, outlet);
        var claims = Extractor.Extract(document);
        foreach (var span in claims.SelectMany(c => c.Stances).SelectMany(s => s.Evidence))
        {
            span.Text.Should().Be(text[span.Start..span.End], "evidence is a verbatim slice");
        }
        return claims.SelectMany(c => c.Stances.Select(s =>
            new Found(c.Supplier, c.Recipient, c.Category, c.Quantity, s.Actor.Name, s.Actor.Kind, s.Value))).ToList();
    }

    private static void ShouldHave(List<Found> found, string supplier, string recipient, string actor, StanceValue value) =>
        found.Should().Contain(f => f.Supplier == supplier && f.Recipient == recipient && ActorMatching.SameActor(f.Actor, actor)
            && f.Value == value,
            $"{actor} should take the stance {value} on {supplier} -> {recipient}; found: {string.Join("; ", found)}");

    // Attribution

    [Fact]
    public void Speaker_after_the_claim_with_said()
    {
        var found = Extract("Belarus has sent artillery shells to Russia, Foreign Minister Pavel Dorn said on Monday.");
        ShouldHave(found, "Belarus", "Russia", "Pavel Dorn", StanceValue.Supports);
        found.Should().Contain(f => f.Category == Categories.ArtilleryAmmunition && f.Kind == ActorKind.Person);
    }

    [Fact]
    public void Speaker_before_the_claim_with_said_that()
    {
        var found = Extract(
            "The Norwegian Defence Ministry said on Friday that Norway had delivered NASAMS air defence systems to Lithuania.");
        ShouldHave(found, "Norway", "Lithuania", "Norwegian Defence Ministry", StanceValue.Supports);
        found.Should().Contain(f => f.Category == Categories.AirDefence && f.Kind == ActorKind.Government);
    }

    [Fact]
    public void According_to_unnamed_officials()
    {
        var found = Extract("Eritrea shipped rifles and ammunition to Fano militiamen in Amhara, according to Ethiopian officials.");
        ShouldHave(found, "Eritrea", "Fano militia", "Ethiopian officials", StanceValue.Supports);
        found.Should().Contain(f => f.Kind == ActorKind.Officials && f.Category == Categories.SmallArms);
    }

    [Fact]
    public void One_phrase_naming_several_actors()
    {
        var found = Extract("Turkey has sold armed drones to Nigeria, according to Polish and Lithuanian officials.");
        ShouldHave(found, "Turkey", "Nigeria", "Polish officials", StanceValue.Supports);
        ShouldHave(found, "Turkey", "Nigeria", "Lithuanian officials", StanceValue.Supports);
    }

    [Fact]
    public void Told_an_outlet()
    {
        var found = Extract("Serbia sold mortar rounds to Egypt last year, a senior Serbian defence official told Harbor News.");
        ShouldHave(found, "Serbia", "Egypt", "senior Serbian defence official", StanceValue.Supports);
    }

    [Fact]
    public void Was_reported_by_a_newspaper()
    {
        var found = Extract(
            "Hungary transferred howitzers to Slovakia in March, Slovak officials said. The delivery was reported by the Danube Ledger.");
        ShouldHave(found, "Hungary", "Slovakia", "Danube Ledger", StanceValue.Supports);
        found.Should().Contain(f => f.Actor == "Danube Ledger" && f.Kind == ActorKind.Media);
    }

    [Fact]
    public void State_news_agency_reported()
    {
        var found = Extract("North Korea supplied artillery rockets to Russia in the spring, South Korea's Yonhap news agency reported.");
        found.Should().Contain(f => f.Supplier == "North Korea" && f.Recipient == "Russia" && f.Kind == ActorKind.Media
            && f.Value == StanceValue.Supports);
    }

    [Fact]
    public void Statement_released_by_a_mission_speaks_for_it()
    {
        var found = Extract("Iran sent drones to Russia, Ukrainian officials said. Iran denied providing the drones in a statement "
            + "released on Friday by its mission to the United Nations.");
        ShouldHave(found, "Iran", "Russia", "Iranian mission to the United Nations", StanceValue.Denies);
        found.Should().NotContain(f => f.Actor == "Iran", "the mission, not the country, made the statement");
    }

    [Fact]
    public void Wrote_on_social_media()
    {
        var found = Extract("“These drones were sold to Baku by Israel,” ministry spokeswoman Lilit Aram wrote on social media.");
        ShouldHave(found, "Israel", "Azerbaijan", "Lilit Aram", StanceValue.Supports);
    }

    [Fact]
    public void Name_set_off_by_commas_after_its_title()
    {
        var found = Extract("The army's chief spokesman, Col. Amir Zaki, said Egypt had delivered rifles to Somalia.");
        ShouldHave(found, "Egypt", "Somalia", "Amir Zaki", StanceValue.Supports);
    }

    [Fact]
    public void Name_before_a_long_title_in_commas()
    {
        var found = Extract("Israel sold loitering munitions to Azerbaijan, Armenian officials said. "
            + "Lara Mirzoyan, a spokeswoman for the Israeli Defence Ministry, declined to confirm the sale.");
        ShouldHave(found, "Israel", "Azerbaijan", "Lara Mirzoyan", StanceValue.Neutral);
    }

    [Fact]
    public void Pronoun_refers_back_to_the_last_person()
    {
        var found = Extract(
            "Israel sold drones to Azerbaijan, Armenian Foreign Minister Aram Petrosyan said. He said the drones were delivered in May.");
        var stances = found.Where(f => f.Actor == "Aram Petrosyan").ToList();
        stances.Should().NotBeEmpty();
        stances.Should().OnlyContain(f => f.Value == StanceValue.Supports && f.Supplier == "Israel");
        found.Select(f => f.Actor).Should().NotContain("He");
    }

    [Fact]
    public void Role_noun_refers_back_to_the_named_diplomat()
    {
        var found = Extract("Secretary of State Laura Quinn said Iran had sent drones to Russia. "
            + "The top U.S. diplomat said that Russia was helping Iran with its nuclear program.");
        ShouldHave(found, "Russia", "Iran", "Laura Quinn", StanceValue.Supports);
        found.Should().Contain(f => f.Supplier == "Russia" && f.Category == Categories.Nuclear);
    }

    [Fact]
    public void Quoted_as_saying_nests_the_official_inside_the_agency()
    {
        var found = Extract("Ukraine said North Korea sent missiles to Russia. The KCNA news service quoted an unnamed official as "
            + "saying Pyongyang had never exported arms to Moscow.");
        found.Should().Contain(f => f.Supplier == "North Korea" && f.Actor.Contains("official") && f.Value == StanceValue.Denies);
    }

    [Fact]
    public void Quotation_running_on_keeps_its_speaker()
    {
        var found = Extract("Rwanda supplied M23 with mortars, the panel said. “The evidence is clear,” coordinator Marie Ndoye told "
            + "reporters. “Rwanda’s army has provided heavy weapons.”");
        ShouldHave(found, "Rwanda", "M23", "Marie Ndoye", StanceValue.Supports);
    }

    // Suppliers and recipients

    [Fact]
    public void Demonym_made_goods_name_the_supplier()
    {
        var found = Extract("Venezuela’s air force received Iranian-made Shahed drones last year, three Venezuelan officers said.");
        ShouldHave(found, "Iran", "Venezuela", "Venezuelan officers", StanceValue.Supports);
        found.Should().Contain(f => f.Category == Categories.Drone);
    }

    [Fact]
    public void Capitals_and_seats_of_power_name_countries()
    {
        var found = Extract("Pyongyang shipped millions of shells to Moscow last year, the White House said.");
        ShouldHave(found, "North Korea", "Russia", "White House", StanceValue.Supports);
    }

    [Fact]
    public void Official_names_of_states()
    {
        var found = Extract(
            "The Democratic People's Republic of Korea supplied ballistic missiles to Russia, the South Korean military said.");
        ShouldHave(found, "North Korea", "Russia", "South Korean military", StanceValue.Supports);
        found.Should().Contain(f => f.Category == Categories.BallisticMissile);
    }

    [Fact]
    public void Non_state_recipient()
    {
        var found = Extract("Iran smuggled anti-tank missiles to Hezbollah through Syria, Israeli officials said.");
        ShouldHave(found, "Iran", "Hezbollah", "Israeli officials", StanceValue.Supports);
    }

    [Fact]
    public void Several_suppliers_joined_by_and()
    {
        var found = Extract("Britain and France have delivered cruise missiles to Ukraine, a senior NATO official said.");
        ShouldHave(found, "United Kingdom", "Ukraine", "senior NATO official", StanceValue.Supports);
        ShouldHave(found, "France", "Ukraine", "senior NATO official", StanceValue.Supports);
    }

    [Fact]
    public void Several_recipients_in_a_list()
    {
        var found = Extract("Serbia sold rifles to Ghana, Burkina Faso and Senegal, a company executive said.");
        found.Select(f => f.Recipient).Distinct().Should().BeEquivalentTo(["Ghana", "Burkina Faso", "Senegal"]);
    }

    [Fact]
    public void Bought_from_and_received_from()
    {
        var found = Extract("Vietnam bought BrahMos missiles from India, the Vietnamese Defence Ministry said. "
            + "Estonia received six HIMARS launchers from the United States, Estonian officials said.");
        ShouldHave(found, "India", "Vietnam", "Vietnamese Defence Ministry", StanceValue.Supports);
        ShouldHave(found, "United States", "Estonia", "Estonian officials", StanceValue.Supports);
        found.Should().Contain(f => f.Supplier == "India" && f.Category == Categories.CruiseMissile);
    }

    [Fact]
    public void Supplied_by_in_the_passive()
    {
        var found = Extract("The rifles were supplied by Belarus to the Rapid Support Forces, a Sudanese army spokesman said.");
        ShouldHave(found, "Belarus", "Rapid Support Forces", "Sudanese army spokesman", StanceValue.Supports);
    }

    [Fact]
    public void Progressive_is_not_passive()
    {
        var found = Extract("Iran is covertly supplying the Houthis with cruise missiles, Vice Adm. Karen Holt said.");
        ShouldHave(found, "Iran", "Houthis", "Karen Holt", StanceValue.Supports);
    }

    [Fact]
    public void Deliveries_of_a_noun_with_a_possessive_supplier()
    {
        var found = Extract("Azerbaijan’s Foreign Ministry condemned India’s deliveries of rocket launchers to Armenia.");
        ShouldHave(found, "India", "Armenia", "Azerbaijani Foreign Ministry", StanceValue.Supports);
    }

    [Fact]
    public void Curly_apostrophes_in_possessives()
    {
        var found = Extract("Estonia’s Centre for Defence Investments said the United States delivered HIMARS launchers to Estonia.");
        found.Should().Contain(f => f.Supplier == "United States" && f.Recipient == "Estonia"
            && f.Actor.StartsWith("Estonian", StringComparison.Ordinal));
    }

    [Fact]
    public void Country_named_by_a_description()
    {
        var found = Extract(
            "Qatar shipped armoured vehicles to Somalia, Somali officials said. The Gulf state’s Foreign Ministry denied the report.");
        ShouldHave(found, "Qatar", "Somalia", "Qatari Foreign Ministry", StanceValue.Denies);
    }

    [Fact]
    public void Report_accusing_a_supplier()
    {
        var found = Extract("A report by the Arms Trail Institute accused Belarus of supplying rifles to Sudan’s Rapid Support Forces.");
        ShouldHave(found, "Belarus", "Rapid Support Forces", "Arms Trail Institute", StanceValue.Supports);
    }

    [Fact]
    public void Outlet_own_voice_is_a_media_stance()
    {
        var found = Extract("Iran has supplied Russia with attack drones since 2022.", outlet: "Harbor News");
        ShouldHave(found, "Iran", "Russia", "Harbor News", StanceValue.Supports);
        found.Should().ContainSingle(f => f.Actor == "Harbor News").Which.Kind.Should().Be(ActorKind.Media);
    }

    // Stances

    [Fact]
    public void Denial_with_a_denial_verb()
    {
        var found = Extract(
            "Pakistan sent shells to Ukraine, a Russian news site reported. Pakistan denied sending any shells to Ukraine.");
        ShouldHave(found, "Pakistan", "Ukraine", "Pakistan", StanceValue.Denies);
    }

    [Fact]
    public void Report_called_baseless_propaganda()
    {
        var found = Extract("Iran is shipping drones to Russia, Ukraine’s military intelligence agency said. "
            + "Foreign Ministry spokesman Reza Karimi dismissed the report as “baseless propaganda.”");
        ShouldHave(found, "Iran", "Russia", "Reza Karimi", StanceValue.Denies);
        ShouldHave(found, "Iran", "Russia", "Ukrainian military intelligence agency", StanceValue.Supports);
    }

    [Fact]
    public void Never_sold_or_sent_to_anyone()
    {
        var found = Extract("Bulgaria shipped anti-tank mines to Ukraine, a Russian newspaper reported. "
            + "“Bulgaria has never sold such weapons to anyone,” government spokesman Ivan Kolev said.");
        ShouldHave(found, "Bulgaria", "Ukraine", "Ivan Kolev", StanceValue.Denies);
    }

    [Fact]
    public void An_inquiry_found_nothing()
    {
        var found = Extract(
            "There is no evidence that any Swiss firm sold ammunition to Russia, the Swiss economic affairs secretariat said.");
        ShouldHave(found, "Switzerland", "Russia", "Swiss economic affairs secretariat", StanceValue.Denies);
    }

    [Fact]
    public void Negation_with_will_not_is_a_denial_not_a_plan()
    {
        var found = Extract("Austria has not and will not ship weapons to Israel, chancellery spokeswoman Eva Huber said.");
        ShouldHave(found, "Austria", "Israel", "Eva Huber", StanceValue.Denies);
    }

    [Fact]
    public void A_claim_called_false()
    {
        var found = Extract(
            "Belarus’s claim that Lithuania has sent landmines to Ukraine is false, Lithuanian spokeswoman Rasa Petraitis said.");
        ShouldHave(found, "Lithuania", "Ukraine", "Rasa Petraitis", StanceValue.Denies);
    }

    [Fact]
    public void Declined_to_confirm_is_neutral()
    {
        var found = Extract("Turkey has delivered armed drones to Ethiopia. An Ethiopian air force spokesman, Col. "
            + "Dawit Alemu, declined to confirm the delivery.");
        ShouldHave(found, "Turkey", "Ethiopia", "Dawit Alemu", StanceValue.Neutral);
    }

    [Fact]
    public void Would_not_comment_is_neutral()
    {
        var found = Extract("Iran shipped drones to Russia, Ukrainian officials said. The Kremlin would not comment on the shipments.");
        ShouldHave(found, "Iran", "Russia", "Kremlin", StanceValue.Neutral);
    }

    [Fact]
    public void Outlet_cannot_independently_verify()
    {
        var found = Extract("Belarus sent T-72 tanks to Russia, a monitoring group said. Harbor News could not independently verify the "
            + "images.", outlet: "Harbor News");
        ShouldHave(found, "Belarus", "Russia", "Harbor News", StanceValue.Neutral);
    }

    [Fact]
    public void Unclear_whether_is_neutral()
    {
        var found = Extract("Iran sent weapons to Hezbollah, Israeli officials said. It is unclear whether any of the shipments reached "
            + "the group, said Hana Saleh, a researcher.");
        ShouldHave(found, "Iran", "Hezbollah", "Hana Saleh", StanceValue.Neutral);
    }

    [Fact]
    public void An_admission_with_a_qualification_still_supports()
    {
        var found = Extract("Minsk admitted sending a few hundred rifles to Russia but said the order was placed years ago.");
        ShouldHave(found, "Belarus", "Russia", "Belarus", StanceValue.Supports);
    }

    [Fact]
    public void Two_speakers_with_different_stances_in_one_sentence()
    {
        var found = Extract(
            "Kenya’s army said it had received armed drones from Turkey, while Turkey’s Defence Ministry declined to comment.");
        ShouldHave(found, "Turkey", "Kenya", "Kenyan army", StanceValue.Supports);
        ShouldHave(found, "Turkey", "Kenya", "Turkish Defence Ministry", StanceValue.Neutral);
    }

    [Fact]
    public void Only_humanitarian_support_denies_arms()
    {
        var found = Extract("Qatar has provided only humanitarian support to Gaza, never weapons to Hamas, spokesman Faisal Nasser said.");
        found.Should().Contain(f => f.Supplier == "Qatar" && f.Actor == "Faisal Nasser" && f.Value == StanceValue.Denies);
    }

    [Fact]
    public void Each_speaker_takes_the_transfer_of_its_own_clause()
    {
        var found = Extract("Chad’s government said its helicopters had been bought from Turkey in 2023, after the weekly Le Guetteur "
            + "reported that the rotor blades had come from a French firm.");
        ShouldHave(found, "Turkey", "Chad", "Chadian government", StanceValue.Supports);
        ShouldHave(found, "France", "Chad", "Le Guetteur", StanceValue.Supports);
        found.Should().NotContain(f => f.Actor == "Le Guetteur" && f.Supplier == "Turkey");
    }

    [Fact]
    public void A_refusal_narrows_a_shared_claim_to_the_speaker_country()
    {
        var found = Extract("Germany and Italy have supplied Ukraine with air defence systems, a NATO official said. "
            + "Italy’s defence ministry declined to discuss the matter.");
        ShouldHave(found, "Italy", "Ukraine", "Italian defence ministry", StanceValue.Neutral);
        found.Should().NotContain(f => f.Actor == "Italian defence ministry" && f.Supplier == "Germany");
    }

    [Fact]
    public void Silence_is_no_stance_but_a_refusal_is()
    {
        var found = Extract("Russia delivered helicopters to Niger, state television reported. The Russian embassy did not comment. "
            + "The Kremlin would not comment.");
        found.Should().NotContain(f => f.Actor.Contains("embassy", StringComparison.Ordinal));
        ShouldHave(found, "Russia", "Niger", "Kremlin", StanceValue.Neutral);
    }

    // Goods

    [Theory]
    [InlineData("several hundred short-range ballistic missiles", Categories.BallisticMissile, "several hundred")]
    [InlineData("dozens of Shahed drones", Categories.Drone, "dozens of")]
    [InlineData("24 Rafale fighter jets", Categories.Aircraft, "24")]
    [InlineData("a significant number of 155 mm shells", Categories.ArtilleryAmmunition, "a significant number of")]
    [InlineData("Patriot interceptors", Categories.AirDefence, null)]
    [InlineData("guidance kits", Categories.MissileComponents, null)]
    [InlineData("Leopard tanks", Categories.ArmouredVehicle, null)]
    [InlineData("night-vision goggles", Categories.NonLethal, null)]
    public void Weapons_map_to_categories_with_quantities(string goods, string category, string? quantity)
    {
        var found = Extract($"Germany has delivered {goods} to Ukraine, the German government said.");
        found.Should().Contain(f => f.Supplier == "Germany" && f.Recipient == "Ukraine" && f.Category == category
            && f.Quantity == quantity);
    }

    // Not claims

    [Theory]
    [InlineData("Germany is considering sending Taurus cruise missiles to Ukraine, a government spokesman said.")]
    [InlineData("If Japan sent air defence radars to Ukraine, Russia would respond, the Kremlin said.")]
    [InlineData("The United States warned that any transfer of drones to Russia would trigger sanctions, officials said.")]
    [InlineData("Ukraine asked Japan to send generators and radars, the ambassador said.")]
    [InlineData("Indonesia expects to receive its first Rafale jets from France in 2026, the ministry said.")]
    [InlineData("Blinken said that Russia already possesses its own ballistic missiles.")]
    [InlineData("The Group of 7 warned it would impose sanctions on Iran if it carried out the missile transfer.")]
    [InlineData("Poland plans to sell older tanks to Ukraine next year, the defence minister said.")]
    public void Plans_conditionals_warnings_requests_predictions_and_possession_are_not_claims(string text) =>
        Extract(text).Should().BeEmpty();

    [Fact]
    public void A_headline_attribution_adds_no_actor()
    {
        var text = "Iran sent missiles to Russia, Western officials say\nBy Jane Roe, Harbor News\n\nIran has sent ballistic missiles to "
            + "Russia, according to U.S. officials.";
        var found = Extract(text);
        ShouldHave(found, "Iran", "Russia", "U.S. officials", StanceValue.Supports);
        found.Should().NotContain(f => f.Actor.Contains("Western", StringComparison.Ordinal));
    }

    [Fact]
    public void Byline_names_the_outlet_when_the_metadata_does_not()
    {
        var text = "Turkish drones reach Ethiopia\nBy Jane Roe, Harbor News\n\nADDIS ABABA (Harbor) — Turkey has delivered a new batch "
            + "of armed drones to Ethiopia.";
        var found = Extract(text);
        ShouldHave(found, "Turkey", "Ethiopia", "Harbor News", StanceValue.Supports);
    }

    [Fact]
    public void A_conditional_or_forward_looking_remark_does_not_vouch_for_the_claim()
    {
        var text = "Serbia has delivered mortar rounds to Armenia, the Serbian Defence Ministry said on Monday. "
            + "\"If more orders come in, our plants would run at full capacity,\" said Milan Petrić, an industry analyst. "
            + "Azerbaijani officials said they expected tensions to rise once the handover was finished.";
        var found = Extract(text);
        ShouldHave(found, "Serbia", "Armenia", "Serbian Defence Ministry", StanceValue.Supports);
        found.Should().NotContain(f => f.Actor.Contains("Petrić", StringComparison.Ordinal));
        found.Should().NotContain(f => f.Actor.Contains("Azerbaijani", StringComparison.Ordinal));
    }

    [Fact]
    public void A_confirmation_with_a_reservation_still_supports()
    {
        var text = "Spain has sent howitzers to Ukraine, Ukrainian officials said. "
            + "A Spanish official confirmed that deliveries had begun but said the ministry would not give numbers.";
        var found = Extract(text);
        ShouldHave(found, "Spain", "Ukraine", "Spanish official", StanceValue.Supports);
    }

    [Theory]
    [InlineData("Austria, which opposes arming Kyiv, said it would give nothing to the joint fund.")]
    [InlineData("\"If Portugal were to stop deliveries to Ukraine, others would fill the gap,\" said Ana Costa, an analyst.")]
    [InlineData("Qatar handed nothing over, the ministry said, ahead of deliveries of new jets from Italy to Qatar next year.")]
    public void Objections_far_conditionals_and_what_comes_ahead_are_not_transfers(string text) =>
        Extract(text).Should().NotContain(f => f.Value == StanceValue.Supports);

    [Fact]
    public void A_receiver_that_turned_to_or_relies_on_suppliers_for_goods()
    {
        var found = Extract("BELGRADE (Harbor) — Since the embargo, Serbia has turned to China and Belarus for air defence systems.",
            "Harbor News");
        ShouldHave(found, "China", "Serbia", "Harbor News", StanceValue.Supports);
        ShouldHave(found, "Belarus", "Serbia", "Harbor News", StanceValue.Supports);
    }

    [Fact]
    public void A_quote_pointing_back_to_the_goods_supports_the_claim_in_context()
    {
        var text = "Estonia has delivered 120 mortar rounds and two howitzers to Georgia, the Estonian Defence Ministry said on Monday. "
            + "\"These howitzers will change the balance on the ground,\" Georgian army spokesman Davit Beridze told reporters.";
        var found = Extract(text);
        ShouldHave(found, "Estonia", "Georgia", "Davit Beridze", StanceValue.Supports);
    }

    [Fact]
    public void A_plain_remark_without_goods_or_transfer_stays_off_the_claim()
    {
        var text = "Estonia has delivered 120 mortar rounds to Georgia, the Estonian Defence Ministry said on Monday. "
            + "\"The situation on the border is calm,\" Georgian army spokesman Davit Beridze told reporters.";
        var found = Extract(text);
        found.Should().NotContain(f => f.Actor.Contains("Beridze", StringComparison.Ordinal));
    }

    [Fact]
    public void Arriving_goods_carry_the_parties_of_their_order()
    {
        var found = Extract("The first two of 12 K9 howitzers ordered by Norway from South Korea docked at Bergen on Friday, the Norwegian "
            + "Defence Ministry said.");
        ShouldHave(found, "South Korea", "Norway", "Norwegian Defence Ministry", StanceValue.Supports);
    }

    [Fact]
    public void A_transfer_without_parties_refers_to_the_claim_on_the_place_the_speaker_names()
    {
        var text = "Belarus and Iran have sent drones to Russia, a Ukrainian intelligence official said. "
            + "Iran has also sold rifles to Venezuela, the official said. "
            + "Belarus’s Foreign Ministry said Minsk “complies with all rules on arms exports” and would not comment further.";
        var found = Extract(text);
        ShouldHave(found, "Belarus", "Russia", "Belarusian Foreign Ministry", StanceValue.Neutral);
        found.Should().NotContain(f => f.Actor == "Belarusian Foreign Ministry" && f.Recipient == "Venezuela");
    }

    [Fact]
    public void A_speaker_joining_after_comma_and_leaves_the_first_statement_to_the_outlet()
    {
        var text = "VIENNA (Harbor) — Austrian firms still sell sniper rifles to Jordan, and a Jordanian army spokesman said the rifles "
            + "were \"well suited to border work.\"";
        var found = Extract(text, "Harbor News");
        ShouldHave(found, "Austria", "Jordan", "Harbor News", StanceValue.Supports);
    }

    [Fact]
    public void A_hedge_on_one_receiver_leaves_the_other_receivers_alone()
    {
        var text = "Russia has delivered armoured vehicles to Chad and Niger, the Chadian government said. "
            + "A European diplomat said it was unclear whether the vehicles had already reached Niger or were still parked in Chad.";
        var found = Extract(text);
        ShouldHave(found, "Russia", "Niger", "European diplomat", StanceValue.Neutral);
        found.Should().NotContain(f => f.Actor == "European diplomat" && f.Recipient == "Chad");
    }

    [Fact]
    public void Doubt_about_approval_is_no_hedge_on_the_transfer()
    {
        var text = "Chinese firms have shipped drone motors to Iran, according to French intelligence officials. "
            + "It is unclear whether officials in Beijing approved the shipments, the officials said.";
        var found = Extract(text);
        ShouldHave(found, "China", "Iran", "French intelligence officials", StanceValue.Supports);
        found.Should().NotContain(f => f.Value == StanceValue.Neutral);
    }

    [Fact]
    public void A_described_outlet_is_named_by_a_later_apposition()
    {
        var text = "Slovakia has sold howitzers to Ukraine, a Hungarian newspaper reported on Monday. "
            + "The newspaper, Pesti Futár, cited two people at the factory.";
        var found = Extract(text);
        ShouldHave(found, "Slovakia", "Ukraine", "Pesti Futár", StanceValue.Supports);
        found.Should().NotContain(f => f.Actor == "Hungarian newspaper");
    }

    [Fact]
    public void A_described_official_is_named_by_a_later_apposition()
    {
        var text = "Belarus has sent rifles to Russia, a senior Ukrainian prosecutor said on Monday. "
            + "The prosecutor, Olena Bilyk, has led the inquiry since March.";
        var found = Extract(text);
        ShouldHave(found, "Belarus", "Russia", "Olena Bilyk", StanceValue.Supports);
    }

    [Fact]
    public void A_verb_after_but_without_a_subject_shares_the_first_clause_subject()
    {
        var text = "HANOI (Harbor) — Vietnam has bought most of its fighter jets from Russia, India and Israel, but has also purchased "
            + "South Korean howitzers.";
        var found = Extract(text, "Harbor News");
        ShouldHave(found, "South Korea", "Vietnam", "Harbor News", StanceValue.Supports);
        found.Should().NotContain(f => f.Supplier == "South Korea" && f.Recipient == "Israel");
    }

    [Fact]
    public void The_outlet_that_carries_a_speaker_s_comments_is_only_the_channel()
    {
        var text = "\"Our country has never sold drones to Sudan,\" a Belarusian ministry spokesman said in remarks carried by the state "
            + "news agency.";
        var found = Extract(text);
        found.Should().Contain(f => f.Supplier == "Belarus" && f.Recipient == "Sudan" && f.Value == StanceValue.Denies);
        found.Should().NotContain(f => f.Actor.Contains("news agency", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_without_its_country_is_the_body_named_in_full()
    {
        var text = "Iran has shipped anti-ship missiles to the Houthis, the French Naval Command said on Monday. "
            + "In a statement released by Naval Command, Adm. Paul Girard said the missiles had been seized off Yemen.";
        var found = Extract(text);
        ShouldHave(found, "Iran", "Houthis", "French Naval Command", StanceValue.Supports);
        found.Should().NotContain(f => f.Actor == "Naval Command");
    }

    [Fact]
    public void Goods_taken_from_stockpiles_are_not_supplied_by_their_maker()
    {
        var text = "Nigerian officials said Boko Haram fighters had obtained Russian-made rifles from army depots overrun in Borno.";
        var found = Extract(text);
        found.Should().NotContain(f => f.Supplier == "Russia");
    }

    [Fact]
    public void A_report_speaks_for_the_body_that_submitted_it()
    {
        var text = "Sweden sold 40 armoured vehicles to Slovakia last year, according to the yearly report that the Swedish Defence "
            + "Ministry published on Tuesday. "
            + "Poland received six howitzers from Sweden, the report said.";
        var found = Extract(text);
        ShouldHave(found, "Sweden", "Slovakia", "Swedish Defence Ministry", StanceValue.Supports);
        ShouldHave(found, "Sweden", "Poland", "Swedish Defence Ministry", StanceValue.Supports);
    }

    [Fact]
    public void Endorsing_the_figures_supports_the_claim_they_count()
    {
        var text = "Iran has sent about 400 drones to Russia since March, the Ukrainian Defence Ministry said. "
            + "Poland's Foreign Ministry said the figures were accurate.";
        var found = Extract(text);
        ShouldHave(found, "Iran", "Russia", "Polish Foreign Ministry", StanceValue.Supports);
    }

    [Fact]
    public void Whoever_renews_an_accusation_makes_the_claim()
    {
        var text = "Algeria repeated allegations on Monday that Russia has sold anti-tank missiles to Niger.";
        var found = Extract(text);
        found.Should().Contain(f => f.Supplier == "Russia" && f.Actor == "Algeria" && f.Value == StanceValue.Supports,
            string.Join("; ", found));
    }

    [Fact]
    public void A_go_between_named_before_the_verb_supplies_too()
    {
        var text = "Iran, through Hezbollah, has sent anti-tank missiles to the Houthis, Israeli officials said.";
        var found = Extract(text);
        ShouldHave(found, "Iran", "Houthis", "Israeli officials", StanceValue.Supports);
        ShouldHave(found, "Hezbollah", "Houthis", "Israeli officials", StanceValue.Supports);
    }

    [Fact]
    public void A_refusal_in_its_own_clause_is_about_the_speaker_s_country()
    {
        var text = "Egypt has bought four frigates from Italy and acquired Chinese-made Wing Loong drones, the Egyptian Defence Ministry "
            + "said. "
            + "Italy's Defence Ministry confirmed the frigate deal, while the Chinese embassy in Cairo would not comment.";
        var found = Extract(text);
        ShouldHave(found, "China", "Egypt", "Chinese embassy in Cairo", StanceValue.Neutral);
        found.Should().NotContain(f => f.Actor == "Chinese embassy in Cairo" && f.Supplier == "Italy");
    }

    [Fact]
    public void A_transfer_noun_in_forward_looking_words_vouches_for_no_claim()
    {
        var text = "Norway has delivered the first two of 12 used F-16 jets to Romania, the Romanian Defence Ministry said. "
            + "Sweden's government said the sale of new Gripen jets to Romania would create hundreds of Swedish jobs.";
        var found = Extract(text);
        ShouldHave(found, "Norway", "Romania", "Romanian Defence Ministry", StanceValue.Supports);
        found.Should().NotContain(f => f.Actor.Contains("Swedish", StringComparison.Ordinal) && f.Supplier == "Norway");
    }

    [Fact]
    public void An_apposition_naming_an_official_may_carry_a_title()
    {
        var text = "Accusations that Serbia sold mortar shells to Ukraine, voiced by a Russian army spokesman on Monday, were rejected by "
            + "Belgrade. "
            + "The army spokesman, Col. Igor Lavrov, had shown reporters crates he said bore Serbian markings.";
        var found = Extract(text);
        ShouldHave(found, "Serbia", "Ukraine", "Igor Lavrov", StanceValue.Supports);
        found.Should().NotContain(f => f.Actor == "Russian army spokesman");
    }

    [Fact]
    public void One_who_relays_what_a_speaker_told_others_is_no_speaker()
    {
        var text = "Iran has sent ballistic missiles to Russia, Israel's military intelligence told a parliamentary committee on Monday, "
            + "according to a lawmaker who attended.";
        var found = Extract(text);
        ShouldHave(found, "Iran", "Russia", "Israeli military intelligence", StanceValue.Supports);
        found.Should().NotContain(f => f.Actor.Contains("lawmaker", StringComparison.Ordinal));
    }
}

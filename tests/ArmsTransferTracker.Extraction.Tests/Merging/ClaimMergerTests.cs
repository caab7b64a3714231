using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Merging;
using ArmsTransferTracker.Extraction.Stances;

namespace ArmsTransferTracker.Extraction.Tests.Merging;

/// <summary>The last stage: findings become one claim per supplier, recipient and category, one stance per actor and value.</summary>
public class ClaimMergerTests
{
    private static readonly ExtractedActor Ministry = new("Peruvian Defence Ministry", ActorKind.Government, null, "Peru");
    private static readonly ExtractedActor Analyst = new("Rosa Quispe", ActorKind.Person, "analyst", null);

    [Fact]
    public void A_list_of_goods_is_one_claim_of_its_first_kind()
    {
        var claims = ClaimMerger.Merge(
            [Finding(Ministry, 0, Goods("helicopters", Categories.Aircraft), Goods("armoured vehicles", Categories.ArmouredVehicle))]);

        claims.Should().ContainSingle().Which.Category.Should().Be(Categories.Aircraft);
    }

    [Fact]
    public void A_kind_named_first_elsewhere_makes_its_own_claim_and_a_list_naming_it_speaks_of_it_too()
    {
        var claims = ClaimMerger.Merge(
        [
            Finding(Ministry, 0, Goods("helicopters", Categories.Aircraft), Goods("armoured vehicles", Categories.ArmouredVehicle)),
            Finding(Analyst, 100, Goods("armoured vehicles", Categories.ArmouredVehicle)),
        ]);

        claims.Select(c => c.Category).Should().Equal(Categories.Aircraft, Categories.ArmouredVehicle);
        claims[1].Stances.Select(s => s.Actor.Name).Should().BeEquivalentTo(Ministry.Name, Analyst.Name);
    }

    [Fact]
    public void A_word_for_goods_of_a_kind_makes_a_claim_only_for_a_pair_that_names_no_kind()
    {
        var claims = ClaimMerger.Merge(
        [
            Finding(Ministry, 0, Goods("drones", Categories.Drone)),
            Finding(Analyst, 100, Generic("the aircraft", Categories.Aircraft)),
        ]);

        claims.Should().ContainSingle().Which.Category.Should().Be(Categories.Drone);
        claims[0].Stances.Should().HaveCount(2);
    }

    [Fact]
    public void One_actor_saying_the_same_twice_is_one_stance_with_both_sentences_as_evidence()
    {
        var claims = ClaimMerger.Merge(
            [Finding(Ministry, 0, Goods("drones", Categories.Drone)), Finding(Ministry, 100, Goods("drones", Categories.Drone))]);

        var stance = claims.Should().ContainSingle().Which.Stances.Should().ContainSingle().Subject;
        stance.Evidence.Select(e => e.Start).Should().Equal(0, 100);
    }

    [Fact]
    public void An_actor_who_supports_or_denies_a_transfer_is_not_also_neutral_on_it()
    {
        var claims = ClaimMerger.Merge(
        [
            Finding(Ministry, 0, Goods("drones", Categories.Drone)) with { Value = StanceValue.Denies },
            Finding(Ministry, 100, Goods("drones", Categories.Drone)) with { Value = StanceValue.Neutral },
            Finding(Analyst, 200, Goods("drones", Categories.Drone)) with { Value = StanceValue.Neutral },
        ]);

        claims.Should().ContainSingle().Which.Stances.Select(s => (s.Actor.Name, s.Value))
            .Should().BeEquivalentTo([(Ministry.Name, StanceValue.Denies), (Analyst.Name, StanceValue.Neutral)]);
    }

    [Fact]
    public void A_list_whose_every_kind_is_counted_on_its_own_is_a_claim_per_kind()
    {
        var helicopters = Counted(Goods("helicopters", Categories.Aircraft));
        var ammunition = Counted(Generic("ammunition", Categories.ArtilleryAmmunition));

        var claims = ClaimMerger.Merge([Finding(Ministry, 0, helicopters, ammunition)]);

        claims.Select(c => c.Category).Should().Equal(Categories.Aircraft, Categories.ArtilleryAmmunition);
    }

    [Fact]
    public void A_word_for_goods_right_after_a_model_is_the_models_own_noun_and_no_kind_of_its_own()
    {
        var model = Counted(new WeaponMention(1, 3, Categories.AirDefence, Generic: false, "Tor-M2"));
        var vehicles = Counted(new WeaponMention(5, 5, Categories.NonLethal, Generic: true, "vehicles"));

        var claims = ClaimMerger.Merge([Finding(Ministry, 0, model, vehicles)]);

        claims.Should().ContainSingle().Which.Category.Should().Be(Categories.AirDefence);
    }

    [Fact]
    public void A_word_of_a_wider_kind_stands_for_the_narrower_kind_the_article_names()
    {
        var vehicles = Generic("vehicles", Categories.NonLethal);

        var claims = ClaimMerger.Merge([Finding(Ministry, 0, vehicles)], new HashSet<string> { Categories.ArmouredVehicle });

        claims.Should().ContainSingle().Which.Category.Should().Be(Categories.ArmouredVehicle);
    }

    [Fact]
    public void A_word_of_a_kind_the_article_also_names_on_its_own_keeps_its_kind()
    {
        var vehicles = Generic("vehicles", Categories.NonLethal);

        var claims = ClaimMerger.Merge(
            [Finding(Ministry, 0, vehicles)], new HashSet<string> { Categories.ArmouredVehicle, Categories.NonLethal });

        claims.Should().ContainSingle().Which.Category.Should().Be(Categories.NonLethal);
    }

    private static WeaponMention Counted(WeaponMention goods) => goods with { Counted = true };

    private static WeaponMention Goods(string text, string category) => new(1, 1, category, Generic: false, text);

    private static WeaponMention Generic(string text, string category) => new(1, 1, category, Generic: true, text);

    private static StanceFinding Finding(ExtractedActor actor, int start, params WeaponMention[] goods) =>
        new("Russia", "Peru", goods, null, actor, StanceValue.Supports, new EvidenceSpan("…", start, start + 1), 0.9, ["test"]);
}

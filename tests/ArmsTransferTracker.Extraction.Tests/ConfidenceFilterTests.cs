namespace ArmsTransferTracker.Extraction.Tests;

public class ConfidenceFilterTests
{
    private static ExtractedStance Stance(string actor, double confidence) =>
        new(new ExtractedActor(actor, ActorKind.Person, null, null), StanceValue.Supports, []) { Confidence = confidence };

    // Kestria's shells for Ostrava: a sure stance and a doubtful one; its rifles: only a doubtful one; its lorries: none at all.
    private static ExtractedArticle Article() => new(
        new ArticleDocument(new ArticleMetadata(null, null, null, null, null, [], null), ""),
        [
            new ExtractedClaim("Kestria", "Ostrava", "shells", Categories.ArtilleryAmmunition, null,
                [Stance("Anja Vell", 0.9), Stance("Ostravan officials", 0.4)]),
            new ExtractedClaim("Kestria", "Ostrava", "rifles", Categories.SmallArms, null, [Stance("Piet Hollar", 0.3)]),
            new ExtractedClaim("Kestria", "Ostrava", "lorries", Categories.NonLethal, null, []),
        ]);

    [Fact]
    public void Stances_below_the_threshold_go_and_so_do_claims_they_leave_without_any()
    {
        var kept = ConfidenceFilter.Apply(Article(), 0.5);

        kept.Claims.Select(c => c.Item).Should().Equal("shells", "lorries");
        kept.Claims[0].Stances.Select(s => s.Actor.Name).Should().Equal("Anja Vell");
        kept.Claims[1].Stances.Should().BeEmpty("a claim that never had a stance did not lose one to the threshold");
    }

    [Fact]
    public void A_stance_exactly_at_the_threshold_stays() =>
        ConfidenceFilter.Apply(Article(), 0.4).Claims[0].Stances.Select(s => s.Actor.Name)
            .Should().Equal("Anja Vell", "Ostravan officials");

    [Fact]
    public void A_threshold_of_0_keeps_every_claim_and_stance()
    {
        var article = Article();

        var kept = ConfidenceFilter.Apply(article, 0);

        kept.Claims.Select(c => c.Item).Should().Equal(article.Claims.Select(c => c.Item));
        kept.Claims.SelectMany(c => c.Stances).Should().Equal(article.Claims.SelectMany(c => c.Stances));
    }

    [Fact]
    public void The_default_threshold_is_a_valid_one() =>
        ConfidenceFilter.IsValidThreshold(ExtractionOptions.DefaultMinConfidence).Should().BeTrue();

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_threshold_outside_0_to_1_is_refused(double minConfidence)
    {
        ConfidenceFilter.IsValidThreshold(minConfidence).Should().BeFalse();
        FluentActions.Invoking(() => ConfidenceFilter.Apply(Article(), minConfidence)).Should().Throw<ArgumentOutOfRangeException>();
    }
}

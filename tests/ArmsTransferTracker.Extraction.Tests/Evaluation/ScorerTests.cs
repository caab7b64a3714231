using ArmsTransferTracker.Extraction.Evaluation;

namespace ArmsTransferTracker.Extraction.Tests.Evaluation;

public class ScorerTests
{
    private const string Key = """
    {
      "articles": [ { "file": "a.txt" }, { "file": "b.txt" } ],
      "claims": [
        {
          "supplier": "Iran", "recipient": "Russia", "category": "ballistic missile",
          "stances": [
            { "file": "a.txt", "actor": "Antony Blinken", "stance": "supports" },
            { "file": "a.txt", "actor": "Iran", "stance": "denies", "optional": true },
            { "file": "b.txt", "actor": "U.S. officials", "stance": "supports" }
          ]
        },
        {
          "supplier": "United States", "recipient": "Ukraine", "category": "air defence",
          "stances": [ { "file": "a.txt", "actor": "Pentagon", "stance": "neutral" } ]
        }
      ]
    }
    """;

    private static (string, ExtractedArticle) Predicted(string file, params ExtractedClaim[] claims) =>
        (file, new ExtractedArticle(new ArticleDocument(new ArticleMetadata(null, null, null, null, null, [], null), ""), claims));

    private static ExtractedClaim Claim(string supplier, string recipient, string category,
        params (string Actor, StanceValue Value)[] stances) =>
        new(supplier, recipient, "item", category, null,
            stances.Select(s => new ExtractedStance(new ExtractedActor(s.Actor, ActorKind.Person, null, null), s.Value, [])).ToList());

    [Fact]
    public void A_surname_alone_matches_the_full_name()
    {
        var report = Scorer.Score(GoldKey.Parse(Key),
            [Predicted("a.txt", Claim("Iran", "Russia", "ballistic missile", ("Blinken", StanceValue.Supports)))]);

        report.TruePositives.Should().Be(1);
        report.FalsePositives.Should().Be(0);
        report.Misses.Select(m => m.Actor).Should().BeEquivalentTo(["Pentagon", "U.S. officials"]);
    }

    [Fact]
    public void US_and_United_States_are_the_same_place_and_the_same_actor_word()
    {
        var report = Scorer.Score(GoldKey.Parse(Key),
        [
            Predicted("a.txt", Claim("U.S.", "Ukraine", "air defence", ("Pentagon", StanceValue.Neutral))),
            Predicted("b.txt", Claim("Iran", "Russia", "ballistic missile", ("United States officials", StanceValue.Supports))),
        ]);

        report.TruePositives.Should().Be(2);
        report.CategoryAccuracy.Should().Be(1.0);
    }

    [Fact]
    public void An_optional_stance_is_neither_rewarded_nor_penalised()
    {
        var withOptional =
            Scorer.Score(GoldKey.Parse(Key), [Predicted("a.txt", Claim("Iran", "Russia", "drone", ("Iran", StanceValue.Denies)))]);

        withOptional.TruePositives.Should().Be(0);
        withOptional.FalsePositives.Should().Be(0);
        withOptional.FalseNegatives.Should().Be(3, "only required stances count as misses");
    }

    [Fact]
    public void The_same_stance_printed_twice_on_claims_of_one_category_is_not_an_extra_but_a_wrong_value_is()
    {
        var report = Scorer.Score(GoldKey.Parse(Key),
        [
            Predicted("a.txt",
                Claim("Iran", "Russia", "ballistic missile", ("Antony Blinken", StanceValue.Supports)),
                Claim("Iran", "Russia", "ballistic missile", ("Antony Blinken", StanceValue.Supports), ("Blinken", StanceValue.Denies))),
        ]);

        report.TruePositives.Should().Be(1);
        report.FalsePositives.Should().Be(1);
        report.Extras.Should().ContainSingle().Which.Stance.Should().Be("denies");
        report.Precision.Should().Be(0.5);
    }

    // Two claims about one pair, told apart only by category: Norland's rifles and its patrol boats for Sarvia.
    private const string TwoClaimsOnePairKey = """
    {
      "articles": [ { "file": "n.txt" } ],
      "claims": [
        {
          "supplier": "Norland", "recipient": "Sarvia", "category": "small arms",
          "stances": [ { "file": "n.txt", "actor": "Defence Minister Ilse Marwick", "stance": "supports" } ]
        },
        {
          "supplier": "Norland", "recipient": "Sarvia", "category": "naval vessel",
          "stances": [ { "file": "n.txt", "actor": "Defence Minister Ilse Marwick", "stance": "supports" } ]
        }
      ]
    }
    """;

    [Fact]
    public void A_gold_stance_of_the_same_category_is_matched_before_an_earlier_one_of_another_category()
    {
        // Marwick's remark on the boats, predicted first, must not take the rifle claim that comes first in the key.
        var report = Scorer.Score(GoldKey.Parse(TwoClaimsOnePairKey),
        [
            Predicted("n.txt",
                Claim("Norland", "Sarvia", "naval vessel", ("Ilse Marwick", StanceValue.Supports)),
                Claim("Norland", "Sarvia", "small arms", ("Ilse Marwick", StanceValue.Supports))),
        ]);

        report.TruePositives.Should().Be(2);
        report.CategoryAccuracy.Should().Be(1.0, "each prediction is paired with the gold claim of its own category");
    }

    [Fact]
    public void A_stance_of_another_category_is_still_matched_when_no_gold_stance_of_its_own_is_left()
    {
        var report = Scorer.Score(GoldKey.Parse(TwoClaimsOnePairKey),
            [Predicted("n.txt", Claim("Norland", "Sarvia", "armoured vehicle", ("Marwick", StanceValue.Supports)))]);

        report.TruePositives.Should().Be(1);
        report.FalsePositives.Should().Be(0);
        report.CategoryAccuracy.Should().Be(0.0);
    }

    [Fact]
    public void A_stance_repeated_on_a_claim_of_another_category_is_an_extra()
    {
        // One quote about the rifles, made into a rifle claim and a boat claim; the key has only the rifles.
        var key = """
        {
          "articles": [ { "file": "n.txt" } ],
          "claims": [ { "supplier": "Norland", "recipient": "Sarvia", "category": "small arms",
                        "stances": [ { "file": "n.txt", "actor": "Ilse Marwick", "stance": "supports" } ] } ]
        }
        """;

        var report = Scorer.Score(GoldKey.Parse(key),
        [
            Predicted("n.txt",
                Claim("Norland", "Sarvia", "small arms", ("Ilse Marwick", StanceValue.Supports)),
                Claim("Norland", "Sarvia", "naval vessel", ("Ilse Marwick", StanceValue.Supports))),
        ]);

        report.TruePositives.Should().Be(1);
        report.FalsePositives.Should().Be(1);
        report.Extras.Should().ContainSingle().Which.Actor.Should().Be("Ilse Marwick");
        report.CategoryAccuracy.Should().Be(1.0);
    }

    [Fact]
    public void A_repeat_that_names_the_actor_differently_is_an_extra()
    {
        // Only the very same stance is forgiven; "Marwick" after "Ilse Marwick" is a second stance the key does not have.
        var report = Scorer.Score(GoldKey.Parse(TwoClaimsOnePairKey),
        [
            Predicted("n.txt",
                Claim("Norland", "Sarvia", "small arms", ("Ilse Marwick", StanceValue.Supports)),
                Claim("Norland", "Sarvia", "naval vessel", ("Ilse Marwick", StanceValue.Supports), ("Marwick", StanceValue.Supports))),
        ]);

        report.TruePositives.Should().Be(2);
        report.Extras.Should().ContainSingle().Which.Actor.Should().Be("Marwick");
    }

    [Fact]
    public void Each_predicted_stance_of_a_file_in_the_key_is_reported_with_what_the_scorer_made_of_it()
    {
        var report = Scorer.Score(GoldKey.Parse(Key),
        [
            Predicted("run/a.txt",
                Claim("Iran", "Russia", "ballistic missile",
                    ("Blinken", StanceValue.Supports), ("Iran", StanceValue.Denies), ("Sergei Lavrov", StanceValue.Denies)),
                Claim("Iran", "Russia", "ballistic missile", ("Blinken", StanceValue.Supports))),
            Predicted("c.txt", Claim("Iran", "Russia", "drone", ("Nobody", StanceValue.Supports))),
        ]);

        report.Predictions.Select(p => (p.File, p.Stance.Actor.Name, p.Outcome)).Should().Equal(
            ("a.txt", "Blinken", PredictionOutcome.Right),
            ("a.txt", "Iran", PredictionOutcome.Uncounted),
            ("a.txt", "Sergei Lavrov", PredictionOutcome.Extra),
            ("a.txt", "Blinken", PredictionOutcome.Uncounted));
        report.TruePositives.Should().Be(1);
        report.FalsePositives.Should().Be(1);
    }

    [Fact]
    public void The_summary_rounds_the_exact_value_half_to_even_as_python_does()
    {
        // 0.0625 is a true tie; 0.6675 is stored just below one; 0.125 is a tie at whole percents.
        var report = new ScoreReport(0.0625, 0.6675, 0.9995, 0.125, 1, 15, 0, [], []);

        report.Summary(3).Should().Be(
            "stance F1 1.000 (precision 0.062, recall 0.667; tp 1, fp 15, fn 0; category right on 12% of matches; 3 files)");
    }

    [Fact]
    public void Files_outside_the_key_are_ignored_and_the_category_is_scored_on_matches()
    {
        var report = Scorer.Score(GoldKey.Parse(Key),
        [
            Predicted("elsewhere/c.txt", Claim("Iran", "Russia", "drone", ("Nobody", StanceValue.Supports))),
            Predicted("some/dir/b.txt", Claim("Iran", "Russia", "drone", ("U.S. officials", StanceValue.Supports))),
        ]);

        report.TruePositives.Should().Be(1);
        report.FalsePositives.Should().Be(0);
        report.CategoryAccuracy.Should().Be(0.0);
    }

    [Fact]
    public void The_items_format_names_files_after_their_ids()
    {
        var key = GoldKey.Parse("""{ "items": [ { "id": "D001", "claims": [ """
            + """{ "supplier": "Turkey", "recipient": "Ethiopia", "category": "drone", "stances": [ """
            + """{ "actor": "Meridian Wire", "stance": "supports" } ] } ] } ] }""");

        key.Files.Should().Equal("D001.txt");
        key.Stances.Should().ContainSingle().Which.Should().Be(new GoldStance("D001.txt", "turkey", "ethiopia", "drone", "Meridian Wire",
            "supports", false));
    }

    [Theory]
    [InlineData("Kremlin", "Russia", true)]
    [InlineData("Armenia’s Defence Ministry", "Armenian Defence Ministry", true)]
    [InlineData("Iran", "the Iranian embassy in Tehran", false)]
    [InlineData("EURACTIV.com", "Euractiv", true)]
    [InlineData("Foreign Office", "Pakistani Foreign Office", true)]
    [InlineData("Col. Dawit Mekonnen", "Dawit Mekonnen", true)]
    [InlineData("Mekonnen", "Dawit Mekonnen", true)]
    [InlineData("Iran", "Permanent Mission of Iran to the United Nations", false)]
    public void Actors_match_as_score_py_matches_them(string a, string b, bool same) =>
        ActorMatching.SameActor(a, b).Should().Be(same);

    [Theory]
    [InlineData("Michał Zieliński", "micha zielinski")]
    [InlineData("Russia’s U.S. envoy", "russia us envoy")]
    [InlineData("U.N. experts", "un experts")]
    public void Fold_strips_accents_possessives_and_dots(string text, string folded) => ActorMatching.Fold(text).Should().Be(folded);
}

using ArmsTransferTracker.Extraction.Evaluation;

namespace ArmsTransferTracker.Extraction.Tests.Evaluation;

public class RuleScoresTests
{
    // Kestria's shells for Ostrava, in three passages; the Ostravan denial in k1 is optional.
    private const string Key = """
    {
      "articles": [ { "file": "k1.txt" }, { "file": "k2.txt" }, { "file": "k3.txt" } ],
      "claims": [
        {
          "supplier": "Kestria", "recipient": "Ostrava", "category": "artillery ammunition",
          "stances": [
            { "file": "k1.txt", "actor": "Anja Vell", "stance": "supports" },
            { "file": "k1.txt", "actor": "Ostravan officials", "stance": "denies", "optional": true },
            { "file": "k2.txt", "actor": "Anja Vell", "stance": "supports" },
            { "file": "k3.txt", "actor": "Harbour Gazette", "stance": "supports" }
          ]
        }
      ]
    }
    """;

    private static ExtractedStance Stance(string actor, StanceValue value, params string[] rules) =>
        new(new ExtractedActor(actor, ActorKind.Person, null, null), value, []) { Rules = rules };

    // Each array of stances is one claim about the shells; two claims of one category let a stance be repeated verbatim.
    private static (string, ExtractedArticle) Predicted(string file, params ExtractedStance[][] claims) =>
        (file, new ExtractedArticle(new ArticleDocument(new ArticleMetadata(null, null, null, null, null, [], null), ""),
            claims.Select(stances => new ExtractedClaim("Kestria", "Ostrava", "shells", Categories.ArtilleryAmmunition, null, stances))
                .ToList()));

    // Built by hand rather than by the engine, so that the counts stay what this test says whatever the rules become.
    private static IReadOnlyList<RuleScore> Scores() => RuleScores.Tally(Scorer.Score(GoldKey.Parse(Key),
    [
        Predicted("run/k1.txt",
            [
                Stance("Anja Vell", StanceValue.Supports, "speaker-verb", "goods-named"),      // right
                Stance("Ostravan officials", StanceValue.Denies, "denial-verb"),               // optional: not counted
                Stance("Piet Hollar", StanceValue.Neutral, "speaker-verb", "hedge"),           // extra
            ],
            [Stance("Anja Vell", StanceValue.Supports, "goods-named", "goods-named")]),       // a verbatim repeat: not counted
        Predicted("run/k2.txt", [Stance("Anja Vell", StanceValue.Supports, "speaker-verb")]),   // right
        Predicted("run/k3.txt", [Stance("Harbour Gazette", StanceValue.Supports)]),             // right, by no named rule
        Predicted("run/outside.txt", [Stance("Anja Vell", StanceValue.Supports, "speaker-verb")]), // not in the key: not scored
    ]).Predictions);

    [Fact]
    public void Each_rule_counts_the_stances_it_fired_on_and_how_many_were_right_or_extras()
    {
        Scores().Select(s => (s.Rule, s.Fired, s.Right, s.Extras)).Should().Equal(
            ("speaker-verb", 3, 2, 1),
            ("goods-named", 2, 1, 0),
            (RuleScores.NoRule, 1, 1, 0),
            ("denial-verb", 1, 0, 0),
            ("hedge", 1, 0, 1));
    }

    [Fact]
    public void Precision_leaves_out_what_the_scorer_does_not_count_and_is_unknown_when_nothing_counted()
    {
        var byRule = Scores().ToDictionary(s => s.Rule);

        byRule["speaker-verb"].Precision.Should().BeApproximately(2.0 / 3, 1e-12);
        byRule["goods-named"].Precision.Should().Be(1.0, "its repeat of a right stance is neither right nor wrong");
        byRule["hedge"].Precision.Should().Be(0.0);
        byRule["denial-verb"].Precision.Should().BeNull("its only stance took an optional one of the key");
    }

    [Fact]
    public void Each_rule_names_the_passages_it_was_right_on()
    {
        var byRule = Scores().ToDictionary(s => s.Rule);

        byRule["speaker-verb"].PassagesRight.Should().Equal("k1.txt", "k2.txt");
        byRule["goods-named"].PassagesRight.Should().Equal("k1.txt");
        byRule[RuleScores.NoRule].PassagesRight.Should().Equal("k3.txt");
        byRule["hedge"].PassagesRight.Should().BeEmpty();
    }
}

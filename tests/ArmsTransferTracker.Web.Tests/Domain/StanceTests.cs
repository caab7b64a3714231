using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Tests.Domain;

public sealed class StanceTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private const string Text = "Freedonia sent drones to Sylvania, officials said.";

    private static Stance NewStance()
    {
        var freedonia = new Actor("Freedonia", ActorKind.Government);
        var sylvania = new Actor("Sylvania", ActorKind.Government);
        var claim = new Claim(freedonia, sylvania, "drones", Categories.Drone, null);
        var source = new ArticleSource(System.Text.Encoding.UTF8.GetBytes(Text), "a.txt", "text/plain");
        var article = new Article("Drones", null, null, null, null, [], null, Text, source, Now);
        return Stance.Extracted(
            claim, new Actor("Freedonian officials", ActorKind.Officials, null, freedonia), article, StanceValue.Supports, Now);
    }

    [Fact]
    public void Evidence_must_be_the_article_text_at_its_offsets()
    {
        var stance = NewStance();

        stance.AddEvidence(0, 21, "Freedonia sent drones").Should().BeTrue();
        stance.AddEvidence(0, 21, "Freedonia sent drones").Should().BeFalse("the same span is not added twice");
        stance.Invoking(s => s.AddEvidence(0, 21, "Sylvania sent drones!")).Should().Throw<ArgumentException>();
        stance.Invoking(s => s.AddEvidence(40, 400, "x")).Should().Throw<ArgumentOutOfRangeException>();
        stance.Evidence.Select(e => (e.Position, e.Start, e.End)).Should().Equal((1, 0, 21));
    }

    [Fact]
    public void Confirming_and_rejecting_record_the_editor_and_the_time()
    {
        var stance = NewStance();
        stance.Review.Should().Be(StanceReview.Unreviewed);

        stance.Confirm("alice", Now.AddHours(1));
        (stance.Review, stance.ReviewedBy, stance.ReviewedAt).Should().Be((StanceReview.Confirmed, "alice", Now.AddHours(1)));

        stance.Reject("bob", Now.AddHours(2));
        (stance.Review, stance.ReviewedBy, stance.ReviewedAt).Should().Be((StanceReview.Rejected, "bob", Now.AddHours(2)));
        stance.Invoking(s => s.Confirm(" ", Now)).Should().Throw<ArgumentException>();
        stance.Invoking(s => s.Confirm("carol", DateTime.SpecifyKind(Now, DateTimeKind.Local))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_claim_accepts_only_the_known_categories_and_words_its_sentence()
    {
        var iran = new Actor("Iran", ActorKind.Government);
        var russia = new Actor("Russia", ActorKind.Government);

        new Claim(iran, russia, "short-range ballistic missiles", Categories.BallisticMissile, null).Sentence
            .Should().Be("Iran transferred short-range ballistic missiles to Russia");
        FluentActions.Invoking(() => new Claim(iran, russia, "rays", "death rays", null)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_article_keeps_a_publisher_only_when_it_differs_from_the_outlet()
    {
        var source = new ArticleSource(new byte[] { 1 }, "a.txt", "text/plain");
        var outlet = new Outlet("The New York Times");

        new Article("H", outlet, new Outlet("New York Times"), null, null, [], null, "t", source, Now).Publisher.Should().BeNull();
        new Article("H", outlet, new Outlet("The Spokesman-Review"), null, null, [], null, "t", source, Now).Publisher!.Name
            .Should().Be("The Spokesman-Review");
        new Article("H", outlet, null, null, null, [], null, "t", source, Now).ContentHash
            .Should().Be(ArticleSource.HashOf(new byte[] { 1 })).And.HaveLength(64);
    }
}

using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.History;

namespace ArmsTransferTracker.Web.Tests.History;

public sealed class FieldChangeTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_change_lists_only_the_fields_that_differ_in_words_with_values_by_name()
    {
        var change = new ChangeSet("user-1", "ed@example.org", "Changed", null, Now);
        change.Record(ChangeSubject.Stance, 7,
            new StanceState(3, 4, StanceValue.Denies, StanceReview.Unreviewed, null, null, Removed: false),
            new StanceState(3, 4, StanceValue.Supports, StanceReview.Confirmed, "ed@example.org", Now, Removed: false));

        var entry = change.Entries.Single();

        FieldChange.Between(entry.Before, entry.After).Should().BeEquivalentTo(new[]
        {
            new FieldChange("value", "Denies", "Supports"),
            new FieldChange("review", "Unreviewed", "Confirmed"),
            new FieldChange("reviewed by", "none", "ed@example.org"),
            new FieldChange("reviewed at", "none", "2026-06-01T12:00:00Z"),
        }, options => options.WithStrictOrdering());
        entry.BeforeAs<StanceState>()!.Value.Should().Be(StanceValue.Denies, "history reads its own JSON back");
    }

    [Fact]
    public void A_row_the_change_created_has_every_field_after_and_none_before()
    {
        FieldChange.Between(null, """{"deletedAt":null,"quantity":"six"}""")
            .Should().Equal(new FieldChange("quantity", "none", "six"));
    }
}

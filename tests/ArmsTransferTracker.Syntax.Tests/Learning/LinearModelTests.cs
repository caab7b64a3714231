using ArmsTransferTracker.Syntax.Learning;

namespace ArmsTransferTracker.Syntax.Tests.Learning;

public class LinearModelTests
{
    private static readonly ulong Strong = FeatureHash.Of(1, 10);
    private static readonly ulong Weak = FeatureHash.Of(1, 11);
    private static readonly ulong Unseen = FeatureHash.Of(1, 12);

    private static LinearModel Model(float minWeight) => LinearModel.Compact(3,
        [(Strong, [4f, -2f, 0.01f]), (Weak, [0.2f, 0f, -0.1f])], minWeight);

    [Fact]
    public void Scores_are_the_sum_of_the_rows_of_the_features_within_a_byte_of_precision()
    {
        var scores = new float[3];

        Model(minWeight: 0).Score([Strong, Weak], scores);

        scores[0].Should().BeApproximately(4.2f, 0.02f);
        scores[1].Should().BeApproximately(-2f, 0.02f);
        scores[2].Should().BeApproximately(-0.1f, 0.02f);
    }

    [Fact]
    public void Rows_whose_largest_weight_is_under_the_threshold_are_dropped()
    {
        var model = Model(minWeight: 0.5f);
        var scores = new float[3];

        model.Score([Weak, Unseen], scores);

        model.Features.Should().Be(1);
        scores.Should().Equal(0f, 0f, 0f);
    }

    [Fact]
    public void A_model_read_back_scores_as_the_one_written()
    {
        var model = Model(minWeight: 0);

        var read = WrittenAndRead(model);

        var expected = new float[3];
        var actual = new float[3];
        model.Score([Strong, Weak, Unseen], expected);
        read.Score([Strong, Weak, Unseen], actual);
        actual.Should().Equal(expected);
        read.Features.Should().Be(2);
    }

    [Fact]
    public void Each_part_of_a_model_scores_with_its_own_weights_from_rows_found_once()
    {
        // Two parts (two passes of a tagger) over the same features: part 1's weights are part 0's reversed.
        var model = LinearModel.Compact(3, [(Strong, [4f, -2f, 1f, 1f, -2f, 4f])], minWeight: 0, parts: 2);
        var offsets = new int[2];
        var first = new float[3];
        var second = new float[3];

        model.Find([Strong, Unseen], offsets);
        model.Accumulate(offsets, 0, first);
        model.Accumulate(offsets, 1, second);

        offsets[1].Should().Be(LinearModel.Missing);
        first.Should().BeEquivalentTo(new[] { 4f, -2f, 1f },
            o => o.Using<float>(c => c.Subject.Should().BeApproximately(c.Expectation, 0.05f)).WhenTypeIs<float>());
        second.Should().BeEquivalentTo(new[] { 1f, -2f, 4f },
            o => o.Using<float>(c => c.Subject.Should().BeApproximately(c.Expectation, 0.05f)).WhenTypeIs<float>());
    }

    [Fact]
    public void Both_parts_summed_at_once_are_bit_for_bit_each_part_summed_alone()
    {
        // A sparse row and a dense one (every class weighed), as the taggers' stable features have.
        var model = LinearModel.Compact(3,
            [(Strong, [4f, 0f, 0f, 0f, -2f, 0f]), (Unseen, [0.3f, -0.7f, 1.1f, 2.9f, 0.1f, -1.3f])], minWeight: 0, parts: 2);
        var offsets = new int[2];
        model.Find([Unseen, Strong], offsets);
        var (first, second, firstAlone, secondAlone) = (new float[3], new float[3], new float[3], new float[3]);

        model.AccumulateBoth(offsets, first, second);
        model.Accumulate(offsets, 0, firstAlone);
        model.Accumulate(offsets, 1, secondAlone);

        first.Should().Equal(firstAlone);
        second.Should().Equal(secondAlone);
        first.Should().NotEqual(second);
    }

    [Fact]
    public void Rows_ordered_by_use_lead_with_the_ones_found_and_score_as_before_when_read_back()
    {
        var counting = Model(minWeight: 0).Counting();
        var offsets = new int[2];
        counting.Find([Weak, Unseen], offsets);
        counting.Find([Weak], offsets.AsSpan(0, 1));

        var ordered = counting.OrderedByUse();
        var read = WrittenAndRead(ordered);

        var expected = new float[3];
        var actual = new float[3];
        Model(minWeight: 0).Score([Strong, Weak, Unseen], expected);
        read.Score([Strong, Weak, Unseen], actual);
        actual.Should().Equal(expected);
        (ordered.UsedRows, read.UsedRows, read.Features).Should().Be((1, 1, 2));
    }

    [Fact]
    public void Only_a_counting_model_can_be_ordered_by_use()
    {
        var order = () => Model(minWeight: 0).OrderedByUse();

        order.Should().Throw<InvalidOperationException>();
    }

    private static LinearModel WrittenAndRead(LinearModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(writer);
        stream.Position = 0;
        return LinearModel.Read(new BinaryReader(stream));
    }
}

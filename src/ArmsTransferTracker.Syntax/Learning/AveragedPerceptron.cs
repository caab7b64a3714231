using System.Numerics;
using System.Runtime.InteropServices;

namespace ArmsTransferTracker.Syntax.Learning;

/// <summary>
/// A multi-class perceptron being trained: one row of class weights per feature, created when the feature is first
/// updated. Averaging uses the running-sum trick (Daumé 2006): each update at step c also adds c times itself to a
/// second row, and the average is <c>w - u / c</c>, so no update walks the whole model.
/// </summary>
public sealed class AveragedPerceptron
{
    private const int RowsPerChunk = 1 << 14;
    private readonly FeatureIndex index = new(1 << 18);
    private readonly List<float[]> weights = [];
    private readonly List<float[]> sums = [];
    private long step = 1;

    public AveragedPerceptron(int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        Classes = classes;
    }

    public int Classes { get; }

    public int Features => index.Count;

    /// <summary>Adds the current weights of the features to <paramref name="scores"/> (one slot a class).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            var row = index.Find(feature);
            if (row >= 0) Add(Row(weights, row), scores);
        }
    }

    /// <summary>Moves the features towards the right class and away from the guessed one.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var feature in features)
        {
            var row = index.FindOrAdd(feature);
            if (row >= weights.Count * RowsPerChunk)
            {
                weights.Add(new float[RowsPerChunk * Classes]);
                sums.Add(new float[RowsPerChunk * Classes]);
            }
            var w = Row(weights, row);
            var u = Row(sums, row);
            w[truth] += 1;
            w[guess] -= 1;
            u[truth] += step;
            u[guess] -= step;
        }
    }

    /// <summary>Marks the end of one training example: averaging weighs each weight by how many examples it lasted.</summary>
    public void Advance() => step++;

    /// <summary>The averaged weights of every feature, for <see cref="LinearModel"/> to compact.</summary>
    public IEnumerable<(ulong Key, float[] Weights)> AveragedRows()
    {
        foreach (var (key, row) in index.Entries())
        {
            var w = Row(weights, row);
            var u = Row(sums, row);
            var averaged = new float[Classes];
            for (var c = 0; c < Classes; c++) averaged[c] = w[c] - u[c] / step;
            yield return (key, averaged);
        }
    }

    private Span<float> Row(List<float[]> chunks, int row) =>
        chunks[row / RowsPerChunk].AsSpan(row % RowsPerChunk * Classes, Classes);

    private static void Add(ReadOnlySpan<float> row, Span<float> scores)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<float>.Count)
        {
            var source = MemoryMarshal.Cast<float, Vector<float>>(row);
            var target = MemoryMarshal.Cast<float, Vector<float>>(scores);
            for (var v = 0; v < source.Length; v++) target[v] += source[v];
            i = source.Length * Vector<float>.Count;
        }
        for (; i < row.Length; i++) scores[i] += row[i];
    }
}

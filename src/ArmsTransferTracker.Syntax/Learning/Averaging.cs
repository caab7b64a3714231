namespace ArmsTransferTracker.Syntax.Learning;

/// <summary>
/// Averages the weights of perceptrons trained side by side on different orders of the same data: a cheap ensemble
/// that costs nothing when tagging or parsing, since the average of linear models is one linear model.
/// </summary>
public static class Averaging
{
    /// <summary>Trains <paramref name="count"/> models in parallel, model m from seed + m, and averages their rows.</summary>
    /// <param name="width">The number of weights a row holds.</param>
    public static Dictionary<ulong, float[]> Train(int count, int width, Func<int, IEnumerable<(ulong Key, float[] Weights)>> train)
    {
        var models = new List<(ulong Key, float[] Weights)>[count];
        // Each model learns on its own thread from its own seed, so the result does not depend on scheduling.
        Parallel.For(0, count, m => models[m] = train(m).ToList());
        var sums = new Dictionary<ulong, float[]>();
        foreach (var (key, weights) in models.SelectMany(m => m))
        {
            if (!sums.TryGetValue(key, out var sum)) sums[key] = sum = new float[width];
            for (var c = 0; c < width; c++) sum[c] += weights[c] / count;
        }
        return sums;
    }
}

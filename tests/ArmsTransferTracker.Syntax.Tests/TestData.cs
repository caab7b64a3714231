using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Syntax.Tests;

/// <summary>The treebank files copied next to the tests (see Data/Treebank/README.md), read once.</summary>
internal static class TestData
{
    private static readonly Lazy<List<TreebankSentence>> TrainSlice = new(() => Read("en_ewt-ud-train-first600.conllu"));
    private static readonly Lazy<List<TreebankSentence>> EwtDev = new(() => Read("en_ewt-ud-dev.conllu"));
    private static readonly Lazy<List<TreebankSentence>> PudTest = new(() => Read("en_pud-ud-test.conllu"));

    /// <summary>The first 500 sentences of EWT's training split.</summary>
    public static IReadOnlyList<TreebankSentence> SmallTraining => TrainSlice.Value[..500];

    /// <summary>The next 100 sentences of EWT's training split, never trained on by the small model.</summary>
    public static IReadOnlyList<TreebankSentence> SmallHeldOut => TrainSlice.Value[500..];

    public static IReadOnlyList<TreebankSentence> Development => EwtDev.Value;

    public static IReadOnlyList<TreebankSentence> Pud => PudTest.Value;

    public static string TreebankFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Treebank", name);

    private static List<TreebankSentence> Read(string name) => ConlluReader.ReadFile(TreebankFile(name));
}

using System.Globalization;
using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// <c>--min-confidence X</c>, which extract, eval and eval-rules share: stances below X (0 to 1) are left out, and claims
/// left without stances. Without it the engine's <see cref="ExtractionOptions.DefaultMinConfidence"/> applies.
/// </summary>
internal static class MinConfidenceOption
{
    public const string Name = "--min-confidence";

    /// <summary>
    /// Takes the option and its value out of <paramref name="args"/>, leaving the rest in order. False, with the message
    /// to print, when the value is missing or is not a number from 0 to 1.
    /// </summary>
    public static bool TryTake(string[] args, out string[] rest, out double minConfidence, out string error) =>
        CommandOption.TryTake(args, Name, $"a number from 0 to 1, e.g. {Name} 0.5", Parse, ExtractionOptions.DefaultMinConfidence,
            out rest, out minConfidence, out error);

    private static double? Parse(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && ConfidenceFilter.IsValidThreshold(value)
            ? value : null;
}

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
    public static bool TryTake(string[] args, out string[] rest, out double minConfidence, out string error)
    {
        var kept = new List<string>(args.Length);
        minConfidence = ExtractionOptions.DefaultMinConfidence;
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != Name)
            {
                kept.Add(args[i]);
                continue;
            }
            var value = i + 1 < args.Length ? args[++i] : null;
            if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out minConfidence)
                || !ConfidenceFilter.IsValidThreshold(minConfidence))
            {
                rest = [];
                error = $"{Name} takes a number from 0 to 1, e.g. {Name} 0.5; got {(value is null ? "nothing" : $"\"{value}\"")}";
                return false;
            }
        }
        rest = [.. kept];
        return true;
    }
}

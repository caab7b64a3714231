using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Cli;

/// <summary><c>--engine words|parse</c>, which extract, eval, eval-rules and bench share: which extraction engine runs.</summary>
internal static class EngineOption
{
    public const string Name = "--engine";

    /// <summary>Takes the option and its value out of <paramref name="args"/>; false, with the message to print, on a bad value.</summary>
    public static bool TryTake(string[] args, out string[] rest, out ExtractionEngine engine, out string error) =>
        CommandOption.TryTake(args, Name, "words or parse", Parse, ExtractionEngine.Parse, out rest, out engine, out error);

    private static ExtractionEngine? Parse(string text) =>
        Enum.TryParse<ExtractionEngine>(text, ignoreCase: true, out var engine) && Enum.IsDefined(engine) ? engine : null;
}

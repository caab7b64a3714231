using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Cli;

/// <summary><c>--engine words|parse</c>, which extract, eval, eval-rules and bench share: which extraction engine runs.</summary>
internal static class EngineOption
{
    public const string Name = "--engine";

    /// <summary>Takes the option and its value out of <paramref name="args"/>; false, with the message to print, on a bad value.</summary>
    public static bool TryTake(string[] args, out string[] rest, out ExtractionEngine engine, out string error)
    {
        var kept = new List<string>(args.Length);
        engine = ExtractionEngine.Words;
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != Name)
            {
                kept.Add(args[i]);
                continue;
            }
            var value = i + 1 < args.Length ? args[++i] : null;
            if (value is null || !Enum.TryParse(value, ignoreCase: true, out engine) || !Enum.IsDefined(engine))
            {
                rest = [];
                error = $"{Name} takes words or parse; got {(value is null ? "nothing" : $"\"{value}\"")}";
                return false;
            }
        }
        rest = [.. kept];
        return true;
    }
}

namespace ArmsTransferTracker.Web.Cli;

/// <summary>An option written as its name and a value ("--engine parse"), which several verbs share.</summary>
internal static class CommandOption
{
    /// <summary>
    /// Takes the option and its value out of <paramref name="args"/>, leaving the rest in order. <paramref name="parse"/>
    /// answers the value, or null when it refuses the text; then this is false, with the message to print.
    /// </summary>
    public static bool TryTake<T>(string[] args, string name, string expected, Func<string, T?> parse, T fallback,
        out string[] rest, out T value, out string error) where T : struct
    {
        var kept = new List<string>(args.Length);
        value = fallback;
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != name)
            {
                kept.Add(args[i]);
                continue;
            }
            var text = i + 1 < args.Length ? args[++i] : null;
            if (text is null || parse(text) is not { } parsed)
            {
                rest = [];
                error = $"{name} takes {expected}; got {(text is null ? "nothing" : $"\"{text}\"")}";
                return false;
            }
            value = parsed;
        }
        rest = [.. kept];
        return true;
    }
}

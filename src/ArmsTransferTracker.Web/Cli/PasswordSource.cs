using Spectre.Console;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// Where <c>users add</c> takes the new user's password: asked twice without echo when standard input is a terminal,
/// otherwise <see cref="Variable"/> (for scripts). Never an argument, which shell histories and process lists would keep.
/// </summary>
/// <param name="environment">Reads an environment variable.</param>
/// <param name="askSecret">Asks for a secret with the prompt given; null when there is no terminal to ask on.</param>
internal sealed class PasswordSource(Func<string, string?> environment, Func<string, string>? askSecret)
{
    public const string Variable = "TRACKER_PASSWORD";

    /// <summary>The process's terminal when standard input is one, else its environment.</summary>
    public static PasswordSource FromConsole() =>
        new(Environment.GetEnvironmentVariable, Console.IsInputRedirected ? null : AskOnStandardError);

    /// <summary>The password; or null, with what went wrong and how to give one.</summary>
    public string? Read(out string problem)
    {
        problem = "";
        if (askSecret is null)
        {
            var password = environment(Variable);
            if (password is null)
            {
                problem = $"no password: run this on a terminal to be asked for one, or set {Variable} (for scripts).";
            }
            return password;
        }
        var first = askSecret("Password:");
        if (askSecret("Same password again:") != first)
        {
            problem = "the two passwords differ.";
            return null;
        }
        return first;
    }

    // Prompts go to standard error: standard output holds only what the verb says.
    private static string AskOnStandardError(string prompt) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Prompt(new TextPrompt<string>(prompt).Secret());
}

using ArmsTransferTracker.Web.Settings;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// The app's command-line verbs. No verb, <c>serve</c>, or settings (<c>--KEY=VALUE</c>, <c>--KEY VALUE</c>) start the web server;
/// <c>help</c>, <c>--help</c> and <c>-h</c> list the verbs; any other first word is refused with that list, so a typo
/// never starts a server or creates a database.
/// </summary>
public static class CommandLine
{
    public const string Serve = "serve";

    private sealed record Verb(string Name, string Arguments, string Summary, Func<string[], Task<int>> Run);

    private static readonly Verb[] Verbs =
    [
        new("users", "add|list|role|remove|token ...",
            "manage accounts: add a user with a role, list, change a role, remove, issue an API token", UsersCommand.RunAsync),
        new("import", "PATH...",
            "import files and folders (recursively) into the database, with progress and a summary", ImportCommand.RunAsync),
        new("reextract", "",
            "run the current extractor over every stored article again, keeping editors' decisions", ReextractCommand.RunAsync),
        new("extract", "FILE...",
            "print each article's claims and stances as JSON (seeds/FORMAT.md); no database", ExtractCommand.RunAsync),
        new("eval", "DIR KEY", "score extraction against an answer key, e.g. eval seeds seeds/seeds.gold.json", EvalCommand.RunAsync),
        new("eval-rules", "DIR KEY [DIR KEY ...]",
            "eval's table of how each rule did, over several sets at once", EvalRulesCommand.RunAsync),
        new("bench", "[COUNT] [DIR]", "extraction throughput on one core", BenchCommand.RunAsync),
        new("generate", "[--claims N] [--stances N] [--seed N] [--database PATH]",
            "fill an empty database with synthetic claims and stances for load tests", GenerateCommand.RunAsync),
        new("train-syntax", "TRAIN.conllu", "train the tagger and parser from a treebank", TrainSyntaxCommand.RunAsync),
        new("eval-syntax", "FILE.conllu", "score the tagger and parser on a treebank", EvalSyntaxCommand.RunAsync),
    ];

    private static readonly string[] HelpWords = ["help", "--help", "-h"];

    /// <summary>Whether the command line asks for the web server rather than a verb.</summary>
    public static bool Serves(string[] args) => args.Length == 0 || args[0] == Serve || StartsWithSetting(args);

    /// <summary>The server's own arguments: the settings after <c>serve</c>.</summary>
    public static string[] ServerArgs(string[] args) => args.Length > 0 && args[0] == Serve ? args[1..] : args;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (HelpWords.Contains(args[0]))
        {
            await output.WriteAsync(Help);
            return 0;
        }
        if (Verbs.FirstOrDefault(v => v.Name == args[0]) is { } verb)
        {
            try
            {
                return await verb.Run(args[1..]);
            }
            catch (Exception error) when (SettingsServices.FailuresIn(error) is { Count: > 0 } failures)
            {
                SettingsServices.Explain(failures, errors);
                return 1;
            }
        }
        await errors.WriteLineAsync($"\"{args[0]}\" is not a verb of this app.");
        await errors.WriteAsync(Help);
        return 2;
    }

    // "--Urls=http://0.0.0.0:8080" or "--urls http://0.0.0.0:8080": a setting for the server, as the host reads its
    // command line; a bare "--urls" sets nothing.
    private static bool StartsWithSetting(string[] args) =>
        args[0].StartsWith("--", StringComparison.Ordinal) && !HelpWords.Contains(args[0])
        && (args[0].Contains('=') || (args.Length > 1 && !args[1].StartsWith('-')));

    internal static string Help
    {
        get
        {
            var width = Verbs.Max(v => Usage(v).Length);
            var lines = Verbs.Select(v => (Usage(v), v.Summary)).Append(("help", "this list (also --help, -h)"))
                .Select(v => $"  {v.Item1.PadRight(width)}  {v.Item2}");
            return $"""
                usage: dotnet run --project src/ArmsTransferTracker.Web -- [VERB ...]
                With no verb, or with {Serve} [--KEY=VALUE ...], it serves the app;
                settings such as --Urls=http://0.0.0.0:8080 override appsettings.json.
                Verbs:
                {string.Join(Environment.NewLine, lines)}

                """;
        }
    }

    private static string Usage(Verb verb) => verb.Arguments.Length == 0 ? verb.Name : $"{verb.Name} {verb.Arguments}";
}

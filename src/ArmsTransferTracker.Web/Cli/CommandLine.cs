namespace ArmsTransferTracker.Web.Cli;

/// <summary>The app's command-line verbs. Anything else on the command line starts the web server.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["extract"] = ExtractCommand.RunAsync,
        ["eval"] = EvalCommand.RunAsync,
        ["eval-rules"] = EvalRulesCommand.RunAsync,
        ["bench"] = BenchCommand.RunAsync,
        ["import"] = ImportCommand.RunAsync,
        ["reextract"] = ReextractCommand.RunAsync,
        ["train-syntax"] = TrainSyntaxCommand.RunAsync,
        ["eval-syntax"] = EvalSyntaxCommand.RunAsync,
        ["users"] = UsersCommand.RunAsync,
    };

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.ContainsKey(args[0]);

    public static Task<int> RunAsync(string[] args) => Verbs[args[0]](args[1..]);
}

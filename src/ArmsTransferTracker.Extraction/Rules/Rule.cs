namespace ArmsTransferTracker.Extraction.Rules;

/// <summary>What every rule of the engine says about itself: its name, why it exists, and an example it is right on.</summary>
public interface IRule
{
    string Name { get; }

    string Reason { get; }

    string Example { get; }
}

/// <summary>
/// A named rule of one stage: <see cref="Apply"/> looks at the stage's input and answers its output, or null when
/// the rule does not fire. Each stage keeps its rules in an ordered list; the list's order is the rules' precedence.
/// </summary>
public sealed record Rule<TInput, TOutput>(string Name, string Reason, string Example, Func<TInput, TOutput?> Apply) : IRule
    where TOutput : class;

public static class RuleList
{
    /// <summary>The output of the first rule that fires, with that rule, or null when none does.</summary>
    public static (TOutput Output, Rule<TInput, TOutput> Rule)? Fire<TInput, TOutput>(
        this IReadOnlyList<Rule<TInput, TOutput>> rules, TInput input) where TOutput : class
    {
        // By index: a foreach over the list as an interface would allocate an enumerator at every call, and make two calls
        // through the interface a rule instead of one.
        var count = rules.Count;
        for (var i = 0; i < count; i++)
        {
            var rule = rules[i];
            if (rule.Apply(input) is { } output) return (output, rule);
        }
        return null;
    }
}

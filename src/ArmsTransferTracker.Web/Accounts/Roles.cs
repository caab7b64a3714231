namespace ArmsTransferTracker.Web.Accounts;

/// <summary>What a signed-in user may do. Each role includes the ones before it: an editor may import, an admin may edit.</summary>
public static class Roles
{
    /// <summary>May import articles.</summary>
    public const string Contributor = "contributor";

    /// <summary>May also tag, correct, merge and delete.</summary>
    public const string Editor = "editor";

    /// <summary>May also manage users.</summary>
    public const string Admin = "admin";

    /// <summary>From least to most.</summary>
    public static IReadOnlyList<string> All { get; } = [Contributor, Editor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    /// <summary>The most that a user holding <paramref name="roles"/> may do: a user has one role, but the highest would win.</summary>
    public static string? Highest(IEnumerable<string> roles) => All.LastOrDefault(roles.Contains);

    /// <summary>The roles that may do what <paramref name="least"/> may.</summary>
    public static string[] AtLeast(string least) => All.SkipWhile(r => r != least).ToArray();
}

/// <summary>Authorization policies by what they allow.</summary>
public static class Policies
{
    public const string Import = "import";
    public const string Edit = "edit";
    public const string Administer = "administer";
}

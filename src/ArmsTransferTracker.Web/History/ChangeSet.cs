using System.Text.Json;
using System.Text.Json.Serialization;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.History;

/// <summary>What an editor's change was about.</summary>
public enum ChangeSubject { Stance, Claim, Actor, Article }

/// <summary>
/// One editor's change, as history keeps it: who, when, why, a sentence saying what, and for every row it touched that
/// row's state before and after (<see cref="ChangeEntry"/>). A merge is one change of many rows. Reverting puts every
/// row back as it was, and is itself a change.
/// </summary>
public sealed class ChangeSet
{
    private readonly List<ChangeEntry> _entries = [];

    private ChangeSet()
    {
    }

    public ChangeSet(string userId, string userName, string summary, string? reason, DateTime atUtc)
    {
        UserId = Names.Require(userId, nameof(userId));
        UserName = Names.Require(userName, nameof(userName));
        Summary = Names.Require(summary, nameof(summary));
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        At = atUtc.Kind == DateTimeKind.Utc ? atUtc : throw new ArgumentException("Times must be UTC.", nameof(atUtc));
    }

    public int Id { get; private set; }

    public DateTime At { get; private set; }

    public string UserId { get; private set; } = "";

    /// <summary>The user's email when they made the change, so history reads the same after the account is gone.</summary>
    public string UserName { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string? Reason { get; private set; }

    /// <summary>The change this one reverted, if it is a revert; a change is reverted at most once (a unique index).</summary>
    public int? RevertsId { get; private set; }

    public ChangeSet? Reverts { get; private set; }

    public IReadOnlyList<ChangeEntry> Entries => _entries;

    public void Record<TState>(ChangeSubject subject, int subjectId, TState? before, TState? after)
        where TState : class =>
        _entries.Add(new ChangeEntry(subject, subjectId, ChangeEntry.Serialize(before), ChangeEntry.Serialize(after)));

    /// <summary>Marks this change as the revert of <paramref name="original"/>.</summary>
    public void MarkRevertOf(ChangeSet original)
    {
        ArgumentNullException.ThrowIfNull(original);
        (Reverts, RevertsId) = (original, original.Id);
    }
}

/// <summary>One row a change touched: its state before and after, as JSON of the subject's state record (null: none).</summary>
public sealed class ChangeEntry
{
    // Enums by name, so that history reads "supports", not 0, and stays right if an enum gains a member.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private ChangeEntry()
    {
    }

    internal ChangeEntry(ChangeSubject subject, int subjectId, string? before, string? after)
    {
        Subject = subject;
        SubjectId = subjectId;
        Before = before;
        After = after;
    }

    public int Id { get; private set; }

    public int ChangeSetId { get; private set; }

    public ChangeSubject Subject { get; private set; }

    public int SubjectId { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public T? BeforeAs<T>() where T : class => Before is null ? null : JsonSerializer.Deserialize<T>(Before, Json);

    public T? AfterAs<T>() where T : class => After is null ? null : JsonSerializer.Deserialize<T>(After, Json);

    internal static string? Serialize<T>(T? state) where T : class => state is null ? null : JsonSerializer.Serialize(state, Json);
}

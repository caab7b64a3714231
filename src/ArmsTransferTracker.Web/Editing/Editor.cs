using System.Security.Claims;

namespace ArmsTransferTracker.Web.Editing;

/// <summary>The signed-in user making a change, as history records them.</summary>
public sealed record Editor(string UserId, string Email)
{
    public static Editor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Only a signed-in user edits."),
        user.Identity?.Name ?? throw new InvalidOperationException("Only a signed-in user edits."));
}

public enum EditStatus { Saved, NotFound, Conflict, Refused }

/// <summary>What came of an edit, in words for the editor; <see cref="ChangeId"/> is the change history kept.</summary>
public sealed record EditResult(EditStatus Status, string Message, int? ChangeId = null)
{
    /// <summary>A page the message points to: the claim to merge into rather than duplicate.</summary>
    public string? SeeAlso { get; init; }

    public static EditResult NotFound(string what) => new(EditStatus.NotFound, $"There is no {what}.");

    public static EditResult Refused(string why) => new(EditStatus.Refused, why);

    public static EditResult Conflict(string current) =>
        new(EditStatus.Conflict, $"Not saved: someone else changed this since you opened the page. It now reads: {current}");
}

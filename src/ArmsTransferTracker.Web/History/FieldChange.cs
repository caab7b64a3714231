using System.Text.Json;

namespace ArmsTransferTracker.Web.History;

/// <summary>One field of a row a change touched, as it was and as it became ("value: supports → denies").</summary>
public sealed record FieldChange(string Field, string Before, string After)
{
    /// <summary>The fields that differ between two states of a row kept as JSON; a row the change created has no before.</summary>
    public static IReadOnlyList<FieldChange> Between(string? before, string? after)
    {
        var was = Fields(before);
        var now = Fields(after);
        return was.Keys.Union(now.Keys)
            .Select(field => new FieldChange(Words(field), was.GetValueOrDefault(field, "none"), now.GetValueOrDefault(field, "none")))
            .Where(change => change.Before != change.After)
            .ToList();
    }

    private static Dictionary<string, string> Fields(string? json)
    {
        if (json is null)
        {
            return [];
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null => "none",
            JsonValueKind.String => p.Value.GetString()!,
            _ => p.Value.GetRawText(),
        });
    }

    /// <summary>"mergedIntoId" reads "merged into id".</summary>
    private static string Words(string field) =>
        string.Concat(field.Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}

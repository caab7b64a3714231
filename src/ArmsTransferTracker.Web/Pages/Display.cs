using System.Globalization;
using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>How pages spell values: one place, so that every page says "supports" and "12 Sept 2024" the same way.</summary>
public static class Display
{
    public static string Date(DateOnly? date) =>
        date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "date unknown";

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Stance(StanceValue value) => value switch
    {
        StanceValue.Supports => "supports",
        StanceValue.Denies => "denies",
        _ => "neutral",
    };

    public static string Kind(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Officials => "officials",
        ActorKind.Government => "government",
        ActorKind.Organisation => "organisation",
        _ => "media",
    };

    public static string Sources(int count) => count == 1 ? "1 source" : $"{count} sources";

    public static string EvidenceAnchor(int stanceId, int position) => $"ev-{stanceId}-{position}";
}

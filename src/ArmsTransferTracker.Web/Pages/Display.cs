using System.Globalization;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Output;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>How pages spell values: one place, so that every page says "supports" and "12 Sept 2024" the same way.</summary>
public static class Display
{
    public static string Date(DateOnly? date) =>
        date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "date unknown";

    public static string DateTime(DateTime utc) => utc.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Confidence(double confidence) => confidence.ToString("0.00", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment stored in UTC ("2 Dec 2026 15:04 UTC"); the database hands it back without its kind.</summary>
    public static string Time(DateTime utc) => utc.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string IsoTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // The same words as the extraction output, so the pages and the JSON speak alike.
    public static string Stance(StanceValue value) => Editing.Words.Stance(value);

    public static string Review(StanceReview review) => Editing.Words.Review(review);

    public static string Kind(ActorKind kind) => ExtractionJson.KindName(kind);

    /// <summary>"asserted", "contested", "denied", "unconfirmed": the word beside a claim, and its CSS class.</summary>
    public static string Status(ClaimStatus status) => status.ToString().ToLowerInvariant();

    public static string Sources(int count) => count == 1 ? "1 source" : $"{count} sources";

    /// <summary>
    /// A quote in quotation marks, unless it comes in its own, or opens or closes on a double mark of its own, as a passage
    /// quoting someone does ("“Not one,” he said."): a second pair would double them.
    /// </summary>
    public static string Quoted(string quote)
    {
        var text = quote.Trim();
        var ownPair = text.Length > 1 && text[0] is '“' or '"' or '‘' or '\'' && text[^1] is '”' or '"' or '’' or '\'';
        var ownDoubleMark = text.Length > 0 && (text[0] is '“' or '"' || text[^1] is '”' or '"');
        return ownPair || ownDoubleMark ? text : $"“{text}”";
    }

    public static string EvidenceAnchor(int stanceId, int position) => $"ev-{stanceId}-{position}";
}

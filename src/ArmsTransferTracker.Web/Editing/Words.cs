using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Output;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Editing;

/// <summary>How history and edit messages spell values: the words of the pages and the extraction output.</summary>
public static class Words
{
    public static string Stance(StanceValue value) => ExtractionJson.StanceName(value);

    public static string Review(StanceReview review) => review switch
    {
        StanceReview.Confirmed => "confirmed",
        StanceReview.Rejected => "rejected",
        _ => "not reviewed",
    };

    public static string Kind(ActorKind kind) => ExtractionJson.KindName(kind);

    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

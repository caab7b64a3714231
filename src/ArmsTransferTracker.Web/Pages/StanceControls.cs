using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>
/// What an editor sees beside a stance on the claim and article pages: how it was found, and the forms that confirm,
/// reject, change or remove it. The forms post to the stance page with the version shown, and come back to <see cref="ReturnUrl"/>.
/// </summary>
public sealed record StanceControls(
    int StanceId,
    int Version,
    StanceValue Value,
    StanceReview Review,
    string? ReviewedBy,
    double? Confidence,
    string? Rules,
    string ReturnUrl);

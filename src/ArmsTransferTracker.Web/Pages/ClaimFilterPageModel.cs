using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Finding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>
/// A page over the claims the list's filters keep (the list at <c>/</c>, the network): the filters as typed, for the form,
/// and what is wrong with them, for the message beside it.
/// </summary>
public abstract class ClaimFilterPageModel : PageModel
{
    public static IReadOnlyList<string> CategoryOptions => Categories.All;

    public ClaimFilter Filter { get; private set; } = new();

    /// <summary>What is wrong with the filters, one sentence per parameter; nothing is shown until they are mended.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool Filtered => Filter.RouteValues(1).Keys.Any(k => k is not ("page" or "pageSize" or "sort"));

    /// <summary>The query the filters make; null when they cannot be used, and the page then answers 400.</summary>
    protected ClaimQuery? Read(ClaimFilter filter)
    {
        Filter = filter;
        if (filter.Parse(out var errors) is { } query)
        {
            return query;
        }
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return null;
    }
}

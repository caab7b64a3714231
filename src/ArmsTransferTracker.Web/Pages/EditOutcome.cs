using ArmsTransferTracker.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>What every editing page answers to an edit: the same for stances, claims, actors and articles.</summary>
public static class EditOutcome
{
    /// <summary>
    /// Saved: on to <paramref name="savedUrl"/> (a path of this site), with the message shown once. Not found: 404. Refused
    /// or in conflict: the page again as the row is now (<paramref name="reload"/>), with why (<paramref name="showWhy"/>), 400 or 409.
    /// </summary>
    public static async Task<IActionResult> AnswerAsync(
        this PageModel page, EditResult result, string savedUrl, Func<Task<bool>> reload, Action<EditResult> showWhy)
    {
        switch (result.Status)
        {
            case EditStatus.Saved:
                page.TempData[EditNotice.Key] = result.Message;
                return page.LocalRedirect(page.Url.IsLocalUrl(savedUrl) ? savedUrl : "/");
            case EditStatus.NotFound:
                return page.NotFound();
            default:
                page.ModelState.Clear();
                if (!await reload())
                {
                    return page.NotFound();
                }
                showWhy(result);
                page.Response.StatusCode = result.Status == EditStatus.Conflict
                    ? StatusCodes.Status409Conflict
                    : StatusCodes.Status400BadRequest;
                return page.Page();
        }
    }
}

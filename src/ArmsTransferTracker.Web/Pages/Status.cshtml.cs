using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>
/// The friendly page shown, with the original status code, for 404 and other client errors (UseStatusCodePagesWithReExecute).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        // Only ever shown in place of another response; visited directly it is itself not a page.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            return NotFound();
        }
        Code = code;
        return Page();
    }
}

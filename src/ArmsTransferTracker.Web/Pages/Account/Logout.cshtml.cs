using ArmsTransferTracker.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArmsTransferTracker.Web.Pages.Account;

/// <summary>Signing out is a POST (with its antiforgery token), so that no link on another site can sign a user out.</summary>
public sealed class LogoutModel(SignInManager<TrackerUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}

using System.ComponentModel.DataAnnotations;
using ArmsTransferTracker.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArmsTransferTracker.Web.Pages.Account;

/// <summary>Signing in by email and password. Five wrong passwords in a row lock the account for a quarter of an hour.</summary>
public sealed class LoginModel(SignInManager<TrackerUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where to go once signed in: a path on this site only, never another site's address.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = "Enter your email and your password.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{Email} signed in", Input.Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("{Email} is locked out", Input.Email);
            Error = "Too many failed attempts: this account is locked for 15 minutes. Try again later, or ask an admin.";
        }
        else
        {
            logger.LogWarning("Failed sign-in for {Email}", Input.Email);
            Error = "The email or the password is not right.";
        }
        return Page();
    }

    public sealed class InputModel
    {
        [Required]
        [EmailAddress]
        public string Email { get; set; } = "";

        [Required]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}

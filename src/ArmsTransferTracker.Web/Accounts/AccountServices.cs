using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace ArmsTransferTracker.Web.Accounts;

public static class AccountServices
{
    /// <summary>
    /// Users and roles in the tracker's database, with their password and lockout rules: what both the web app and the
    /// <c>users</c> verbs need.
    /// </summary>
    public static IdentityBuilder AddTrackerAccounts(this IServiceCollection services) =>
        services.AddScoped<UserRoles>().AddIdentityCore<TrackerUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length does more than composition rules: a long passphrase passes, "Passw0rd!" does not.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TrackerDbContext>();

    /// <summary>
    /// Signing in for the web app: a cookie for the pages (and the API, with an antiforgery header), a personal token for
    /// the API, the role policies, and the data-protection keys kept in the database so sign-ins survive restarts.
    /// </summary>
    public static IServiceCollection AddTrackerSignIn(this IServiceCollection services)
    {
        services.AddTrackerAccounts().AddSignInManager();
        // A changed role or a removed user reaches open sessions within a minute, not Identity's default half hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddDataProtection()
            .PersistKeysToDbContext<TrackerDbContext>()
            .SetApplicationName("ArmsTransferTracker");
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "tracker.signin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            // The API answers with a status, not with the sign-in page.
            cookie.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Import, policy => policy.RequireRole(Roles.AtLeast(Roles.Contributor)))
            .AddPolicy(Policies.Edit, policy => policy.RequireRole(Roles.AtLeast(Roles.Editor)))
            .AddPolicy(Policies.Administer, policy => policy.RequireRole(Roles.AtLeast(Roles.Admin)));
        return services;
    }

    private static Task ApiStatusOrRedirect(
        RedirectContext<CookieAuthenticationOptions> context,
        int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}

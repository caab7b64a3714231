using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ArmsTransferTracker.Web.Accounts;

/// <summary>
/// Who may call the import API: a contributor (or more) signed in by a personal token, or by the sign-in cookie together
/// with the antiforgery header (<c>RequestVerificationToken</c>) that only the app's own pages can read. A cross-site
/// request carries the cookie but cannot carry the header, so it is refused.
/// </summary>
public static class ImportAuthorization
{
    public static TBuilder RequireImportRights<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint
            .RequireAuthorization(new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme,
                    ApiTokenAuthenticationHandler.SchemeName)
                .RequireRole(Roles.AtLeast(Roles.Contributor))
                .Build())
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                if (!http.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName))
                {
                    var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
                    if (!await antiforgery.IsRequestValidAsync(http))
                    {
                        return TypedResults.Problem(
                            statusCode: StatusCodes.Status403Forbidden,
                            title: "The request was not sent by the tracker's own pages",
                            detail: "A request signed in by cookie must carry the antiforgery header RequestVerificationToken; "
                                + "scripts should send a personal API token instead (Authorization: Bearer ...), "
                                + "made on the account page.");
                    }
                }
                return await next(context);
            });
}

using System.Security.Claims;
using System.Text.Encodings.Web;
using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Accounts;

/// <summary>
/// Signs in an API request by its personal token (<c>Authorization: Bearer att_...</c>), as the token's owner with the
/// owner's current role. A browser never sends such a header by itself, so a request signed in this way cannot be forged
/// by another site and needs no antiforgery token.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TrackerDbContext db,
    UserManager<TrackerUser> users,
    IUserClaimsPrincipalFactory<TrackerUser> principals,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = header[Bearer.Length..].Trim();
        var hash = ApiToken.HashOf(secret);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, Context.RequestAborted);
        var user = token is null ? null : await users.FindByIdAsync(token.UserId);
        if (token is null || user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked, or its owner cannot sign in.");
        }
        token.MarkUsed(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(Context.RequestAborted);
        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, principal.Identities.First().NameClaimType,
            principal.Identities.First().RoleClaimType);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}

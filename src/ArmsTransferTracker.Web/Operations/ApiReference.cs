using Scalar.AspNetCore;

namespace ArmsTransferTracker.Web.Operations;

/// <summary>
/// The API described: the OpenAPI document at <c>/openapi/v1.json</c> and an interactive reference page over it at
/// <see cref="Path"/>. The page runs an inline script, so <see cref="WebSecurity"/> gives that path alone a looser policy.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/reference";

    public static IServiceCollection AddApiReference(this IServiceCollection services) => services.AddOpenApi();

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        // The page's own fonts, not Scalar's font server: the policy lets it load nothing from elsewhere.
        app.MapScalarApiReference(Path, options => options.WithTitle("ArmsTransferTracker API").DisableDefaultFonts());
        return app;
    }
}

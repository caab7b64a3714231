using Microsoft.AspNetCore.HttpsPolicy;

namespace ArmsTransferTracker.Web.Operations;

/// <summary>
/// Security headers on every response (pages, API, static files, error and status pages) and, when the app is served
/// over HTTPS, redirection to it and HSTS. Without an https:// address in <c>Urls</c> neither is turned on: redirecting to
/// a port nothing listens on, or pinning browsers to HTTPS for a host that has none, would lock users out.
/// </summary>
public static class WebSecurity
{
    private const string UrlsKey = "urls";
    private const int DefaultHttpsPort = 443;

    // A year, as browsers' preload lists ask.
    private const int HstsMaxAgeSeconds = 365 * 24 * 60 * 60;

    public static IServiceCollection AddWebSecurity(this IServiceCollection services)
    {
        // Read from the configuration the app ends with, so that tests and environment variables can set Urls.
        services.AddOptions<HttpsRedirectionOptions>()
            .Configure<IConfiguration>((options, configuration) => options.HttpsPort = HttpsPort(configuration));
        return services;
    }

    /// <summary>First in the pipeline, so that every response, a failed one too, carries the headers.</summary>
    public static IApplicationBuilder UseWebSecurity(this IApplicationBuilder app, IConfiguration configuration)
    {
        var https = HttpsPort(configuration) is not null;
        // The API reference page is a script that starts from an inline one and styles itself inline: only its path allows
        // that, and still loads nothing from any other site.
        static bool IsApiReference(HttpContext context) => context.Request.Path.StartsWithSegments(ApiReference.Path);
        app.UseWhen(IsApiReference, reference => reference.UseSecurityHeaders(Policies(https, inline: true)));
        app.UseWhen(context => !IsApiReference(context), rest => rest.UseSecurityHeaders(Policies(https, inline: false)));
        if (https)
        {
            app.UseHttpsRedirection();
        }
        return app;
    }

    /// <summary>The port of the first https:// address among <c>Urls</c> (";"-separated), or null when there is none.</summary>
    public static int? HttpsPort(IConfiguration configuration)
    {
        var https = (configuration[UrlsKey] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(url => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (https is null)
        {
            return null;
        }
        // Not Uri: Kestrel's wildcard hosts ("https://*:8443", "https://+:8443") are no URI hosts.
        var authority = https["https://".Length..].Split('/')[0];
        var colon = authority.LastIndexOf(':');
        return colon > authority.LastIndexOf(']') && int.TryParse(authority[(colon + 1)..], out var port) ? port : DefaultHttpsPort;
    }

    private static HeaderPolicyCollection Policies(bool https, bool inline)
    {
        var policies = new HeaderPolicyCollection()
            .AddContentSecurityPolicy(csp =>
            {
                // Scripts and styles come only from the app's own files: no inline script, style or event handler runs (but on
                // the API reference page, with inline set).
                csp.AddDefaultSrc().Self();
                var (scripts, styles) = (csp.AddScriptSrc().Self(), csp.AddStyleSrc().Self());
                if (inline)
                {
                    scripts.UnsafeInline();
                    styles.UnsafeInline();
                    csp.AddFontSrc().Self().Data();
                    csp.AddImgSrc().Self().Data();
                }
                else
                {
                    csp.AddImgSrc().Self();
                }
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            })
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            // Links to the articles' sites do not tell them this tracker's address or what was being read.
            .AddReferrerPolicySameOrigin()
            .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
            .RemoveServerHeader();
        return https ? policies.AddStrictTransportSecurityMaxAge(HstsMaxAgeSeconds) : policies;
    }
}

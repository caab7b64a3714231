using ArmsTransferTracker.Web.Accounts;
using ArmsTransferTracker.Web.Api;
using ArmsTransferTracker.Web.Cli;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Editing;
using ArmsTransferTracker.Web.Export;
using ArmsTransferTracker.Web.Finding;
using ArmsTransferTracker.Web.History;
using ArmsTransferTracker.Web.Import;
using ArmsTransferTracker.Web.Logging;
using ArmsTransferTracker.Web.Operations;
using ArmsTransferTracker.Web.Settings;
using Microsoft.Extensions.Options;
using Serilog;

// Command-line verbs (extract, import, help, ...) run and exit; no verb or "serve" serves the app.
return CommandLine.Serves(args) ? await ServeAsync(CommandLine.ServerArgs(args)) : await CommandLine.RunAsync(args);

// The server is a method of its own: compiling Main then loads none of the web framework's assemblies, which a verb never uses.
static async Task<int> ServeAsync(string[] args)
{
    // The content root is the build output (appsettings, seeds), not the directory `dotnet run` was typed in.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    // Serve wwwroot from the project in every environment when run from a build (a no-op once published).
    builder.WebHost.UseStaticWebAssets();
    // No Server header: it tells an attacker which server and version to aim at, and users nothing.
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

    builder.Services.AddTrackerSerilog();
    builder.Services.AddTrackerDatabase();
    builder.Services.AddArticleImport();
    builder.Services.AddHostedService<DatabaseInitializer>();
    builder.Services.AddTrackerSignIn();
    builder.Services.AddScoped<StanceEdits>();
    builder.Services.AddScoped<NewStance>();
    builder.Services.AddScoped<ClaimEdits>();
    builder.Services.AddScoped<ActorEdits>();
    builder.Services.AddScoped<ChangeReverter>();
    builder.Services.AddSingleton<ClaimTotals.Store>();
    builder.Services.AddScoped<ClaimTotals>();
    builder.Services.AddRazorPages().AddMvcOptions(options => options.Filters.Add<HandlerPolicyFilter>());
    builder.Services.AddProblemDetails();
    builder.Services.AddTrackerHealthChecks();
    builder.Services.AddWebSecurity();
    builder.Services.AddPageCache();
    builder.Services.AddApiReference();

    // A bad setting stops the start (settings are checked then, see Settings/), with a message naming it, and exit code 1.
    try
    {
        var app = builder.Build();
        app.UseWebSecurity(app.Configuration);
        app.UseSerilogRequestLogging(options => RequestLogging.Configure(options, app.Services));
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapArticlesApi();
        app.MapReadApi();
        app.MapClaimExports();
        app.MapClaimFeed();
        app.MapApiReference();
        app.MapTrackerHealthChecks();
        // Checked here, not first in the host's start, which would log the failure with its stack trace above the message.
        app.Services.GetService<IStartupValidator>()?.Validate();
        await app.RunAsync();
        return 0;
    }
    catch (Exception error) when (SettingsServices.FailuresIn(error) is { Count: > 0 } failures)
    {
        SettingsServices.Explain(failures, Console.Error);
        return 1;
    }
}

/// <summary>The entry point, named so that WebApplicationFactory&lt;Program&gt; can find it.</summary>
public partial class Program;

using ArmsTransferTracker.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Operations;

/// <summary>
/// For load balancers and orchestrators: <c>/health</c> answers 200 while the process serves requests (liveness);
/// <c>/health/ready</c> answers 200 when the database answers a query, else 503 (readiness). Both say only
/// Healthy or Unhealthy: the reason is logged, never shown.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health";
    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    public static IServiceCollection AddTrackerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<TrackerDbContext>(
            "database",
            tags: [ReadyTag],
            customTestQuery: async (db, cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken) && await AnswersAsync(db, cancellationToken));
        return services;
    }

    /// <summary>
    /// A query of the app's own table: on SQLite, CanConnect only asks whether the file exists (it is asked first, so that
    /// a missing file is not created), and a damaged file, or another program's, would pass.
    /// </summary>
    private static async Task<bool> AnswersAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        await db.Articles.AsNoTracking().Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        return true;
    }

    public static IEndpointRouteBuilder MapTrackerHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}

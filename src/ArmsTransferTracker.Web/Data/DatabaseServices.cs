using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Data;

public static class DatabaseServices
{
    /// <summary>Registers <see cref="StorageSettings"/> and <see cref="TrackerDbContext"/>; both read configuration when first resolved, so tests can override it.</summary>
    public static IServiceCollection AddTrackerDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp => StorageSettings.From(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));

        services.AddDbContext<TrackerDbContext>((sp, options) =>
        {
            var storage = sp.GetRequiredService<StorageSettings>();
            switch (storage.Provider)
            {
                case DatabaseProvider.Postgres:
                    options.UseNpgsql(storage.ConnectionString);
                    break;
                default:
                    options.UseSqlite(storage.ConnectionString);
                    break;
            }
        });
        return services;
    }
}

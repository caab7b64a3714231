using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Settings;

public static class SettingsServices
{
    /// <summary>
    /// Registers settings read from one configuration section by <paramref name="read"/>, checked when the host starts:
    /// a bad value stops the start with the <see cref="SettingsReader"/>'s failures rather than failing a request.
    /// </summary>
    public static IServiceCollection AddSettings<TSettings>(
        this IServiceCollection services, string section, Action<TSettings, SettingsReader> read) where TSettings : class
    {
        services.AddOptions<TSettings>()
            .Configure<IConfiguration>((settings, configuration) =>
            {
                var reader = new SettingsReader(configuration, section);
                read(settings, reader);
                reader.ThrowIfInvalid<TSettings>();
            })
            .ValidateOnStart();
        return services;
    }

    /// <summary>The settings failures that stopped a start, however the host wrapped them; none for any other error.</summary>
    public static IReadOnlyList<string> FailuresIn(Exception error) => error switch
    {
        OptionsValidationException invalid => invalid.Failures.ToList(),
        AggregateException all => all.InnerExceptions.SelectMany(FailuresIn).ToList(),
        { InnerException: { } inner } => FailuresIn(inner),
        _ => [],
    };

    /// <summary>Says on <paramref name="errors"/> which settings kept the app from starting.</summary>
    public static void Explain(IReadOnlyList<string> failures, TextWriter errors)
    {
        errors.WriteLine("Not started: fix these settings (appsettings.json or environment variables) and try again.");
        foreach (var failure in failures)
        {
            errors.WriteLine($"  {failure}");
        }
    }
}

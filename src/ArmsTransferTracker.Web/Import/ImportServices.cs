using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Web.Settings;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Import;

public static class ImportServices
{
    /// <summary>The reader, extractor, importer, re-extractor and URL fetcher, shared by the web app and the command-line verbs.</summary>
    public static IServiceCollection AddArticleImport(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleReader>();
        services.AddSettings<ExtractionSettings>(ExtractionSettings.Section, (settings, reader) => settings.Read(reader));
        services.AddSingleton(sp => new ArticleExtractor(sp.GetRequiredService<IOptions<ExtractionSettings>>().Value.Engine));
        services.AddScoped<ExtractionWriter>();
        services.AddScoped<ArticleImporter>();
        services.AddScoped<ArticleReextractor>();
        services.AddSettings<ImportSettings>(ImportSettings.Section, (settings, reader) => settings.Read(reader));
        // The fetcher logs each refusal once, in its own words; the client's own request logs would add a stack trace each.
        services.AddHttpClient<ArticleFetcher>()
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(sp =>
                ArticleFetcher.CreateHandler(sp.GetRequiredService<IOptions<ImportSettings>>().Value));
        return services;
    }
}

/// <summary>Which engine the app's imports run: <c>Extraction:Engine</c>, Parse (the default) or Words.</summary>
public sealed class ExtractionSettings
{
    public const string Section = "Extraction";

    public ExtractionEngine Engine { get; set; } = ExtractionEngine.Parse;

    public void Read(SettingsReader settings) => Engine = settings.OneOf(nameof(Engine), Engine);
}

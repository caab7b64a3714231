using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Extraction.Reading;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Import;

public static class ImportServices
{
    /// <summary>The reader, extractor, importer and URL fetcher, shared by the web app and the command-line verbs.</summary>
    public static IServiceCollection AddArticleImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleReader>();
        // Which engine the app's imports run (Extraction:Engine, "Words" or "Parse"); the words engine until the parse one
        // measures better on every set.
        services.AddSingleton(_ => new ArticleExtractor(configuration.GetValue("Extraction:Engine", ExtractionEngine.Parse)));
        services.AddScoped<ArticleImporter>();
        services.Configure<ImportSettings>(configuration.GetSection(ImportSettings.Section));
        services.AddHttpClient<ArticleFetcher>()
            .ConfigurePrimaryHttpMessageHandler(sp => ArticleFetcher.CreateHandler(sp.GetRequiredService<IOptions<ImportSettings>>().Value));
        return services;
    }
}

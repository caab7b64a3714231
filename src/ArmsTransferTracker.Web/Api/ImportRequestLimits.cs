using ArmsTransferTracker.Web.Import;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Api;

/// <summary>
/// Request limits for the import endpoints, derived from <c>Import:MaxBytes</c>. They are looser than the import limit on
/// purpose: a file, paste or JSON body somewhat over it must still reach the importer's own size check, which names the
/// limit and what is accepted, instead of meeting a bare 413 from the server. Only far larger requests are cut off here.
/// </summary>
public static class ImportRequestLimits
{
    /// <summary>The most files one upload may carry.</summary>
    public const int MaxFiles = 20;

    // Room for multipart boundaries and headers, the antiforgery token, and JSON escaping of pasted text.
    private const long Overhead = 1024 * 1024;

    /// <summary>The largest single part (a file or a form value) read: up to twice the limit still gets the friendly refusal.</summary>
    public static long PartLimit(ImportSettings settings) => (2 * settings.MaxBytes) + Overhead;

    /// <summary>The largest request body: every file at the limit plus one twice over it.</summary>
    public static long BodyLimit(ImportSettings settings) => (MaxFiles * settings.MaxBytes) + PartLimit(settings);

    /// <summary>
    /// Raises the server's body limit (Kestrel's default is 30 MB, which is per request and would cut many files off)
    /// and sets the form reader's limits, before anything reads the body.
    /// </summary>
    public static void Apply(HttpContext context, ImportSettings settings)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = BodyLimit(settings);
        }
        if (context.Request.HasFormContentType && context.Features.Get<IFormFeature>()?.Form is null)
        {
            var part = PartLimit(settings);
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions
            {
                MultipartBodyLengthLimit = part,
                ValueLengthLimit = (int)Math.Min(part, int.MaxValue),
                ValueCountLimit = MaxFiles + 16,
            }));
        }
    }

    /// <summary>Whether reading a request body failed because it was larger than <see cref="Apply"/> allows.</summary>
    public static bool IsTooLarge(Exception e) =>
        e is InvalidDataException || (e is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status413PayloadTooLarge);

    /// <summary>The size of upload the endpoints read at all, in words, for the message of a request cut off here.</summary>
    public static string TooLargeMessage(ImportSettings settings) =>
        $"the upload is far larger than the {Sizes.Describe(settings.MaxBytes)} limit for each file (at most {MaxFiles} files at once).";
}

/// <summary>
/// Applies <see cref="ImportRequestLimits"/> to a Razor page's requests. It runs as an authorization filter ordered before
/// antiforgery validation (order 1000), which is what first reads the form. An upload too large even for these limits
/// leads back to the page, which shows <see cref="TooLargeMessageKey"/> at the field of <see cref="TooLargeHandlerKey"/>:
/// the page cannot answer the post itself, as its antiforgery token was in the part of the form that was never read.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ImportRequestLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>The TempData key of the refused upload's handler ("Files", "Text").</summary>
    public const string TooLargeHandlerKey = "ImportTooLarge.Handler";

    /// <summary>The TempData key of the message that names the limit.</summary>
    public const string TooLargeMessageKey = "ImportTooLarge.Message";

    public int Order => 900;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<ImportSettings>>().Value);

    private sealed class Filter(ImportSettings settings) : IAsyncAuthorizationFilter, IOrderedFilter
    {
        public int Order => 900;

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            ImportRequestLimits.Apply(http, settings);
            if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType)
            {
                return;
            }
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception e) when (ImportRequestLimits.IsTooLarge(e))
            {
                var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
                tempData[TooLargeHandlerKey] = http.Request.Query["handler"].ToString();
                tempData[TooLargeMessageKey] = $"Nothing was imported: {ImportRequestLimits.TooLargeMessage(settings)}";
                // Saved here: the filter that saves TempData after a page runs does not run once this one answers.
                tempData.Save();
                context.Result = new RedirectResult(http.Request.PathBase + http.Request.Path);
            }
        }
    }
}

using System.Globalization;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc;

namespace ArmsTransferTracker.Web.Finding;

/// <summary>How a list of claims is ordered.</summary>
public enum ClaimSort { Latest, Sources }

/// <summary>
/// The filters, sort and page of a list of claims as the query string gives them, every value as typed: the list page
/// and <c>GET /api/claims</c> bind it alike, and <see cref="Parse"/> turns it into a <see cref="ClaimQuery"/> or says
/// what is wrong with each value (a date in letters is a message to the user, not a binding failure).
/// </summary>
public sealed record ClaimFilter(
    [FromQuery(Name = "supplier")] string? Supplier = null,
    [FromQuery(Name = "recipient")] string? Recipient = null,
    [FromQuery(Name = "category")] string? Category = null,
    [FromQuery(Name = "status")] string? Status = null,
    [FromQuery(Name = "actor")] string? Actor = null,
    [FromQuery(Name = "outlet")] string? Outlet = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "sort")] string? Sort = null,
    [FromQuery(Name = "page")] string? Page = null,
    [FromQuery(Name = "pageSize")] string? PageSize = null)
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    public const string DateFormat = "yyyy-MM-dd";

    public static IReadOnlyList<string> Statuses { get; } =
        [.. Enum.GetValues<ClaimStatus>().Select(s => s.ToString().ToLowerInvariant())];

    public static IReadOnlyList<string> Sorts { get; } = ["latest", "sources"];

    /// <summary>The query, or the problems keyed by parameter name (each a sentence naming what is accepted).</summary>
    public ClaimQuery? Parse(out IReadOnlyDictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>();
        void Fail(string field, string message) => problems[field] = [message];

        var category = Given(Category);
        if (category is not null && !Categories.All.Contains(category))
        {
            Fail("category", $"\"{category}\" is no category; one of: {string.Join(", ", Categories.All)}.");
        }
        ClaimStatus? status = null;
        if (Given(Status) is { } statusText)
        {
            if (Statuses.Contains(statusText.ToLowerInvariant()))
            {
                status = Enum.Parse<ClaimStatus>(statusText, ignoreCase: true);
            }
            else
            {
                Fail("status", $"\"{statusText}\" is no status; one of: {string.Join(", ", Statuses)}.");
            }
        }
        var sort = ClaimSort.Latest;
        if (Given(Sort) is { } sortText)
        {
            if (Sorts.Contains(sortText.ToLowerInvariant()))
            {
                sort = Enum.Parse<ClaimSort>(sortText, ignoreCase: true);
            }
            else
            {
                Fail("sort", $"\"{sortText}\" is no sort; one of: {string.Join(", ", Sorts)}.");
            }
        }
        var from = Date(From, "from", Fail);
        var to = Date(To, "to", Fail);
        if (from is not null && to is not null && from > to)
        {
            Fail("to", $"The range ends ({To}) before it starts ({From}).");
        }
        var page = Number(Page, "page", 1, int.MaxValue, 1, Fail);
        var pageSize = Number(PageSize, "pageSize", 1, MaxPageSize, DefaultPageSize, Fail);

        errors = problems;
        return problems.Count > 0 ? null : new ClaimQuery(
            Name(Supplier), Name(Recipient), category, status, Name(Actor), Name(Outlet), from, to, sort, page, pageSize);
    }

    /// <summary>The filters and sort as query-string values, the empty ones left out: for links to another page of the list.</summary>
    public Dictionary<string, string?> RouteValues(int page)
    {
        var values = FilterValues(sorted: true);
        values["page"] = page.ToString(CultureInfo.InvariantCulture);
        if (Given(PageSize) is { } pageSize)
        {
            values["pageSize"] = pageSize;
        }
        return values;
    }

    /// <summary>
    /// The filters, and the sort when <paramref name="sorted"/>, without the paging, the empty ones left out: for an export
    /// (sorted) or a feed (ordered by change, whatever the sort) of the same claims.
    /// </summary>
    public Dictionary<string, string?> FilterValues(bool sorted)
    {
        var values = new Dictionary<string, string?>
        {
            ["supplier"] = Given(Supplier),
            ["recipient"] = Given(Recipient),
            ["category"] = Given(Category),
            ["status"] = Given(Status),
            ["actor"] = Given(Actor),
            ["outlet"] = Given(Outlet),
            ["from"] = Given(From),
            ["to"] = Given(To),
            ["sort"] = sorted ? Given(Sort) : null,
        };
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value);
    }

    /// <summary>The query for every claim the filters keep, in their order: an export or a feed has no pages.</summary>
    public ClaimQuery? ParseUnpaged(out IReadOnlyDictionary<string, string[]> errors) =>
        (this with { Page = null, PageSize = null }).Parse(out errors);

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Name(string? value) => Given(value) is { } name ? Names.Normalize(name) : null;

    private static DateOnly? Date(string? value, string field, Action<string, string> fail)
    {
        if (Given(value) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        fail(field, $"\"{text}\" is no date; write it as year-month-day, e.g. 2024-09-30.");
        return null;
    }

    private static int Number(string? value, string field, int min, int max, int fallback, Action<string, string> fail)
    {
        if (Given(value) is not { } text)
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        fail(field, max == int.MaxValue
            ? $"\"{text}\" is no {field}; give a whole number from {min}."
            : $"\"{text}\" is no {field}; give a whole number from {min} to {max}.");
        return fallback;
    }
}

namespace ArmsTransferTracker.Web.Pages;

/// <summary>A quote with the article text around it, as the stance page and the review queue show it.</summary>
public sealed record QuoteInContext(int Position, string Before, string Quote, string After)
{
    /// <summary>How much article text to show on each side of a quote.</summary>
    private const int ContextLength = 160;

    public static QuoteInContext Of(string text, int position, int start, int end)
    {
        var from = Math.Max(0, start - ContextLength);
        var to = Math.Min(text.Length, end + ContextLength);
        return new QuoteInContext(position, (from > 0 ? "…" : "") + text[from..start], text[start..end],
            text[end..to] + (to < text.Length ? "…" : ""));
    }
}

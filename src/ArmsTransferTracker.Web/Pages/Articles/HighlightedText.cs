using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ArmsTransferTracker.Web.Pages.Articles;

/// <summary>A span of the article text to mark: [Start, End) in UTF-16 offsets, with the anchor id its first piece carries.</summary>
public sealed record Highlight(int Start, int End, string Anchor, string Title, string CssClass);

/// <summary>
/// Renders article text as paragraphs (one per non-blank line) with evidence spans wrapped in &lt;mark&gt;. Every piece of text
/// is HTML-encoded; only the tags built here are raw. Spans inside other spans nest; a span that crosses the end of another
/// span or of a paragraph is split, and only its first piece carries the anchor id.
/// </summary>
public static class HighlightedText
{
    /// <param name="headline">When the first paragraph is this headline it gets class "headline".</param>
    public static IHtmlContent Render(string text, IEnumerable<Highlight> highlights, string? headline = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var valid = highlights.Where(h => h.Start >= 0 && h.End <= text.Length && h.Start < h.End).ToList();
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        var html = new HtmlContentBuilder();
        var first = true;
        foreach (var (start, end) in Paragraphs(text))
        {
            var isHeadline = first
                && headline is not null
                && text.AsSpan(start, end - start).Trim().SequenceEqual(headline.AsSpan().Trim());
            first = false;
            var parts = valid
                .Where(h => h.Start < end && h.End > start)
                .Select(h => new Part(Math.Max(h.Start, start), Math.Min(h.End, end), h))
                .ToList();
            parts.Sort(Part.Order);
            // The paragraph's offset in the text, so that a script can turn a selection into text offsets.
            html.AppendHtml(isHeadline ? $"<p class=\"headline\" data-start=\"{start}\">" : $"<p data-start=\"{start}\">");
            Emit(html, text, start, end, parts, anchored);
            html.AppendHtml("</p>\n");
        }
        return html;
    }

    /// <summary>The ranges of the non-blank lines, without their line breaks.</summary>
    internal static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            if (!string.IsNullOrWhiteSpace(text.AsSpan(start, contentEnd - start).ToString()))
            {
                yield return (start, contentEnd);
            }
            if (newline < 0)
            {
                yield break;
            }
            start = newline + 1;
        }
    }

    private static void Emit(HtmlContentBuilder html, string text, int from, int to, List<Part> parts, HashSet<string> anchored)
    {
        var position = from;
        while (parts.Count > 0)
        {
            var part = parts[0];
            parts.RemoveAt(0);
            html.Append(text[position..part.Start]);

            var children = new List<Part>();
            while (parts.Count > 0 && parts[0].Start < part.End)
            {
                var child = parts[0];
                parts.RemoveAt(0);
                if (child.End <= part.End)
                {
                    children.Add(child);
                }
                else
                {
                    children.Add(child with { End = part.End });
                    Insert(parts, child with { Start = part.End });
                }
            }

            OpenMark(html, part.Highlight, anchored.Add(part.Highlight.Anchor));
            Emit(html, text, part.Start, part.End, children, anchored);
            html.AppendHtml("</mark>");
            position = part.End;
        }
        html.Append(text[position..to]);
    }

    private static void OpenMark(HtmlContentBuilder html, Highlight highlight, bool first)
    {
        var encoder = HtmlEncoder.Default;
        var css = encoder.Encode(highlight.CssClass);
        var title = encoder.Encode(highlight.Title);
        var anchor = encoder.Encode(highlight.Anchor);
        html.AppendHtml(first
            ? $"<mark id=\"{anchor}\" class=\"ev {css}\" title=\"{title}\">"
            : $"<mark class=\"ev ev-cont {css}\" data-continues=\"{anchor}\" title=\"{title}\">");
    }

    private static void Insert(List<Part> parts, Part part)
    {
        var index = parts.FindIndex(p => Part.Order(part, p) < 0);
        parts.Insert(index < 0 ? parts.Count : index, part);
    }

    private sealed record Part(int Start, int End, Highlight Highlight)
    {
        /// <summary>Earlier first; of two starting together, the longer first so that it encloses the shorter.</summary>
        public static int Order(Part a, Part b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);
    }
}

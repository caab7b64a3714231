using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ArmsTransferTracker.Web.Pages;

/// <summary>
/// A line of parts ("headline · outlet · date", "name · role · affiliation") joined by one separator: a part that is
/// missing (no date, no role) leaves neither a doubled nor a stray separator. Each part is an encoded element.
/// </summary>
public static partial class Parts
{
    public const string Separator = " · ";

    public static IHtmlContent Join(params IHtmlContent?[] parts)
    {
        var line = new HtmlContentBuilder();
        foreach (var part in parts.OfType<IHtmlContent>())
        {
            if (line.Count > 0)
            {
                line.Append(Separator);
            }
            line.AppendHtml(part);
        }
        return line;
    }

    /// <summary>A span of text with its class, or nothing when there is no text.</summary>
    public static IHtmlContent? Text(string cssClass, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Element("span", cssClass, text);

    public static IHtmlContent Link(string href, string text, string? cssClass = null)
    {
        var link = Element("a", cssClass, text);
        link.Attributes["href"] = href;
        return link;
    }

    /// <summary>The outlet's name, linked to its page when it is known; "outlet unknown" when it is not.</summary>
    public static IHtmlContent Outlet(int? outletId, string? name) =>
        outletId is { } id && name is not null ? Link($"/outlets/{id}", name, "outlet") : Element("span", "outlet", "outlet unknown");

    /// <summary>The date as a time element, or "date unknown": a date is never guessed.</summary>
    public static IHtmlContent Date(DateOnly? date)
    {
        if (date is not { } known)
        {
            return Element("span", "date", "date unknown");
        }
        var time = Element("time", null, Display.Date(known));
        time.Attributes["datetime"] = Display.IsoDate(known);
        return time;
    }

    /// <summary>Names as the extractor or an editor wrote them, without the space a tokenizer left before a possessive
    /// ("Hezbollah 's spokesman").</summary>
    public static string Tidy(string text) => SpaceBeforePossessive().Replace(text, "$1");

    private static TagBuilder Element(string tag, string? cssClass, string text)
    {
        var element = new TagBuilder(tag);
        if (cssClass is not null)
        {
            element.AddCssClass(cssClass);
        }
        element.InnerHtml.Append(Tidy(text));
        return element;
    }

    [GeneratedRegex(@"\s+(['’]s)(?![\p{L}\p{N}])")]
    private static partial Regex SpaceBeforePossessive();
}

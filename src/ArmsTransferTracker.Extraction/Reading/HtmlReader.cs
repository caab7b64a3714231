using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>
/// Reads an HTML page: metadata from title, Open Graph, article meta tags, JSON-LD NewsArticle, the canonical link and
/// the byline; the main text without navigation, scripts, captions, share bars, related lists and comments. The text is
/// then read like plain text so that datelines, bylines and reprint lines count the same way.
/// </summary>
public static partial class HtmlReader
{
    private static readonly HtmlParser Parser = new();

    // Elements that are never article text.
    private const string FurnitureSelector =
        "script, style, noscript, template, nav, header, footer, aside, figure, figcaption, form, iframe, button, svg, " +
        "select, input, textarea, dialog, object, embed, video, audio, canvas, [hidden], [aria-hidden=true], [role=navigation], " +
        "[role=complementary], [role=banner], [role=contentinfo]";

    // Class or id words of page furniture: "share-bar", "related-articles", "ad-slot", "comments".
    [GeneratedRegex(@"(?:^|[\s_-])(?:ad|ads|advert|advertisement|sponsor|sponsored|promo|share|sharing|social|related|" +
        @"recommended|more-stories|newsletter|subscribe|subscription|comment|comments|caption|credit|breadcrumb|breadcrumbs|" +
        @"paywall|outbrain|taboola|cookie|consent|popup|modal|sidebar|menu|nav|footer|masthead|toolbar|tags)(?:$|[\s_-])",
        RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureClass();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static ArticleDocument Read(string html)
    {
        using var document = Parser.ParseDocument(html);
        var jsonLd = ReadJsonLd(document);

        var root = ChooseRoot(document);
        foreach (var element in root.QuerySelectorAll(FurnitureSelector).ToList())
        {
            element.Remove();
        }
        foreach (var element in root.QuerySelectorAll("[class], [id]").Where(IsFurniture).ToList())
        {
            element.Remove();
        }

        var headline = FirstText(
            jsonLd?.Headline,
            Meta(document, "og:title"),
            document.QuerySelector("h1")?.TextContent,
            document.Title);
        var bylineText = document.QuerySelector("[rel=author], .byline, .author, [itemprop=author]")?.TextContent;

        var lines = new List<string>();
        if (headline is not null)
        {
            lines.Add(headline);
        }
        lines.AddRange(Paragraphs(root).Where(p => !string.Equals(p, headline, StringComparison.Ordinal)));
        var (plain, writtenBy) = PlainTextReader.ReadWithSource(string.Join("\n\n", lines));
        var read = plain.Metadata;

        var url = FirstText(
            document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            Meta(document, "og:url"),
            jsonLd?.Url,
            read.Url);
        var siteName = FirstText(Meta(document, "og:site_name"), jsonLd?.Publisher);
        // The page's marked byline is surer than the names the text's reader finds in the lines around the story.
        var authors = jsonLd?.Authors is { Count: > 0 } ldAuthors ? ldAuthors
            : Meta(document, "author") is { } metaAuthor ? [metaAuthor]
            : bylineText is not null
                && Bylines.Parse(Normalize(bylineText).StartsWith("By ", StringComparison.OrdinalIgnoreCase)
                    ? Normalize(bylineText) : "By " + Normalize(bylineText)) is { Authors: [_, ..] } byline ? byline.Authors
            : read.Authors;
        var published = Dates.Parse(Meta(document, "article:published_time"))
            ?? Dates.Parse(jsonLd?.DatePublished)
            ?? Dates.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? Dates.Parse(Meta(document, "date") ?? Meta(document, "pubdate") ?? Meta(document, "dc.date"))
            ?? read.Published
            ?? Dates.FromUrl(url);

        // A reprint names its source in the text or by a wire credit; otherwise the site that printed it wrote it.
        var publisher = siteName is not null ? Outlets.Canonical(siteName) : Outlets.FromUrl(url) ?? read.Publisher;
        var outlet = writtenBy ?? publisher ?? read.Outlet;

        var metadata = new ArticleMetadata(
            Headline: headline ?? read.Headline,
            Outlet: outlet,
            Publisher: publisher ?? outlet,
            Url: url,
            Published: published,
            Authors: authors,
            Dateline: read.Dateline);
        return plain with { Metadata = metadata };
    }

    private static IElement ChooseRoot(IDocument document)
    {
        // The longest <article> is the story; pages list teasers as small articles too.
        var article = document.QuerySelectorAll("article, [itemprop=articleBody], [role=main] article")
            .OrderByDescending(a => a.TextContent.Length)
            .FirstOrDefault();
        return article ?? document.QuerySelector("main, [role=main]") ?? document.Body ?? document.DocumentElement;
    }

    private static bool IsFurniture(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main")
        {
            return false;
        }
        var names = $"{element.ClassName} {element.Id}";
        return FurnitureClass().IsMatch(names);
    }

    /// <summary>The text of each block (paragraph, heading, list item, quotation) in document order.</summary>
    private static IEnumerable<string> Paragraphs(IElement root)
    {
        // The root itself may hold text directly ("<article>Text<p>more</p></article>"), so it is read as a container too.
        var blocks = new[] { root }.Concat(root.QuerySelectorAll("p, h2, h3, h4, h5, h6, li, blockquote, pre, "
            + string.Join(", ", Containers)));
        foreach (var block in blocks)
        {
            // The root, whatever its tag ("<span itemprop=articleBody>"), is read for its own text only: its blocks follow.
            var container = block == root || Containers.Contains(block.LocalName);
            // A container counts only when it holds text directly, as badly built pages do; otherwise its children speak.
            if (container && !HasOwnText(block))
            {
                continue;
            }
            if (!container && block.ParentElement?.Closest("p, li, blockquote") is not null)
            {
                continue;
            }
            var text = Normalize(container ? OwnText(block) : block.TextContent);
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    // Elements that hold blocks, and on badly built pages text of their own: "<section>Text<p>more</p></section>", an old
    // table layout's cells.
    private static readonly string[] Containers = ["div", "section", "article", "main", "td", "th", "dd"];

    private static bool HasOwnText(IElement element) =>
        element.ChildNodes.Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent));

    private static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.Where(n => n.NodeType == NodeType.Text
                || n is IElement { LocalName: "a" or "b" or "i" or "em" or "strong" or "span" or "q" or "br" })
            .Select(n => n is IElement { LocalName: "br" } ? " " : n.TextContent));

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']")
            ?.GetAttribute("content") is { } value
        && !string.IsNullOrWhiteSpace(value)
            ? Normalize(value)
            : null;

    private static string? FirstText(params string?[] candidates) =>
        candidates.Select(c => c is null ? null : Normalize(c)).FirstOrDefault(c => !string.IsNullOrEmpty(c));

    private sealed record JsonLdArticle(string? Headline, string? DatePublished, IReadOnlyList<string> Authors, string? Publisher,
        string? Url);

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage",
    };

    private static JsonLdArticle? ReadJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var node in Flatten(json.RootElement))
                {
                    if (node.TryGetProperty("@type", out var type) && TypeNames(type).Any(ArticleTypes.Contains))
                    {
                        return new JsonLdArticle(
                            StringProperty(node, "headline"),
                            StringProperty(node, "datePublished"),
                            Names(node, "author"),
                            Names(node, "publisher").FirstOrDefault(),
                            StringProperty(node, "url"));
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages; the other metadata still counts.
            }
        }
        return null;
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Flatten))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Flatten(graph))
                {
                    yield return item;
                }
            }
        }
    }

    private static IEnumerable<string> TypeNames(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];

    private static string? StringProperty(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Names(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return [];
        }
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return items
            .Select(item => item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => StringProperty(item, "name"),
                _ => null,
            })
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => Normalize(n!))
            .ToList();
    }
}

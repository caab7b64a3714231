using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>
/// What the extractor needs to know about the article's shape: which lines are titles, bylines or outlet lines (they carry no stances),
/// and who the outlet is (the metadata's, else what the outlet rules find in the text of an article built without a reader).
/// </summary>
public sealed partial class ArticleLayout
{
    [GeneratedRegex(@"^By\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    // "ADDIS ABABA, Feb. 4 (Meridian) — ": the short name in a dateline is how the outlet names itself in the text.
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu} .,'\-]+(?:,[^\n(—]{0,40})?\(([^)]{2,40})\)\s*[—–-]",
        RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex DatelineOutlet();

    private readonly HashSet<int> _nonBodyLineStarts = [];
    private readonly HashSet<int> _titleLineStarts = [];

    public string? Outlet { get; }

    public IReadOnlyList<string> OutletShortNames { get; }

    public ArticleLayout(ArticleDocument document)
    {
        var text = document.Text;
        var lineStart = 0;
        var lineNumber = 0;
        var inHeader = true;
        while (lineStart < text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            if (end < 0) end = text.Length;
            var line = text[lineStart..end].Trim();
            if (line.Length == 0)
            {
                if (lineNumber > 0) inHeader = false;
            }
            else
            {
                if (BylinePattern().IsMatch(line) && !Bylines.EndsAsProse(line))
                {
                    _nonBodyLineStarts.Add(lineStart);
                }
                else if (inHeader && IsOutletLike(line) && !LineRules.EndsSentence(line) && LooksLikeOutletName(line))
                {
                    // A lone outlet line under the headline: "Atlas Press Service".
                    _nonBodyLineStarts.Add(lineStart);
                }
                else if (line.StartsWith("Read more on original", StringComparison.OrdinalIgnoreCase)
                    || line.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    _nonBodyLineStarts.Add(lineStart);
                }
                lineNumber++;
            }
            lineStart = end + 1;
        }

        Outlet = document.Metadata.Outlet ?? OutletRules.Outlet(OutletPage.FromText(text));
        MarkHeadline(document);

        var shortNames = new List<string>();
        if (Outlet is { } outlet)
        {
            var words = outlet.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var first = words[0] == "The" && words.Length > 1 ? words[1] : words[0];
            shortNames.Add(first);
            if (words[0] == "The") shortNames.Add(string.Join(' ', words.Skip(1)));
            var dateline = DatelineOutlet().Match(text);
            if (dateline.Success) shortNames.Add(dateline.Groups[1].Value.Trim());
        }
        OutletShortNames = shortNames;
    }

    /// <summary>Is the line at [start, end) a title, byline or outlet line rather than body text?</summary>
    public bool IsTitleLine(string text, int start, int end)
    {
        if (_nonBodyLineStarts.Contains(start) || _titleLineStarts.Contains(start)) return true;
        // Headlines and mastheads do not end like sentences: "Iran sent short-range missiles to Russia, Western officials say".
        var line = text.AsSpan(start, end - start);
        if (LineRules.EndsSentence(line)) return false;
        var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 25;
    }

    // The headline: the metadata's, or the first line when a byline or outlet line follows it ("Kharkiv prosecutor:
    // ...; Pyongyang calls claim ‘absurd’").
    private void MarkHeadline(ArticleDocument document)
    {
        var text = document.Text;
        var firstEnd = text.IndexOf('\n');
        if (firstEnd < 0) return;
        var first = text[..firstEnd].Trim();
        var start = text.IndexOf(first, StringComparison.Ordinal);
        if (document.Metadata.Headline is { } headline && first == headline.Trim()) { _titleLineStarts.Add(start); return; }
        if (_nonBodyLineStarts.Contains(firstEnd + 1)) _titleLineStarts.Add(start);
    }

    public bool IsSkippedLine(int start) => _nonBodyLineStarts.Contains(start);

    private static bool IsOutletLike(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and");
    }

    // A lone line of one to five capitalised words naming a news organisation, not a headline.
    private static bool LooksLikeOutletName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && !line.Contains(':') && !words.Any(w => TransferFinder.IsTriggerWord(w.ToLowerInvariant()));
    }
}

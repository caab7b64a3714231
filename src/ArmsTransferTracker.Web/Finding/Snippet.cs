namespace ArmsTransferTracker.Web.Finding;

/// <summary>A run of a snippet's text, and whether it is a word the search matched.</summary>
public sealed record SnippetPart(string Text, bool Matched);

/// <summary>
/// A passage of an article around the words a search matched, as parts that a page encodes one by one, marking the
/// matched ones: the database marks matches with two private-use characters, never with markup, so no stored text is
/// ever taken for HTML. (Text that holds those characters itself at worst marks the wrong words.)
/// </summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    public const char MatchStart = '\uE000';

    public const char MatchEnd = '\uE001';

    public string Text => string.Concat(Parts.Select(p => p.Text));

    public static Snippet Parse(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var parts = new List<SnippetPart>();
        var (start, matched) = (0, false);
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] is not (MatchStart or MatchEnd))
            {
                continue;
            }
            if (i > start)
            {
                parts.Add(new SnippetPart(marked[start..i], matched));
            }
            if (i < marked.Length)
            {
                matched = marked[i] == MatchStart;
            }
            start = i + 1;
        }
        return new Snippet(parts);
    }
}

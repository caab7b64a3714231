namespace ArmsTransferTracker.Extraction;

public enum StanceValue { Supports, Denies, Neutral }

public enum ActorKind { Person, Officials, Government, Organisation, Media }

/// <summary>A verbatim slice of the article text: <c>Text == text[Start..End]</c> (UTF-16 offsets, end exclusive).</summary>
public sealed record EvidenceSpan(string Text, int Start, int End);

/// <summary>Who takes a stance. <see cref="Affiliation"/> is a canonical country name ("United States") or null.</summary>
public sealed record ExtractedActor(string Name, ActorKind Kind, string? Role, string? Affiliation)
{
    /// <summary>Other names the article uses for the same actor ("Blinken", "Secretary of State Mara Ellison").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

public sealed record ExtractedStance(ExtractedActor Actor, StanceValue Value, IReadOnlyList<EvidenceSpan> Evidence)
{
    /// <summary>How sure the extractor is, from 0 to 1: the rules that produced the stance, as measured on the development sets.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>The names of the rules that produced the stance, in the order they fired.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];
}

/// <summary>One transfer claim of an article: supplier and recipient are canonical names ("North Korea", "Houthis").</summary>
public sealed record ExtractedClaim(
    string Supplier,
    string Recipient,
    string Item,
    string Category,
    string? Quantity,
    IReadOnlyList<ExtractedStance> Stances)
{
    /// <summary>The claim in one sentence, e.g. "Iran transferred short-range ballistic missiles to Russia".</summary>
    public string Sentence => $"{Supplier} transferred {Item} to {Recipient}";
}

/// <summary>
/// What the reader found about an article besides its text. Outlet is who wrote it; Publisher who printed it (differs
/// when syndicated).
/// </summary>
public sealed record ArticleMetadata(
    string? Headline,
    string? Outlet,
    string? Publisher,
    string? Url,
    DateOnly? Published,
    IReadOnlyList<string> Authors,
    string? Dateline)
{
    /// <summary>The page labels the article a column ("OPINION"): its byline's one author writes in its own voice.</summary>
    public bool Column { get; init; }
}

/// <summary>
/// An article as read: metadata and the extracted text (headline first, then the body, paragraphs separated by blank
/// lines) that evidence offsets point into.
/// </summary>
public sealed record ArticleDocument(ArticleMetadata Metadata, string Text)
{
    private const int FirstLineHeadlineLength = 120;

    /// <summary>
    /// The headline the article goes by, the same wherever it is read (the app stores it, extract prints it): the one the
    /// reader found, else the start of the first line of text, cut at a word; null when there is no text.
    /// </summary>
    public string? Headline
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Metadata.Headline))
            {
                return Metadata.Headline.Trim();
            }
            var firstLine = Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
            if (firstLine is null || firstLine.Length <= FirstLineHeadlineLength)
            {
                return firstLine;
            }
            var cut = firstLine.LastIndexOf(' ', FirstLineHeadlineLength - 1);
            return firstLine[..(cut > FirstLineHeadlineLength / 2 ? cut : FirstLineHeadlineLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
        }
    }
}

public sealed record ExtractedArticle(ArticleDocument Document, IReadOnlyList<ExtractedClaim> Claims);

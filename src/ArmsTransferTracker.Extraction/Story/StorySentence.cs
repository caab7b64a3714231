using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>
/// A sentence of the story: its span in the article text, its paragraph, whether it is the headline, whether it
/// stands inside a quotation, and its parse when it can hold a transfer or an attribution (else null).
/// </summary>
public sealed record StorySentence(int Index, int Paragraph, int Start, int End, bool IsHeadline, bool InQuotation, ParsedSentence? Tree)
{
    /// <summary>What its words name, as found before the parse (null when it was not parsed).</summary>
    public WordMentions? WordMentions { get; init; }

    /// <summary>Whose turn its paragraph is, in an interview or a transcript.</summary>
    public DialogueTurn Turn { get; init; }

    /// <summary>The name an answer's label gives its speaker ("Morikawa"), or null ("A:", or no answer).</summary>
    public string? Answerer { get; init; }

    /// <summary>Is it the claim a fact check quotes to rate it, which the outlet does not assert?</summary>
    public bool IsCheckedClaim { get; init; }
}

/// <summary>
/// The first stage's result: the article's story sentences, its outlet, the short names it spells out ("NIS" for
/// "National Intelligence Service"), and the state its dateline names.
/// </summary>
public sealed record StoryText(ArticleDocument Document, string? Outlet, IReadOnlyList<StorySentence> Sentences)
{
    public IReadOnlyDictionary<string, string> Acronyms { get; init; } = new Dictionary<string, string>();

    /// <summary>The state the story is filed from ("SEOUL —" files from South Korea), whose bodies go without its name.</summary>
    public string? HomeState { get; init; }

    /// <summary>A fact check's rating of the claim it quotes, if the article is one.</summary>
    public FactCheckVerdict? Verdict { get; init; }

    /// <summary>A column's writer, named in its closing note, who says what the column tells in its own voice.</summary>
    public string? Writer { get; init; }
}

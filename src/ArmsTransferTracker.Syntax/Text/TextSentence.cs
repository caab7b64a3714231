namespace ArmsTransferTracker.Syntax.Text;

/// <summary>A sentence: its span in the text (from its first token's start to its last token's end) and its tokens.</summary>
public sealed record TextSentence(int Start, int End, IReadOnlyList<TextToken> Tokens);

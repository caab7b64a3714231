namespace ArmsTransferTracker.Syntax.Text;

/// <summary>
/// A word of the text as the treebank counts words: its surface form and its UTF-16 span [Start, End) in the original text.
/// </summary>
public readonly record struct TextToken(string Text, int Start, int End);

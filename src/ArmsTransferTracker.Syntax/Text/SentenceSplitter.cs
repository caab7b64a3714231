namespace ArmsTransferTracker.Syntax.Text;

/// <summary>
/// Splits text into sentences over the tokens of <see cref="TokenScanner"/>. A sentence ends:
/// <list type="bullet">
/// <item>at ".", "!", "?" with the closing quotes and brackets right after them, unless a comma or a closing bracket follows,
/// or a lowercase word follows a question or exclamation in quotes (“Why?” he asked);</item>
/// <item>at an ellipsis when a word that starts sentences follows ("... The");</item>
/// <item>at an abbreviation that may end a sentence ("U.S.", "Inc.", an initial) when such a word follows, and then the
/// abbreviation gives its period back as the sentence's own "." word, as the treebank writes it; titles, months and "No."
/// never end one; a capital letter alone after a word in lower case ("on X.") is a name, whose period ends a sentence as a
/// word's does;</item>
/// <item>at a blank line, always;</item>
/// <item>at a single line break after a line without terminal punctuation when the next line starts with a capital (a headline);
/// a line that ends in a dash, comma, colon or the like runs on, so a dateline ("MOSCOW, Aug. 7 —") stays with the sentence
/// after it.</item>
/// </list>
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, 0, text.Length);
    }

    public static IReadOnlyList<TextSentence> Split(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var tokens = TokenScanner.Scan(text, start, end);
        var sentences = new List<TextSentence>();
        var first = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var last = k;
            bool ends;
            var kind = Classify(tokens[k]);
            if (kind == TokenKind.Abbreviation && IsOneLetterName(tokens, k)) kind = TokenKind.Terminal;
            if (kind != TokenKind.Other)
            {
                while (last + 1 < tokens.Count && IsCloser(tokens[last], tokens[last + 1])) last++;
                ends = last + 1 == tokens.Count || EndsAfter(text, kind, tokens[k], tokens[last], tokens[last + 1]);
            }
            else
            {
                ends = k + 1 < tokens.Count && EndsAtLineBreak(text, tokens[k], tokens[k + 1]);
            }
            if (!ends) continue;
            var isAbbreviation = kind is TokenKind.Abbreviation or TokenKind.LeadingAbbreviation;
            sentences.Add(MakeSentence(tokens, first, last, detachPeriodOf: isAbbreviation ? k : -1));
            first = last + 1;
            k = last;
        }
        if (first < tokens.Count) sentences.Add(MakeSentence(tokens, first, tokens.Count - 1, detachPeriodOf: -1));
        return sentences;
    }

    private enum TokenKind { Other, Terminal, Ellipsis, Abbreviation, LeadingAbbreviation }

    private static TokenKind Classify(TextToken token)
    {
        var word = token.Text;
        var c = word[0];
        if (c is '.' or '!' or '?')
            return word.Length > 1 && !word.AsSpan().ContainsAny('!', '?') ? TokenKind.Ellipsis : TokenKind.Terminal;
        if (c == '…') return TokenKind.Ellipsis;
        if (word.Length < 2 || word[^1] != '.' || !TokenScanner.IsWordChar(c)) return TokenKind.Other;
        return TextLexicon.LeadingAbbreviations.Contains(AfterLastHyphen(word)) ? TokenKind.LeadingAbbreviation : TokenKind.Abbreviation;
    }

    // "wrote on X.": a capital letter alone after a word in lower case is a name of one letter, not an initial (which follows a
    // given name or another initial), and its period ends the sentence as any word's does.
    private static bool IsOneLetterName(List<TextToken> tokens, int k) =>
        k > 0 && tokens[k].Text.Length == 2 && char.IsUpper(tokens[k].Text[0]) && tokens[k - 1].Text.All(char.IsLower);

    private static ReadOnlySpan<char> AfterLastHyphen(string word)
    {
        var hyphen = word.AsSpan().LastIndexOfAny('-', '\u2010', '\u2011');
        return word.AsSpan(hyphen + 1);
    }

    /// <summary>Closing quotes and brackets written against the end of a sentence belong to it: <c>." ?” .)</c>.</summary>
    private static bool IsCloser(TextToken previous, TextToken token) =>
        token.Start == previous.End && token.Text is "\"" or "'" or "”" or "’" or "''" or "’’" or ")" or "]" or "}" or "»";

    /// <summary>Whether the sentence ends after <paramref name="mark"/> and the closers up to <paramref name="last"/>.</summary>
    private static bool EndsAfter(string text, TokenKind kind, TextToken mark, TextToken last, TextToken next)
    {
        if (HasBlankLine(text, last.End, next.Start)) return true;
        return kind switch
        {
            TokenKind.Terminal => !ContinuesAfterTerminal(mark, last, next.Text[0]),
            TokenKind.Ellipsis or TokenKind.Abbreviation => StartsSentence(text, last, next),
            _ => false,
        };
    }

    // A period that is no abbreviation's ends the sentence even before a lowercase word; a question or exclamation closed by a
    // quote does not (“Why?” he asked), nor does any mark before a comma or a closing bracket.
    private static bool ContinuesAfterTerminal(TextToken mark, TextToken last, char next) =>
        next is ',' or ';' or ':' || IsClosingBracket(next) ||
        (char.IsLower(next) && last != mark && mark.Text.AsSpan().ContainsAny('!', '?'));

    // After an ellipsis or an abbreviation only a word that begins sentences ("The", "He") tells that a new one begins;
    // a capitalised name may just go on ("U.S. Army", "John F. Kennedy"). A line break before a capital tells it too.
    private static bool StartsSentence(string text, TextToken last, TextToken next) =>
        TextLexicon.SentenceStarters.Contains(next.Text) ||
        (char.IsUpper(next.Text[0]) && text.AsSpan(last.End, next.Start - last.End).Contains('\n'));

    private static bool IsClosingBracket(char c) => c is ')' or ']' or '}';

    private static bool EndsAtLineBreak(string text, TextToken last, TextToken next)
    {
        var gap = text.AsSpan(last.End, next.Start - last.End);
        var newline = gap.IndexOf('\n');
        if (newline < 0) return false;
        return gap[(newline + 1)..].Contains('\n') || (char.IsUpper(next.Text[0]) && !RunsOn(last.Text));
    }

    private static bool HasBlankLine(string text, int start, int end)
    {
        var newline = text.IndexOf('\n', start, end - start);
        return newline >= 0 && text.IndexOf('\n', newline + 1, end - newline - 1) >= 0;
    }

    // A line that ends on punctuation that leads on ("MOSCOW, Aug. 7 —", "He said:") or on a word that cannot end a sentence
    // ("talks with") goes on to the next line.
    private static bool RunsOn(string word) =>
        word is "," or ";" or ":" or "-" or "--" or "—" or "–" or "(" or "[" or "{" or "“" or "‘" or "&" ||
        TextLexicon.RunOnWords.Contains(word);

    private static TextSentence MakeSentence(List<TextToken> tokens, int first, int last, int detachPeriodOf)
    {
        var words = new List<TextToken>(last - first + 2);
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            if (k != detachPeriodOf) { words.Add(token); continue; }
            words.Add(new TextToken(token.Text[..^1], token.Start, token.End - 1));
            words.Add(new TextToken(".", token.End - 1, token.End));
        }
        return new TextSentence(words[0].Start, words[^1].End, words);
    }
}

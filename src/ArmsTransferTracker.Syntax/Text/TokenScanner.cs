using System.Globalization;

namespace ArmsTransferTracker.Syntax.Text;

/// <summary>
/// Cuts text into English Web Treebank words in one hand-written pass, before any sentence is known: an abbreviation keeps its
/// period here ("U.S."); <see cref="SentenceSplitter"/> gives the period back as a word of its own where a sentence ends on it.
/// </summary>
internal static class TokenScanner
{
    public static List<TextToken> Scan(string text, int start, int end)
    {
        var tokens = new List<TextToken>(Math.Max(4, (end - start) / 5));
        var i = start;
        var nextAt = -1;
        while (i < end)
        {
            if (IsBlank(text[i])) { i++; continue; }
            // Where the next "@" is, so that only a word close enough before one is tried as an e-mail address.
            if (nextAt < i) nextAt = text.IndexOf('@', i, end - i) is var at and >= 0 ? at : end;
            i = ScanAt(text, i, end, nextAt - i <= MaxEmailLocalPart, tokens);
        }
        return tokens;
    }

    /// <summary>Adds the token or tokens that start at <paramref name="i"/> and returns where the next one may start.</summary>
    private static int ScanAt(string text, int i, int end, bool mayBeEmail, List<TextToken> tokens)
    {
        var c = text[i];
        var url = UrlPrefixLength(text, i, end);
        if (url > 0) return Add(tokens, text, i, UrlEnd(text, i + url, end));
        if (IsWordChar(c))
        {
            var email = mayBeEmail ? EmailEnd(text, i, end) : 0;
            return email > 0 ? Add(tokens, text, i, email) : ScanWord(text, i, end, tokens);
        }
        if ((c == '@' || c == '#') && i + 1 < end && IsHandleStart(text[i + 1]))
        {
            var j = i + 2;
            while (j < end && (IsWordChar(text[j]) || text[j] == '_')) j++;
            return Add(tokens, text, i, j);
        }
        if (IsApostrophe(c)) return Add(tokens, text, i, ApostropheEnd(text, i, end));
        if (c == '`' && i + 1 < end && text[i + 1] == '`') return Add(tokens, text, i, i + 2);
        var emoticon = EmoticonLength(text, i, end);
        if (emoticon > 0) return Add(tokens, text, i, i + emoticon);
        if (IsRunPunctuation(c)) return Add(tokens, text, i, RunEnd(text, i, end));
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1])) return Add(tokens, text, i, i + 2);
        return Add(tokens, text, i, i + 1);
    }

    private static int Add(List<TextToken> tokens, string text, int start, int end)
    {
        var c = text[start];
        // Punctuation is most of the one-character words: share one string for each ASCII character.
        var word = end - start == 1 && c < OneCharacterWords.Length ? OneCharacterWords[c] : text[start..end];
        tokens.Add(new TextToken(word, start, end));
        return end;
    }

    private static readonly string[] OneCharacterWords = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>
    /// A word: letters and digits with what the treebank keeps inside one ("3.5", "1,000", "10:30", "U.S.", "AT&amp;T", "anti-ship",
    /// "713-853-3989", "O'Brien"), then whatever it splits off its end ("n't", "'s", "'ll", the unit of "5pm", "na" of "gonna").
    /// </summary>
    private static int ScanWord(string text, int start, int end, List<TextToken> tokens)
    {
        var j = start;
        var segmentStart = start;
        while (j < end)
        {
            var c = text[j];
            if (IsWordChar(c))
            {
                if (j > start && char.IsAsciiDigit(text[j - 1]) && char.IsLetter(c) && IsUnitAt(text, j, end)) break;
                j++;
                continue;
            }
            var joinsWords = j > start && j + 1 < end && IsWordChar(text[j + 1]);
            if (c == '.' && joinsWords && DotStaysInside(text, segmentStart, j, end)) j++;
            else if (c == ',' && joinsWords && IsThousandsSeparator(text, j, end)) j++;
            else if (c == ':' && joinsWords && char.IsAsciiDigit(text[j - 1]) && char.IsAsciiDigit(text[j + 1])) j++;
            else if (c == '/' && joinsWords && !FollowsSlashedFigure(text, start) && DateEnd(text, start, end) is var date and > 0)
                j = date;
            else if (c == '&' && joinsWords && char.IsLetter(text[j - 1]) && char.IsLetter(text[j + 1])) j++;
            else if (c == '_' && joinsWords) j++;
            else if (IsHyphen(c) && joinsWords && segmentStart == start && DigitCodeEnd(text, start, end) is var code and > 0) j = code;
            else if (IsHyphen(c) && joinsWords && IsKeptPrefix(text, segmentStart, j)) segmentStart = ++j;
            else if (IsApostrophe(c) && j > start && j + 1 < end && char.IsLetter(text[j + 1]) && CliticLength(text, j, end) == 0 &&
                     !IsNegationAt(text, start, j, end)) j++;
            else break;
        }
        return FinishWord(text, start, j, segmentStart, end, tokens);
    }

    private static int FinishWord(string text, int start, int j, int segmentStart, int end, List<TextToken> tokens)
    {
        if (j >= end) return AddFused(tokens, text, start, j);
        var c = text[j];
        if (c == '.' && KeepsPeriod(text, segmentStart, j, end)) return Add(tokens, text, start, j + 1);
        if (c == '$' && j - start <= 3 && IsAllUpper(text, start, j)) return Add(tokens, text, start, j + 1);
        if (c == '/' && j + 1 < end && !char.IsWhiteSpace(text[j + 1]) && LooksLikeDomain(text, start, j))
            return Add(tokens, text, start, UrlEnd(text, j, end));
        if (IsApostrophe(c))
        {
            if (IsNegationAt(text, start, j, end))
            {
                AddFused(tokens, text, start, j - 1);
                return Add(tokens, text, j - 1, j + 2);
            }
            var clitic = CliticLength(text, j, end);
            // A plural of figures keeps its "'s" ("the 1960's", "F-16's"), as the treebank writes it.
            if (clitic == 2 && char.IsAsciiDigit(text[j - 1]) && text[j + 1] is 's' or 'S') return AddFused(tokens, text, start, j + 2);
            if (clitic > 0)
            {
                AddFused(tokens, text, start, j);
                return Add(tokens, text, j, j + clitic);
            }
        }
        return AddFused(tokens, text, start, j);
    }

    /// <summary>Adds a word, as two when the treebank splits it though it has no apostrophe ("gonna" → "gon" "na", "cannot").</summary>
    private static int AddFused(List<TextToken> tokens, string text, int start, int end)
    {
        var length = end - start;
        if (length >= TextLexicon.ShortestFusedWord && length <= TextLexicon.LongestFusedWord &&
            TextLexicon.FusedWords.TryGetValue(text.AsSpan(start, length), out var first))
        {
            Add(tokens, text, start, start + first);
            return Add(tokens, text, start + first, end);
        }
        return Add(tokens, text, start, end);
    }

    // "n't" of "don't", "can't" ("ca" "n't") and "won't" ("wo" "n't"): the "n" before the apostrophe goes with the "t".
    private static bool IsNegationAt(string text, int start, int apostrophe, int end) =>
        apostrophe - 1 > start && text[apostrophe - 1] is 'n' or 'N' && apostrophe + 1 < end && text[apostrophe + 1] is 't' or 'T' &&
        (apostrophe + 2 >= end || !IsWordChar(text[apostrophe + 2]));

    /// <summary>The length of "'s", "'m", "'d", "'re", "'ve" or "'ll" at an apostrophe when a word ends after it, else 0.</summary>
    private static int CliticLength(string text, int apostrophe, int end)
    {
        var letters = 0;
        while (apostrophe + 1 + letters < end && char.IsLetter(text[apostrophe + 1 + letters]) && letters < 3) letters++;
        if (apostrophe + 1 + letters < end && IsWordChar(text[apostrophe + 1 + letters])) return 0;
        var clitic = text.AsSpan(apostrophe + 1, letters);
        var known = letters switch
        {
            1 => clitic[0] is 's' or 'S' or 'm' or 'M' or 'd' or 'D',
            2 => clitic.Equals("re", StringComparison.OrdinalIgnoreCase) || clitic.Equals("ve", StringComparison.OrdinalIgnoreCase) ||
                 clitic.Equals("ll", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        return known ? letters + 1 : 0;
    }

    /// <summary>
    /// Whether a period between two word characters stays inside the word: in decimals and versions ("3.5"), dotted letters
    /// ("U.S"), domains ("reuters.com").
    /// </summary>
    private static bool DotStaysInside(string text, int segmentStart, int dot, int end)
    {
        var before = text[dot - 1];
        var after = text[dot + 1];
        if (char.IsAsciiDigit(before) && char.IsAsciiDigit(after)) return true;
        if (!char.IsLetter(before) || !char.IsLetter(after)) return false;
        var pieceStart = dot - 1;
        while (pieceStart > segmentStart && char.IsLetter(text[pieceStart - 1])) pieceStart--;
        var letterEnd = dot + 1;
        while (letterEnd < end && char.IsLetter(text[letterEnd])) letterEnd++;
        if (dot - pieceStart <= 2 && letterEnd - dot - 1 <= 2 && (letterEnd == end || !IsWordChar(text[letterEnd]))) return true;
        // Lowercase on both sides is a domain or a newsgroup ("reuters.com", "bbc.co.uk"); a sentence run on without a space
        // ("ministry.The") starts with a capital.
        if (char.IsAsciiLetterLower(after) && IsAllLowerAscii(text, pieceStart, dot)) return true;
        var pieceEnd = dot + 1;
        while (pieceEnd < end && char.IsAsciiLetterLower(text[pieceEnd])) pieceEnd++;
        return pieceEnd - dot - 1 is >= 2 and <= 4 && (pieceEnd == end || !IsWordChar(text[pieceEnd]));
    }

    private static bool IsThousandsSeparator(string text, int comma, int end) =>
        char.IsAsciiDigit(text[comma - 1]) && AreDigits(text, comma + 1, comma + 4, end) &&
        (comma + 4 >= end || !char.IsAsciiDigit(text[comma + 4]));

    private static bool AreDigits(string text, int start, int stop, int end)
    {
        if (stop > end) return false;
        for (var k = start; k < stop; k++)
            if (!char.IsAsciiDigit(text[k])) return false;
        return true;
    }

    /// <summary>
    /// Whether the word part before a hyphen is a prefix the treebank keeps joined to what follows ("anti-ship", "e-mail"); other
    /// hyphens between words are words of their own ("long - range", "Al - Qaeda", "F - 16", "2014 - 2015").
    /// </summary>
    private static bool IsKeptPrefix(string text, int segmentStart, int hyphen)
    {
        var segment = text.AsSpan(segmentStart, hyphen - segmentStart);
        return TextLexicon.HyphenPrefixes.Contains(segment) && (segment.Length > 1 || char.IsLower(text[hyphen + 1]));
    }

    /// <summary>
    /// The end of digit groups joined by hyphens that stay one word: three or more groups ("1-800-991-9019", "2024-05-16") or a
    /// local phone number ("853-3989"); -1 for anything else, such as a range ("2014-2015").
    /// </summary>
    private static int DigitCodeEnd(string text, int start, int end)
    {
        var groups = 0;
        var firstLength = 0;
        var length = 0;
        var k = start;
        for (; k < end; k++)
        {
            if (char.IsAsciiDigit(text[k])) { length++; continue; }
            if (!IsHyphen(text[k]) || k + 1 >= end || !char.IsAsciiDigit(text[k + 1])) break;
            if (groups++ == 0) firstLength = length;
            length = 0;
        }
        if (k < end && IsWordChar(text[k])) return -1;
        groups++;
        return groups >= 3 || (groups == 2 && firstLength == 3 && length == 4) ? k : -1;
    }

    // A figure right after "1/" is inside a run of slashed figures that was no date ("1/2/3/4"): none of it is one.
    private static bool FollowsSlashedFigure(string text, int start) =>
        start >= 2 && text[start - 1] == '/' && char.IsAsciiDigit(text[start - 2]);

    /// <summary>
    /// The end of a date written with slashes ("9/11", "16/11/2004"), or -1: fractions and ranges split ("1 / 2", "24 / 7").
    /// </summary>
    private static int DateEnd(string text, int start, int end)
    {
        Span<int> values = stackalloc int[2];
        Span<int> lengths = stackalloc int[2];
        var groups = 0;
        var k = start;
        while (true)
        {
            var groupStart = k;
            var value = 0;
            while (k < end && char.IsAsciiDigit(text[k]) && k - groupStart < 4) value = value * 10 + text[k++] - '0';
            if (k == groupStart || (k < end && char.IsAsciiDigit(text[k]))) return -1;
            if (groups < 2) { values[groups] = value; lengths[groups] = k - groupStart; }
            groups++;
            var slashFollows = k + 1 < end && text[k] == '/' && char.IsAsciiDigit(text[k + 1]);
            if (slashFollows && groups == 3) return -1;
            if (slashFollows) { k++; continue; }
            if (k < end && IsWordChar(text[k])) return -1;
            break;
        }
        if (groups == 3) return k;
        var monthDay = values[0] is >= 1 and <= 12 && values[1] is >= 1 and <= 31 && (lengths[0] > 1 || lengths[1] > 1);
        return groups == 2 && monthDay ? k : -1;
    }

    /// <summary>Whether the period after a word belongs to it: listed abbreviations, dotted letters ("U.S."), initials ("F.").</summary>
    private static bool KeepsPeriod(string text, int segmentStart, int period, int end)
    {
        // Of two periods the first is the abbreviation's and the second the sentence's ("Acme Inc.."); of more, an ellipsis.
        if (period + 1 < end && text[period + 1] == '.' && (period + 2 >= end || text[period + 2] == '.')) return false;
        if (period - segmentStart == 1 && char.IsUpper(text[segmentStart])) return true;
        var withPeriod = text.AsSpan(segmentStart, period + 1 - segmentStart);
        if (TextLexicon.NumberingAbbreviations.Contains(withPeriod)) return IsFigureNext(text, period + 1, end);
        if (TextLexicon.LeadingAbbreviations.Contains(withPeriod) || TextLexicon.FinalAbbreviations.Contains(withPeriod)) return true;
        return IsDottedLetters(text, segmentStart, period);
    }

    private static bool IsFigureNext(string text, int i, int end)
    {
        while (i < end && text[i] == ' ') i++;
        return i < end && char.IsAsciiDigit(text[i]);
    }

    // "U.S", "e.g", "a.k.a", "Ph.D": letters in pieces of one or two, joined by single periods.
    private static bool IsDottedLetters(string text, int start, int stop)
    {
        var piece = 0;
        var dots = 0;
        for (var k = start; k < stop; k++)
        {
            if (char.IsLetter(text[k])) { if (++piece > 2) return false; }
            else if (text[k] == '.' && piece > 0) { piece = 0; dots++; }
            else return false;
        }
        return dots > 0 && piece > 0;
    }

    // Letters glued to a number that the treebank splits off as a unit ("5pm", "35mm"); not ordinals or decades ("20th", "1980s").
    private static bool IsUnitAt(string text, int letters, int end)
    {
        var k = letters;
        while (k < end && char.IsLetter(text[k])) k++;
        if (k < end && IsWordChar(text[k])) return false;
        return TextLexicon.NumberUnits.Contains(text.AsSpan(letters, k - letters));
    }

    private static bool LooksLikeDomain(string text, int start, int stop)
    {
        var dot = text.LastIndexOf('.', stop - 1, stop - start);
        return dot > start && stop - dot - 1 >= 2 && IsAllLowerAscii(text, dot + 1, stop);
    }

    private static bool IsAllLowerAscii(string text, int start, int stop)
    {
        for (var k = start; k < stop; k++)
            if (!char.IsAsciiLetterLower(text[k])) return false;
        return true;
    }

    private static bool IsAllUpper(string text, int start, int stop)
    {
        for (var k = start; k < stop; k++)
            if (!char.IsUpper(text[k])) return false;
        return true;
    }

    /// <summary>An apostrophe that starts no word: a decade or year ("'90s", "'72"), a doubled quote ("''"), or itself alone.</summary>
    private static int ApostropheEnd(string text, int i, int end)
    {
        if (i + 1 < end && text[i + 1] == text[i]) return i + 2;
        if (i + 2 < end && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))
        {
            var k = i + 3;
            if (k < end && text[k] == 's') k++;
            if (k >= end || !IsWordChar(text[k])) return k;
        }
        return i + 1;
    }

    // Marks that the treebank keeps together when repeated: "...", "--", "!!", "?!", "***", "$$".
    private static bool IsRunPunctuation(char c) =>
        c is '.' or '!' or '?' or '-' or '*' or '=' or '_' or '+' or '~' or '<' or '>' or '…' or '#' or '$';

    /// <summary>The end of a run of one mark, or of sentence-ending marks mixed ("...?", "?!", "!.").</summary>
    private static int RunEnd(string text, int i, int end)
    {
        var c = text[i];
        var j = i + 1;
        if (c is '.' or '!' or '?')
            while (j < end && text[j] is '.' or '!' or '?') j++;
        else
            while (j < end && text[j] == c) j++;
        return j;
    }

    /// <summary>The length of a smiley such as ":)", ";-)" or ":D" at <paramref name="i"/>, or 0.</summary>
    private static int EmoticonLength(string text, int i, int end)
    {
        if (text[i] is not (':' or ';')) return 0;
        var k = i + 1;
        if (k < end && text[k] == '-') k++;
        if (k >= end || text[k] is not (')' or '(' or 'D' or 'P' or 'p' or '/')) return 0;
        if (text[k] is 'D' or 'P' or 'p' or '/' && k + 1 < end && !char.IsWhiteSpace(text[k + 1])) return 0;
        return k + 1 - i;
    }

    private static int UrlPrefixLength(string text, int i, int end)
    {
        var c = text[i] | 0x20;
        if (c != 'h' && c != 'w' && c != 'f' && c != 'm') return 0;
        foreach (var scheme in UrlSchemes)
            if (end - i > scheme.Length && text.AsSpan(i, scheme.Length).Equals(scheme, StringComparison.OrdinalIgnoreCase) &&
                !char.IsWhiteSpace(text[i + scheme.Length]))
                return scheme.Length;
        return 0;
    }

    private static readonly string[] UrlSchemes = ["http://", "https://", "www.", "ftp://", "mailto:"];

    /// <summary>A URL runs to the next space, less the punctuation that closes the sentence or a bracket around it.</summary>
    private static int UrlEnd(string text, int i, int end)
    {
        var j = i;
        var open = 0;
        var close = 0;
        while (j < end && !char.IsWhiteSpace(text[j]))
        {
            if (text[j] == '(') open++;
            else if (text[j] == ')') close++;
            j++;
        }
        while (j > i + 1)
        {
            var last = text[j - 1];
            if (last == ')' && close > open) close--;
            else if (last is not ('.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '’' or '”' or ']' or '}' or '>' or '»'))
                break;
            j--;
        }
        return j;
    }

    /// <summary>The end of an e-mail address that starts at <paramref name="i"/>, or 0 when none does.</summary>
    private static int EmailEnd(string text, int i, int end)
    {
        var j = i;
        var localEnd = Math.Min(end, i + MaxEmailLocalPart);
        while (j < localEnd && (IsWordChar(text[j]) || text[j] is '.' or '_' or '-' or '+' or '%')) j++;
        if (j + 1 >= end || text[j] != '@' || !IsWordChar(text[j + 1])) return 0;
        j++;
        while (j < end && (IsWordChar(text[j]) || text[j] is '.' or '-' or '_')) j++;
        while (text[j - 1] is '.' or '-' or '_') j--;
        return j;
    }

    // The longest local part an address may have.
    private const int MaxEmailLocalPart = 64;

    private static bool IsHandleStart(char c) => char.IsLetter(c) || (c == '_');

    // Spaces, and the invisible characters that scraped pages leave between words (zero-width space, byte order mark).
    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || (c > 127 && char.GetUnicodeCategory(c) == UnicodeCategory.Format);

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        if (char.IsLetterOrDigit(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}

using ArmsTransferTracker.Extraction.Story;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Tests;

/// <summary>
/// A sentence with a parse written by hand, as the parser makes it on news it gets wrong, for rules meant to survive
/// such parses.
/// </summary>
public static class HandParse
{
    /// <summary>The words laid out as written: a space between words, none before punctuation or around a joining hyphen.</summary>
    /// <param name="words">Each word's form, part of speech, lemma (null: the form), head and relation.</param>
    public static StorySentence Sentence(params (string Form, string Upos, string? Lemma, int Head, string Relation)[] words)
    {
        var parsed = new List<SyntaxWord>();
        var at = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var (form, upos, lemma, head, relation) = words[i];
            var joined = i > 0 && (form is "," or "." or "-" || words[i - 1].Form == "-");
            if (i > 0 && !joined) at++;
            parsed.Add(new SyntaxWord(i + 1, form, at, at + form.Length, upos, lemma ?? form, head, relation));
            at += form.Length;
        }
        return new StorySentence(0, 1, 0, at, false, false, new ParsedSentence(0, at, parsed));
    }
}

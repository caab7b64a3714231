using System.Text;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(token => token.Text).ToArray();

    [Theory]
    [InlineData("Moscow doesn't deny the shipment.", new[] { "Moscow", "does", "n't", "deny", "the", "shipment", "." })]
    [InlineData("Kyiv can't wait and won't wait.", new[] { "Kyiv", "ca", "n't", "wait", "and", "wo", "n't", "wait", "." })]
    [InlineData("The ministry cannot confirm it.", new[] { "The", "ministry", "can", "not", "confirm", "it", "." })]
    [InlineData("I'm sure they're ready, we'll see.", new[] { "I", "'m", "sure", "they", "'re", "ready", ",", "we", "'ll", "see", "." })]
    [InlineData("We've said it'd arrive; he'd agreed.",
        new[] { "We", "'ve", "said", "it", "'d", "arrive", ";", "he", "'d", "agreed", "." })]
    [InlineData("Tehran’s drones aren’t cheap.", new[] { "Tehran", "’s", "drones", "are", "n’t", "cheap", "." })]
    [InlineData("They’re sure it’s over.", new[] { "They", "’re", "sure", "it", "’s", "over", "." })]
    [InlineData("They're gonna sell them.", new[] { "They", "'re", "gon", "na", "sell", "them", "." })]
    [InlineData("Buyers wanna wait, sellers gotta move.",
        new[] { "Buyers", "wan", "na", "wait", ",", "sellers", "got", "ta", "move", "." })]
    [InlineData("They dont know and didnt ask.", new[] { "They", "do", "nt", "know", "and", "did", "nt", "ask", "." })]
    public void Splits_clitics_as_the_treebank_does(string text, string[] expected) => Words(text).Should().Equal(expected);

    [Theory]
    [InlineData("Russia's army took the soldiers' rifles.",
        new[] { "Russia", "'s", "army", "took", "the", "soldiers", "'", "rifles", "." })]
    [InlineData("Kyiv’s allies", new[] { "Kyiv", "’s", "allies" })]
    [InlineData("O'Brien flew to N'Djamena.", new[] { "O'Brien", "flew", "to", "N'Djamena", "." })]
    [InlineData("O’Brien’s report", new[] { "O’Brien", "’s", "report" })]
    [InlineData("the 1990's arms race and the F-16's radar",
        new[] { "the", "1990's", "arms", "race", "and", "the", "F", "-", "16's", "radar" })]
    [InlineData("back in the '90s", new[] { "back", "in", "the", "'90s" })]
    public void Splits_possessives_but_keeps_apostrophes_inside_names(string text, string[] expected) =>
        Words(text).Should().Equal(expected);

    [Theory]
    [InlineData("long-range missiles", new[] { "long", "-", "range", "missiles" })]
    [InlineData("Al-Qaeda and al-Shabaab", new[] { "Al", "-", "Qaeda", "and", "al", "-", "Shabaab" })]
    [InlineData("a surface-to-air system", new[] { "a", "surface", "-", "to", "-", "air", "system" })]
    [InlineData("anti-tank and anti-aircraft guns", new[] { "anti-tank", "and", "anti-aircraft", "guns" })]
    [InlineData("pre-war, post-war and non-state groups", new[] { "pre-war", ",", "post-war", "and", "non-state", "groups" })]
    [InlineData("co-production with ex-Soviet states", new[] { "co-production", "with", "ex-Soviet", "states" })]
    [InlineData("a re-export by a pro-Russian semi-official firm",
        new[] { "a", "re-export", "by", "a", "pro-Russian", "semi-official", "firm" })]
    [InlineData("multi-role jets ordered in mid-2023", new[] { "multi-role", "jets", "ordered", "in", "mid-2023" })]
    [InlineData("the vice-president sent an e-mail", new[] { "the", "vice-president", "sent", "an", "e-mail" })]
    [InlineData("Anti-ship missiles", new[] { "Anti-ship", "missiles" })]
    [InlineData("X-ray scanners", new[] { "X", "-", "ray", "scanners" })]
    public void Splits_hyphens_except_after_prefixes_the_treebank_keeps(string text, string[] expected) =>
        Words(text).Should().Equal(expected);

    [Theory]
    [InlineData("AK-47 rifles", new[] { "AK", "-", "47", "rifles" })]
    [InlineData("F-16 jets and S-400 batteries", new[] { "F", "-", "16", "jets", "and", "S", "-", "400", "batteries" })]
    [InlineData("in 2014-2015 and from 10-12 units", new[] { "in", "2014", "-", "2015", "and", "from", "10", "-", "12", "units" })]
    [InlineData("a 10-year deal", new[] { "a", "10", "-", "year", "deal" })]
    [InlineData("Call 202-555-0143 or 555-0143.", new[] { "Call", "202-555-0143", "or", "555-0143", "." })]
    [InlineData("signed on 2024-05-16 in Ankara", new[] { "signed", "on", "2024-05-16", "in", "Ankara" })]
    public void Treats_numbers_in_hyphenated_words_as_the_treebank_does(string text, string[] expected) =>
        Words(text).Should().Equal(expected);

    [Theory]
    [InlineData("a $5 billion deal", new[] { "a", "$", "5", "billion", "deal" })]
    [InlineData("worth US$300 million", new[] { "worth", "US$", "300", "million" })]
    [InlineData("up 5% from 3.5 to 1,000,000.", new[] { "up", "5", "%", "from", "3.5", "to", "1,000,000", "." })]
    [InlineData("at 10:30 on 9/11 and 16/11/2004", new[] { "at", "10:30", "on", "9/11", "and", "16/11/2004" })]
    [InlineData("half, or 1/2, of them", new[] { "half", ",", "or", "1", "/", "2", ",", "of", "them" })]
    [InlineData("codes 1/2/3/4 and 1-2-3-4", new[] { "codes", "1", "/", "2", "/", "3", "/", "4", "and", "1-2-3-4" })]
    [InlineData("at 5pm, 35mm shells and $2bn", new[] { "at", "5", "pm", ",", "35", "mm", "shells", "and", "$", "2", "bn" })]
    [InlineData("the 20th brigade of the 1980s", new[] { "the", "20th", "brigade", "of", "the", "1980s" })]
    [InlineData("1, 2, 3", new[] { "1", ",", "2", ",", "3" })]
    public void Keeps_numbers_whole_and_splits_currency_and_percent(string text, string[] expected) =>
        Words(text).Should().Equal(expected);

    [Theory]
    [InlineData("See https://example.org/report?id=7&x=(a). Then", new[] { "See", "https://example.org/report?id=7&x=(a)", ".", "Then" })]
    [InlineData("(www.sipri.org)", new[] { "(", "www.sipri.org", ")" })]
    [InlineData("visit reuters.com/world today", new[] { "visit", "reuters.com/world", "today" })]
    [InlineData("Write to press.office@mod.gov.uk.", new[] { "Write", "to", "press.office@mod.gov.uk", "." })]
    [InlineData("@DefenceHQ posted #Ukraine news", new[] { "@DefenceHQ", "posted", "#Ukraine", "news" })]
    [InlineData("AT&T and R&D", new[] { "AT&T", "and", "R&D" })]
    public void Keeps_urls_addresses_handles_and_hashtags_whole(string text, string[] expected) =>
        Words(text).Should().Equal(expected);

    [Theory]
    [InlineData("U.S. and U.N. officials met", new[] { "U.S.", "and", "U.N.", "officials", "met" })]
    [InlineData("Gen. Mark Smith and Mr. Lee", new[] { "Gen.", "Mark", "Smith", "and", "Mr.", "Lee" })]
    [InlineData("on Sept. 9 at No. 10", new[] { "on", "Sept.", "9", "at", "No.", "10" })]
    [InlineData("arms, e.g. drones, from Acme Inc. in Ohio",
        new[] { "arms", ",", "e.g.", "drones", ",", "from", "Acme", "Inc.", "in", "Ohio" })]
    [InlineData("John F. Kennedy", new[] { "John", "F.", "Kennedy" })]
    [InlineData("at 3 p.m. local time", new[] { "at", "3", "p.m.", "local", "time" })]
    [InlineData("non-U.S. buyers", new[] { "non-U.S.", "buyers" })]
    [InlineData("troops from Fort Bragg, N.C., and San Diego, Calif., left",
        new[] { "troops", "from", "Fort", "Bragg", ",", "N.C.", ",", "and", "San", "Diego", ",", "Calif.", ",", "left" })]
    [InlineData("Resolution No. 2231 said no. No.", new[] { "Resolution", "No.", "2231", "said", "no", ".", "No", "." })]
    [InlineData("It went to Acme Inc.. Then it left.", new[] { "It", "went", "to", "Acme", "Inc.", ".", "Then", "it", "left", "." })]
    public void Keeps_the_period_of_abbreviations_and_initials(string text, string[] expected) => Words(text).Should().Equal(expected);

    [Theory]
    [InlineData("The talks failed.", new[] { "The", "talks", "failed", "." })]
    [InlineData("The parts were sent to the U.S.", new[] { "The", "parts", "were", "sent", "to", "the", "U.S", "." })]
    [InlineData("It was sold to Acme Inc. The firm denied it.",
        new[] { "It", "was", "sold", "to", "Acme", "Inc", ".", "The", "firm", "denied", "it", "." })]
    public void Gives_the_period_back_where_a_sentence_ends_on_an_abbreviation(string text, string[] expected) =>
        Words(text).Should().Equal(expected);

    [Theory]
    [InlineData("Wait... what?!", new[] { "Wait", "...", "what", "?!" })]
    [InlineData("Really.? Yes!. Fine :)", new[] { "Really", ".?", "Yes", "!.", "Fine", ":)" })]
    [InlineData("Wait… no", new[] { "Wait", "…", "no" })]
    [InlineData("troops—and tanks–arrived -- later", new[] { "troops", "—", "and", "tanks", "–", "arrived", "--", "later" })]
    [InlineData("\"We will respond,\" he said.", new[] { "\"", "We", "will", "respond", ",", "\"", "he", "said", "." })]
    [InlineData("“Never,” she said, ‘never.’",
        new[] { "“", "Never", ",", "”", "she", "said", ",", "‘", "never", ".", "’" })]
    [InlineData("the 'hawks' in (the) [cabinet]", new[] { "the", "'", "hawks", "'", "in", "(", "the", ")", "[", "cabinet", "]" })]
    [InlineData("``Yes,'' he said", new[] { "``", "Yes", ",", "''", "he", "said" })]
    public void Keeps_ellipses_dashes_and_quotes_apart(string text, string[] expected) => Words(text).Should().Equal(expected);

    [Fact]
    public void Skips_invisible_characters_between_words()
    {
        const string text = "\uFEFFTalks in Minsk\u200B ended.";

        var tokens = Tokenizer.Tokenize(text);

        tokens.Select(token => token.Text).Should().Equal("Talks", "in", "Minsk", "ended", ".");
        tokens[0].Start.Should().Be(1);
    }

    [Fact]
    public void Every_token_is_the_text_at_its_span_and_spans_increase()
    {
        const string text = "  In Kyiv, U.S. Gen. Lee said: \"Russia's S-400s aren't a threat—not yet...\"\n\n" +
                            "The $1.5bn deal (5%) won't stop it. ";

        var tokens = Tokenizer.Tokenize(text);

        tokens.Should().NotBeEmpty();
        AssertSpans(text, tokens, 0, text.Length);
    }

    [Fact]
    public void Tokenizes_only_the_range_asked_for()
    {
        const string text = "Before. Iran's drones can't fly. After.";
        var start = text.IndexOf("Iran", StringComparison.Ordinal);
        var end = text.IndexOf(" After", StringComparison.Ordinal);

        var tokens = Tokenizer.Tokenize(text, start, end);

        tokens.Select(token => token.Text).Should().Equal("Iran", "'s", "drones", "ca", "n't", "fly", ".");
        tokens[0].Start.Should().Be(start);
        AssertSpans(text, tokens, start, end);
    }

    [Fact]
    public void Refuses_a_range_outside_the_text()
    {
        var act = () => Tokenizer.Tokenize("short", 2, 10);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Tokenizes_a_two_megabyte_line_with_exact_offsets()
    {
        const string paragraph = "On Sept. 9, the U.S. said Russia's S-400 batteries—worth $1.2bn (about 5%)—weren't sold to Iran. " +
                                 "\"We won't comment,\" a spokesman said... See www.example.org/a-b or mail info@example.org. ";
        var builder = new StringBuilder(2 * 1024 * 1024 + paragraph.Length);
        while (builder.Length < 2 * 1024 * 1024) builder.Append(paragraph);
        var text = builder.ToString();

        var tokens = Tokenizer.Tokenize(text);

        var perParagraph = Tokenizer.Tokenize(paragraph).Count;
        tokens.Count.Should().Be(perParagraph * (text.Length / paragraph.Length));
        AssertSpans(text, tokens, 0, text.Length);
    }

    // Checks every token in plain code and asserts once, so that a text of a million tokens stays quick to check.
    private static void AssertSpans(string text, IReadOnlyList<TextToken> tokens, int start, int end)
    {
        var previousEnd = start;
        string? problem = null;
        for (var k = 0; k < tokens.Count && problem is null; k++)
        {
            var token = tokens[k];
            if (token.Start < previousEnd || token.End <= token.Start || token.End > end) problem = $"token {k} {token} is out of order";
            else if (token.Text != text[token.Start..token.End]) problem = $"token {k} {token} is not the text at its span";
            else if (!string.IsNullOrWhiteSpace(text[previousEnd..token.Start])) problem = $"text before token {k} {token} is lost";
            previousEnd = token.End;
        }
        if (problem is null && !string.IsNullOrWhiteSpace(text[previousEnd..end])) problem = "text after the last token is lost";
        problem.Should().BeNull();
    }
}

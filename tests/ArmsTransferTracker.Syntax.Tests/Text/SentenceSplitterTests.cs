using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(sentence => text[sentence.Start..sentence.End]).ToArray();

    [Theory]
    [InlineData("Iran sent drones. Russia used them! Did Kyiv know? It did.",
        new[] { "Iran sent drones.", "Russia used them!", "Did Kyiv know?", "It did." })]
    [InlineData("U.S. officials said Gen. Smith met Mr. Lee and Dr. Park.",
        new[] { "U.S. officials said Gen. Smith met Mr. Lee and Dr. Park." })]
    [InlineData("The shipment left on Sept. 9 from Pier No. 5 in Odesa.",
        new[] { "The shipment left on Sept. 9 from Pier No. 5 in Odesa." })]
    [InlineData("The ministry cited John F. Kennedy and Gen. H. R. Lane.",
        new[] { "The ministry cited John F. Kennedy and Gen. H. R. Lane." })]
    [InlineData("Exports rose 3.5 percent to $1.2 billion. Imports fell.",
        new[] { "Exports rose 3.5 percent to $1.2 billion.", "Imports fell." })]
    [InlineData("The U.S. Army and the U.N. Security Council disagreed.",
        new[] { "The U.S. Army and the U.N. Security Council disagreed." })]
    [InlineData("Drones, mines, etc. were listed.", new[] { "Drones, mines, etc. were listed." })]
    [InlineData("The minister denied it in a post on X. \"No drones were sent,\" she wrote.",
        new[] { "The minister denied it in a post on X.", "\"No drones were sent,\" she wrote." })]
    [InlineData("The envoy wrote on X. Officials said nothing.", new[] { "The envoy wrote on X.", "Officials said nothing." })]
    public void Ends_sentences_at_terminal_marks_but_not_after_abbreviations_initials_or_decimals(string text, string[] expected) =>
        Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("\"We will respond,\" he said. The talks ended.", new[] { "\"We will respond,\" he said.", "The talks ended." })]
    [InlineData("\"Why?\" he asked. Nobody answered.", new[] { "\"Why?\" he asked.", "Nobody answered." })]
    [InlineData("He said: \"The deal is off.\" Officials agreed.", new[] { "He said: \"The deal is off.\"", "Officials agreed." })]
    [InlineData("“It is over,” she said. “We lost.” Then she left.",
        new[] { "“It is over,” she said.", "“We lost.”", "Then she left." })]
    [InlineData("The missiles arrived (the ministry denied it.) Talks resumed.",
        new[] { "The missiles arrived (the ministry denied it.)", "Talks resumed." })]
    public void Keeps_closing_quotes_and_brackets_with_their_sentence(string text, string[] expected) =>
        Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("The parts were sent to the U.S. The ministry said so.",
        new[] { "The parts were sent to the U.S.", "The ministry said so." })]
    [InlineData("The parts were sent to the U.S. Navy last year.", new[] { "The parts were sent to the U.S. Navy last year." })]
    [InlineData("It was built by Acme Inc. It cost $5 million.", new[] { "It was built by Acme Inc.", "It cost $5 million." })]
    [InlineData("The unit is based in Tacoma, Wash. It deployed in May.",
        new[] { "The unit is based in Tacoma, Wash.", "It deployed in May." })]
    [InlineData("The deal was signed at 9 a.m. Officials later denied it.",
        new[] { "The deal was signed at 9 a.m. Officials later denied it." })]
    [InlineData("The deal was signed at 9 a.m. However, officials later denied it.",
        new[] { "The deal was signed at 9 a.m.", "However, officials later denied it." })]
    public void Ends_after_an_abbreviation_that_may_end_a_sentence_only_when_a_sentence_starts(string text, string[] expected) =>
        Sentences(text).Should().Equal(expected);

    [Fact]
    public void Gives_the_period_of_a_final_abbreviation_back_as_a_word()
    {
        const string text = "The parts were sent to the U.S. The ministry said so.";

        var sentences = SentenceSplitter.Split(text);

        sentences.Should().HaveCount(2);
        sentences[0].Tokens.TakeLast(2).Select(token => token.Text).Should().Equal("U.S", ".");
        sentences[0].Tokens[^1].Start.Should().Be(text.IndexOf(". The", StringComparison.Ordinal));
        sentences[1].Tokens[0].Text.Should().Be("The");
    }

    [Theory]
    [InlineData("Officials met in Ankara. Talks went on... The ministry said nothing.",
        new[] { "Officials met in Ankara.", "Talks went on...", "The ministry said nothing." })]
    [InlineData("The deal was worth ... billions, he said.", new[] { "The deal was worth ... billions, he said." })]
    public void Ends_at_an_ellipsis_only_where_a_new_sentence_clearly_starts(string text, string[] expected) =>
        Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("Talks resumed\n\nin Geneva on Monday", new[] { "Talks resumed", "in Geneva on Monday" })]
    [InlineData("Officials said the deal was\nsigned in Riyadh.", new[] { "Officials said the deal was\nsigned in Riyadh." })]
    [InlineData("Turkey sends drones to Kyiv\nAnkara confirmed the sale on Monday.",
        new[] { "Turkey sends drones to Kyiv", "Ankara confirmed the sale on Monday." })]
    [InlineData("MOSCOW, Aug. 7 —\nRussia denied the report.", new[] { "MOSCOW, Aug. 7 —\nRussia denied the report." })]
    [InlineData("Officials held talks with\nIran on Monday.", new[] { "Officials held talks with\nIran on Monday." })]
    public void Ends_at_paragraph_breaks_and_at_headline_lines(string text, string[] expected) => Sentences(text).Should().Equal(expected);

    [Fact]
    public void Gives_spans_in_the_original_text_and_the_tokens_of_each_sentence()
    {
        const string text = "  Iran denied it.  \"No drones were sent,\" a spokesman said.\n\nKyiv disagreed. ";

        var sentences = SentenceSplitter.Split(text);

        sentences.Select(sentence => (sentence.Start, sentence.End)).Should().Equal((2, 17), (19, 59), (61, 76));
        foreach (var sentence in sentences)
        {
            sentence.Tokens[0].Start.Should().Be(sentence.Start);
            sentence.Tokens[^1].End.Should().Be(sentence.End);
        }
        sentences.SelectMany(sentence => sentence.Tokens).Should().Equal(Tokenizer.Tokenize(text));
    }

    [Fact]
    public void Splits_only_the_range_asked_for()
    {
        const string text = "Skipped. Iran denied it. Kyiv disagreed. Skipped too.";
        var start = text.IndexOf("Iran", StringComparison.Ordinal);
        var end = text.IndexOf(" Skipped too", StringComparison.Ordinal);

        var sentences = SentenceSplitter.Split(text, start, end);

        sentences.Select(sentence => text[sentence.Start..sentence.End]).Should().Equal("Iran denied it.", "Kyiv disagreed.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n ")]
    public void Finds_no_sentence_in_blank_text(string text) => SentenceSplitter.Split(text).Should().BeEmpty();
}

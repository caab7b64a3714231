using ArmsTransferTracker.Web.Finding;

namespace ArmsTransferTracker.Web.Tests.Finding;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("drones  to\tRussia", new[] { "drones", "to", "Russia" })]
    [InlineData("\"unbalanced NEAR( * - : () '; DROP", new[] { "\"unbalanced", "NEAR(", "DROP" })]
    [InlineData("a\u0000b \u0007", new[] { "ab" })]
    [InlineData("   ", new string[0])]
    [InlineData(null, new string[0])]
    public void Words_are_what_stands_between_spaces_with_a_letter_or_digit_in_it(string? typed, string[] words)
    {
        SearchTerms.Parse(typed).Words.Should().Equal(words);
    }

    [Fact]
    public void Each_word_is_one_quoted_fts5_string_with_its_quotes_doubled()
    {
        var terms = SearchTerms.Parse("say \"OR\" NEAR(x");

        terms.Fts5Query.Should().Be("\"say\" \"\"\"OR\"\"\" \"NEAR(x\"");
        terms.PlainText.Should().Be("say \"OR\" NEAR(x");
    }

    [Fact]
    public void A_pasted_paragraph_is_cut_to_the_first_words()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}")));

        terms.Words.Should().HaveCount(SearchTerms.MaxWords).And.StartWith("w1").And.EndWith($"w{SearchTerms.MaxWords}");
    }

    [Fact]
    public void A_lone_surrogate_is_replaced_not_passed_to_the_database()
    {
        SearchTerms.Parse("drone\uD800s").Words.Should().Equal("drone\uFFFDs");
    }
}

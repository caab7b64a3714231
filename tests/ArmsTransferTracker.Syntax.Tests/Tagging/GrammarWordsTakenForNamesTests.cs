using ArmsTransferTracker.Syntax.Tagging;

namespace ArmsTransferTracker.Syntax.Tests.Tagging;

public class GrammarWordsTakenForNamesTests
{
    [Theory]
    [InlineData("Nor")]
    [InlineData("since")]
    public void A_word_of_grammar_read_as_a_name_may_be_anything_but_a_name(string word)
    {
        var limits = GrammarWordsTakenForNames.Limits(
            [word, "has", "Oman", "sent", "rifles"], ["PROPN", "AUX", "PROPN", "VERB", "NOUN"], null);

        // Each word's allowed tags, "any" where the tagger stays free.
        limits?.Select(l => l is null ? "any" : string.Join('|', l.Order()))
            .Should().Equal("ADP|ADV|CCONJ|DET|PRON|SCONJ", "any", "any", "any", "any");
    }

    [Fact]
    public void A_sentence_whose_words_of_grammar_are_read_as_such_is_not_tagged_again() =>
        GrammarWordsTakenForNames.Limits(["Nor", "has", "Oman", "sent", "rifles"], ["CCONJ", "AUX", "PROPN", "VERB", "NOUN"], null)
            .Should().BeNull();

    [Fact]
    public void The_callers_limit_on_a_word_is_kept()
    {
        IReadOnlySet<string> name = new HashSet<string> { "PROPN" };

        var limits = GrammarWordsTakenForNames.Limits(["Since", "Street"], ["PROPN", "PROPN"], [name, null]);

        limits.Should().BeNull();
    }
}

using ArmsTransferTracker.Web.Finding;

namespace ArmsTransferTracker.Web.Tests.Finding;

public sealed class SnippetTests
{
    private const char Start = Snippet.MatchStart;
    private const char End = Snippet.MatchEnd;

    [Fact]
    public void The_marked_words_are_parts_of_their_own()
    {
        var snippet = Snippet.Parse($"…Iran {Start}supplied{End} drones to {Start}Russia{End}");

        snippet.Parts.Should().Equal(
            new SnippetPart("…Iran ", false), new SnippetPart("supplied", true), new SnippetPart(" drones to ", false),
            new SnippetPart("Russia", true));
        snippet.Text.Should().Be("…Iran supplied drones to Russia");
    }

    [Fact]
    public void Text_without_marks_is_one_unmatched_part_and_markup_in_it_stays_text()
    {
        Snippet.Parse("<b>bold</b>").Parts.Should().Equal(new SnippetPart("<b>bold</b>", false));
        Snippet.Parse("").Parts.Should().BeEmpty();
    }
}

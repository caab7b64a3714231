using AngleSharp.Html.Parser;
using ArmsTransferTracker.Web.Pages.Articles;

namespace ArmsTransferTracker.Web.Tests.Pages.Articles;

public sealed class HighlightedTextTests
{
    private static AngleSharp.Dom.IElement Render(string text, params Highlight[] highlights)
    {
        using var writer = new StringWriter();
        HighlightedText.Render(text, highlights).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var document = new HtmlParser().ParseDocument("<div id=root>" + writer + "</div>");
        return document.GetElementById("root")!;
    }

    /// <summary>The rendered text: the paragraphs' text, one per line.</summary>
    private static string Paragraphs(AngleSharp.Dom.IElement root) =>
        string.Join("\n", root.QuerySelectorAll("p").Select(p => p.TextContent));

    private static Highlight At(string text, string quote, string anchor, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(quote, start + 1, StringComparison.Ordinal);
        }
        return new Highlight(start, start + quote.Length, anchor, "title " + anchor, "supports");
    }

    [Fact]
    public void Each_non_blank_line_is_a_paragraph()
    {
        var root = Render("Headline\n\nFirst paragraph.\r\nSecond one.\n  \n");

        root.QuerySelectorAll("p").Select(p => p.TextContent).Should().Equal("Headline", "First paragraph.", "Second one.");
    }

    [Fact]
    public void Marks_each_span_with_its_anchor_and_encodes_the_text_around_it()
    {
        const string text = "<b>Freedonia</b> sent drones & shells.";
        var root = Render(text, At(text, "sent drones", "ev-1-1"), At(text, "shells", "ev-2-1"));

        root.QuerySelectorAll("b").Should().BeEmpty();
        Paragraphs(root).Should().Be(text);
        root.QuerySelectorAll("mark").Select(m => (m.Id, m.TextContent, m.GetAttribute("title"))).Should().Equal(
            ("ev-1-1", "sent drones", "title ev-1-1"),
            ("ev-2-1", "shells", "title ev-2-1"));
    }

    [Fact]
    public void A_span_inside_another_is_nested_and_identical_spans_both_get_marks()
    {
        const string text = "Officials said Freedonia sent drones to Sylvania.";
        var root = Render(text,
            At(text, "Freedonia sent drones to Sylvania", "outer"),
            At(text, "sent drones", "inner"),
            At(text, "Freedonia sent drones to Sylvania", "twin"));

        Paragraphs(root).Should().Be(text);
        root.QuerySelectorAll("mark").Select(m => (m.Id, m.TextContent)).Should().BeEquivalentTo(new[]
        {
            ("outer", "Freedonia sent drones to Sylvania"),
            ("twin", "Freedonia sent drones to Sylvania"),
            ("inner", "sent drones"),
        });
        root.QuerySelector("#inner")!.ParentElement!.LocalName.Should().Be("mark");
    }

    [Fact]
    public void Crossing_spans_are_split_and_the_anchor_stays_on_the_first_piece()
    {
        const string text = "one two three four";
        var root = Render(text, new Highlight(0, 13, "a", "a", "supports"), new Highlight(8, 18, "b", "b", "denies"));

        Paragraphs(root).Should().Be(text);
        root.QuerySelector("#a")!.TextContent.Should().Be("one two three");
        root.QuerySelector("#b")!.TextContent.Should().Be("three");
        root.QuerySelectorAll("mark[data-continues=b]").Select(m => m.TextContent).Should().Equal(" four");
    }

    [Fact]
    public void A_span_across_a_line_break_continues_in_the_next_paragraph()
    {
        const string text = "first line\nsecond line";
        var root = Render(text, new Highlight(6, 17, "x", "x", "neutral"));

        root.QuerySelectorAll("p").Select(p => p.TextContent).Should().Equal("first line", "second line");
        root.QuerySelector("#x")!.TextContent.Should().Be("line");
        root.QuerySelector("mark[data-continues=x]")!.TextContent.Should().Be("second");
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored()
    {
        var root = Render("short", new Highlight(2, 99, "out", "t", "supports"), new Highlight(3, 3, "empty", "t", "supports"));

        root.QuerySelectorAll("mark").Should().BeEmpty();
        Paragraphs(root).Should().Be("short");
    }

    [Fact]
    public void The_first_paragraph_is_marked_as_the_headline_only_when_it_is_the_headline()
    {
        using var writer = new StringWriter();
        HighlightedText.Render("Drones flow\nBody.", [], "Drones flow").WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        using var other = new StringWriter();
        HighlightedText.Render("LONDON - Body first.\nMore.", [], "Another headline")
            .WriteTo(other, System.Text.Encodings.Web.HtmlEncoder.Default);

        writer.ToString().Should().StartWith("<p class=\"headline\" data-start=\"0\">Drones flow</p>");
        other.ToString().Should().NotContain("headline");
    }
}

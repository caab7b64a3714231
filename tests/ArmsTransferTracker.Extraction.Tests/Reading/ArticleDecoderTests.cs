using System.Text;
using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction.Tests.Reading;

public class ArticleDecoderTests
{
    private const string Sentence = "Iran’s mission said “no missiles” were sent — ever.";

    private static DecodedArticle Accepted(byte[] bytes, string name = "a.txt", string? contentType = null)
    {
        ArticleDecoder.TryDecode(bytes, name, contentType, out var article, out var refusal).Should().BeTrue(refusal);
        return article;
    }

    private static string Refused(byte[] bytes, string name = "a.txt", string? contentType = null)
    {
        ArticleDecoder.TryDecode(bytes, name, contentType, out _, out var refusal).Should().BeFalse();
        return refusal;
    }

    [Fact]
    public void Utf8_with_and_without_a_byte_order_mark_reads_the_same_text()
    {
        Accepted(Encoding.UTF8.GetBytes(Sentence)).Text.Should().Be(Sentence);
        Accepted([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sentence)]).Text.Should().Be(Sentence);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read_in_either_byte_order()
    {
        Accepted([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sentence)]).Text.Should().Be(Sentence);
        Accepted([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sentence)]).Text.Should().Be(Sentence);
    }

    [Fact]
    public void Windows_1252_curly_quotes_and_dashes_are_read_as_such()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Sentence);

        var article = Accepted(bytes);

        article.Text.Should().Be(Sentence);
        article.Encoding.Should().Be("windows-1252");
    }

    [Theory]
    [InlineData("story.html", null, ContentKind.Html)]
    [InlineData("story.HTM", null, ContentKind.Html)]
    [InlineData("story.txt", null, ContentKind.PlainText)]
    [InlineData(null, "text/html; charset=utf-8", ContentKind.Html)]
    [InlineData(null, "text/plain", ContentKind.PlainText)]
    public void Extension_or_content_type_decides_how_the_text_is_read(string? name, string? contentType, ContentKind kind) =>
        Accepted("Tanks were delivered."u8.ToArray(), name!, contentType).Kind.Should().Be(kind);

    [Fact]
    public void Empty_file_is_refused_saying_so_and_what_is_accepted() =>
        Refused([]).Should().Contain("empty").And.Contain(".txt").And.Contain(".html");

    [Fact]
    public void Whitespace_only_file_is_refused() => Refused(" \r\n\t \n"u8.ToArray()).Should().Contain("white space");

    [Fact]
    public void Png_named_txt_is_refused_as_an_image() =>
        Refused([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).Should().Contain("PNG image");

    [Fact]
    public void Pdf_named_txt_is_refused_as_a_pdf() => Refused("%PDF-1.7\n%âãÏÓ\n"u8.ToArray()).Should().Contain("PDF");

    [Fact]
    public void Bytes_with_nul_characters_are_refused_as_binary() =>
        Refused([0x41, 0x00, 0x42, 0x13, 0x00, 0x07]).Should().Contain("binary");

    [Fact]
    public void Unknown_extension_is_refused_naming_it() =>
        Refused("text"u8.ToArray(), "notes.docx").Should().Contain(".docx").And.Contain("not accepted");

    [Fact]
    public void A_two_megabyte_single_line_is_text()
    {
        var line = string.Concat(Enumerable.Repeat("Drones were shipped to Russia, officials said. ", 45_000));

        Accepted(Encoding.UTF8.GetBytes(line)).Text.Should().HaveLength(line.Length);
    }
}

using System.Text;

namespace ArmsTransferTracker.Extraction.Reading;

/// <summary>Uploaded bytes as article text, or the reason they are not one.</summary>
public sealed record DecodedArticle(string Text, ContentKind Kind, string Encoding);

/// <summary>
/// Turns the bytes of an uploaded or fetched file into article text: byte-order marks, UTF-16, UTF-8 and Windows-1252
/// are read; empty, blank and binary files and unknown extensions are refused with a reason a user can act on.
/// </summary>
public static class ArticleDecoder
{
    public static IReadOnlyList<string> AcceptedExtensions { get; } = [".txt", ".html", ".htm"];

    public const string AcceptedDescription = "plain text (.txt) or HTML (.html, .htm) articles in UTF-8, UTF-16 or Windows-1252";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 is what old newsroom systems and Word's "plain text" save as; .NET ships it as a code page.
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    // Magic numbers of files that are often renamed .txt by mistake.
    private static readonly (string Name, byte[] Signature)[] BinarySignatures =
    [
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47]),
        ("a PDF document", "%PDF"u8.ToArray()),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", "GIF8"u8.ToArray()),
        ("a ZIP archive or Office document", [0x50, 0x4B, 0x03, 0x04]),
        ("a gzip archive", [0x1F, 0x8B]),
        ("a WebP or RIFF file", "RIFF"u8.ToArray()),
    ];

    /// <summary>The kind of content a file name and content type announce, or null when neither is accepted.</summary>
    public static ContentKind? KindOf(string? fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".html" or ".htm")
        {
            return ContentKind.Html;
        }
        if (extension is ".txt")
        {
            return ContentKind.PlainText;
        }
        if (extension.Length > 0)
        {
            return null;
        }
        var mediaType = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "text/html" or "application/xhtml+xml" => ContentKind.Html,
            "text/plain" or "" => ContentKind.PlainText,
            _ => null,
        };
    }

    /// <summary>Reads and decodes a file the way an import would, so that the command-line verbs see the text the store sees.</summary>
    public static bool TryReadFile(string path, out DecodedArticle article, out string refusal) =>
        TryDecode(File.ReadAllBytes(path), path, null, out article, out refusal);

    public static bool TryDecode(byte[] bytes, string? fileName, string? contentType, out DecodedArticle article, out string refusal)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        article = new DecodedArticle("", ContentKind.PlainText, "");
        refusal = "";

        if (KindOf(fileName, contentType) is not { } kind)
        {
            refusal = $"\"{Path.GetFileName(fileName)}\" has a type that is not accepted ({Describe(fileName, contentType)}); " +
                $"accepted: {AcceptedDescription}.";
            return false;
        }
        if (bytes.Length == 0)
        {
            refusal = $"the file is empty; accepted: {AcceptedDescription}.";
            return false;
        }
        foreach (var (name, signature) in BinarySignatures)
        {
            if (bytes.AsSpan().StartsWith(signature))
            {
                refusal = $"the file is {name}, not text; accepted: {AcceptedDescription}.";
                return false;
            }
        }

        var (text, encoding) = Decode(bytes);
        if (text is null)
        {
            refusal = $"the file is binary, not text; accepted: {AcceptedDescription}.";
            return false;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            refusal = $"the file holds only white space; accepted: {AcceptedDescription}.";
            return false;
        }
        article = new DecodedArticle(text, kind, encoding);
        return true;
    }

    private static (string? Text, string Encoding) Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return (CheckedText(bytes, 3, StrictUtf8), "utf-8");
        }
        if (span.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (CheckedText(bytes, 2, Encoding.Unicode), "utf-16le");
        }
        if (span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (CheckedText(bytes, 2, Encoding.BigEndianUnicode), "utf-16be");
        }
        // NUL bytes do not occur in UTF-8 or Windows-1252 text: without a BOM they mean a binary file.
        if (span.IndexOf((byte)0) >= 0)
        {
            return (null, "");
        }
        // Not valid UTF-8: the bytes are a single-byte encoding, and Windows-1252 is the one news systems use.
        return CheckedText(bytes, 0, StrictUtf8) is { } utf8
            ? (utf8, "utf-8")
            : (CheckedText(bytes, 0, Windows1252.Value), "windows-1252");
    }

    // Text full of control characters is a binary file that happens to decode.
    private static string? CheckedText(byte[] bytes, int offset, Encoding encoding)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        // Over the characters as a span: a query over the string calls through its enumerator and a delegate at every one.
        var controls = 0;
        foreach (var c in text.AsSpan())
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f') controls++;
        }
        return controls > text.Length / 100 + 2 ? null : text;
    }

    private static string Describe(string? fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName ?? "");
        return extension.Length > 0 ? $"extension {extension}" : $"content type {contentType}";
    }
}

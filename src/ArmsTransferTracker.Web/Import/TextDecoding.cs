using System.Text;

namespace ArmsTransferTracker.Web.Import;

/// <summary>Turns uploaded bytes into text: a byte-order mark wins (UTF-8, UTF-16, UTF-32); otherwise UTF-8, or Latin-1 when the bytes are not valid UTF-8.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.UTF32, Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var preamble = encoding.Preamble;
            if (preamble.Length > 0 && bytes.StartsWith(preamble))
            {
                return encoding.GetString(bytes[preamble.Length..]);
            }
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}

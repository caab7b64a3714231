using System.Text;

namespace ArmsTransferTracker.Web.Domain;

/// <summary>How names are compared: "U.S. officials", "US Officials" and "the US officials" are one name.</summary>
public static class Names
{
    public static string Normalize(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var text = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (c == '.')
            {
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        var normalized = builder.ToString();
        return normalized.StartsWith("the ", StringComparison.Ordinal) && normalized.Length > 4 ? normalized[4..] : normalized;
    }

    internal static string Require(string? value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("A value is required.", parameter);
        }
        return value.Trim();
    }

    internal static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

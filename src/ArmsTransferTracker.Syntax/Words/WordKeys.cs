using System.Runtime.CompilerServices;
using ArmsTransferTracker.Syntax.Learning;

namespace ArmsTransferTracker.Syntax.Words;

/// <summary>
/// The hashed views of one word that the tagger's and the parser's features are built from, computed once a word:
/// its normalised form, affixes and shape.
/// </summary>
public readonly record struct WordKeys(
    ulong Form, ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4, ulong Prefix1, ulong Prefix2, ulong Prefix3, ulong Shape,
    ulong Flags, ulong Cased)
{
    /// <summary>The keys of an absent word (before the first word, after the last).</summary>
    public static readonly WordKeys None = new(
        FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None,
        FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordKeys Of(string form)
    {
        // Normalised form and shape are built on the stack: this runs for every word of every text parsed.
        var span = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        NormalizeInto(form, span);
        Span<char> shape = stackalloc char[ShapeLength];
        var shapeLength = ShapeInto(form, shape);
        return new WordKeys(
            FeatureHash.Of(span),
            FeatureHash.Of(span[Math.Max(0, span.Length - 1)..]),
            FeatureHash.Of(span[Math.Max(0, span.Length - 2)..]),
            FeatureHash.Of(span[Math.Max(0, span.Length - 3)..]),
            FeatureHash.Of(span[Math.Max(0, span.Length - 4)..]),
            FeatureHash.Of(span[..Math.Min(1, span.Length)]),
            FeatureHash.Of(span[..Math.Min(2, span.Length)]),
            FeatureHash.Of(span[..Math.Min(3, span.Length)]),
            FeatureHash.Of(shape[..shapeLength]),
            FlagsOf(form),
            FeatureHash.Of(form));
    }

    private const int ShapeLength = 6;

    // Lower case, straight quotes and apostrophes, and every digit as 0: "Sept." and "sept." are one word for the model,
    // and so are "1,200" and "4,500", which the treebank tags alike.
    private static void NormalizeInto(ReadOnlySpan<char> form, Span<char> normal)
    {
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            normal[i] = c switch
            {
                '’' or '‘' or '`' or '′' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '–' or '—' or '―' => '-',
                _ when char.IsDigit(c) => '0',
                _ => char.ToLowerInvariant(c),
            };
        }
    }

    // "Kyiv" → "Xx", "S-400" → "X-d", "F-16s" → "X-dx", "ATACMS" → "X", "3.5" → "d.d": runs of one kind collapse.
    private static int ShapeInto(ReadOnlySpan<char> form, Span<char> shape)
    {
        var length = 0;
        var last = '\0';
        foreach (var c in form)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (kind != last) shape[length++] = kind;
            last = kind;
            if (length >= ShapeLength) break;
        }
        return length;
    }

    // Capitalisation, digits and hyphens as one small value: the features of words never seen in training.
    private static ulong FlagsOf(string form)
    {
        bool allUpper = true, anyDigit = false, anyHyphen = false, anyLetterOrDigit = false;
        foreach (var c in form)
        {
            allUpper &= !char.IsLetter(c) || char.IsUpper(c);
            anyDigit |= char.IsDigit(c);
            anyHyphen |= c == '-';
            anyLetterOrDigit |= char.IsLetterOrDigit(c);
        }
        ulong flags = 0;
        if (form.Length > 0 && char.IsUpper(form[0])) flags |= 1;
        if (allUpper) flags |= 2;
        if (anyDigit) flags |= 4;
        if (anyHyphen) flags |= 8;
        if (form.Length > 0 && !anyLetterOrDigit) flags |= 16;
        return flags + 1;
    }
}

using System.Buffers.Binary;

namespace ArmsTransferTracker.Web.Import;

/// <summary>
/// A MinHash signature of a text's five-word shingles: two signatures agree in about the same share of places as the
/// two texts share shingles, so a wire story printed by two papers with different mastheads and bylines scores near 1
/// while two stories on the same subject score near 0.
/// </summary>
public static class TextFingerprint
{
    private const int Hashes = 64;
    private const int ShingleWords = 5;

    /// <summary>From this share of equal places on, a text is a copy of another.</summary>
    public const double CopyThreshold = 0.7;

    private static readonly ulong[] Seeds = MakeSeeds();

    public static byte[] Of(string text)
    {
        var minimums = new ulong[Hashes];
        Array.Fill(minimums, ulong.MaxValue);
        var window = new ulong[ShingleWords];
        var count = 0;
        foreach (var word in Words(text))
        {
            window[count % ShingleWords] = word;
            count++;
            if (count < ShingleWords)
            {
                continue;
            }
            var shingle = 14695981039346656037UL;
            for (var i = 0; i < ShingleWords; i++)
            {
                shingle = (shingle ^ window[(count + i) % ShingleWords]) * 1099511628211UL;
            }
            for (var h = 0; h < Hashes; h++)
            {
                var mixed = Mix(shingle ^ Seeds[h]);
                if (mixed < minimums[h])
                {
                    minimums[h] = mixed;
                }
            }
        }
        var bytes = new byte[Hashes * sizeof(uint)];
        for (var h = 0; h < Hashes; h++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(h * sizeof(uint)), (uint)(minimums[h] >> 32));
        }
        return bytes;
    }

    /// <summary>The estimated share of shingles two texts have in common (0 to 1).</summary>
    public static double Similarity(byte[] a, byte[] b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < a.Length; i += sizeof(uint))
        {
            var left = BinaryPrimitives.ReadUInt32LittleEndian(a.AsSpan(i));
            // An empty text's signature is all ones: it is like nothing, not like every other empty text.
            if (left != uint.MaxValue && left == BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(i)))
            {
                same++;
            }
        }
        return same / (double)(a.Length / sizeof(uint));
    }

    /// <summary>Each word of the text, lower-cased and hashed; punctuation and spacing do not count.</summary>
    private static IEnumerable<ulong> Words(string text)
    {
        var hash = 14695981039346656037UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                yield return hash;
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }
        if (inWord)
        {
            yield return hash;
        }
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        return x ^ (x >> 33);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Hashes];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Hashes; i++)
        {
            state = Mix(state + 0x9E3779B97F4A7C15UL);
            seeds[i] = state;
        }
        return seeds;
    }
}
